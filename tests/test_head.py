"""The fields at the head of an article: which line is the title, the dateline, the byline,
the capture banner and the masthead (``cleanscrape.head``), end to end through ``parse``.

Every page here is invented for these tests (sites, people, places, events), in the shape
real pages take once rendered to text: one block per line, navigation first, the headline
with its meta lines (author, date, reading time), then the text.
"""

from __future__ import annotations

import datetime as dt
import pickle

import pytest
from guards import alarm, needs_alarm

from cleanscrape import Article, head, parse
from cleanscrape.head import Slug, _slug_share, slug_words

P1 = (
    "The allotment society opened its new seed library on Saturday, and more than two hundred"
    " members came to swap packets of beans, squash and tomatoes grown on the site."
)
P2 = (
    "Organisers said the library would stay open every weekend until the end of April, when"
    " the first plantings go into the raised beds beside the old railway line."
)
P3 = (
    "Volunteers catalogued each variety by hand, noting where it was grown and how well it"
    " coped with last summer's long dry spell and the late frosts that followed."
)
P4 = (
    "The society hopes to share its catalogue with other groups in the valley next year, so"
    " that rare local varieties are not lost when older growers give up their plots."
)
BODY = (P1, P2, P3, P4)

NAV = [
    "Skip to content",
    "Home",
    "Grow",
    "Vegetables",
    "Fruit",
    "Flowers",
    "Seed Swaps",
    "Events",
    "Shop",
    "About Us",
    "Contact",
]

TITLE = "How a Seed Library Keeps Rare Beans Alive in the Valley"


def page(*blocks: str | list[str]) -> str:
    """One block per line, no blank lines (the shape of a rendered web page)."""
    out: list[str] = []
    for block in blocks:
        out.extend([block] if isinstance(block, str) else block)
    return "\n".join(out)


def roles(article: Article) -> dict[str, str]:
    return {ln.text: ln.role for ln in article.field_lines}


# --- the URL -----------------------------------------------------------------------------


def test_slug_words_keeps_every_word_and_names_the_slug() -> None:
    slug = slug_words("https://example.org/garden/how-to/seed-library-rare-beans.html")
    assert isinstance(slug, Slug)
    assert slug == {"garden", "how", "seed", "library", "rare", "beans", "html"}
    assert slug.main == {"seed", "library", "rare", "beans"}
    assert not slug.dated


def test_slug_words_without_a_path() -> None:
    for source in (None, "", "notes.txt", "record-17"):
        slug = slug_words(source)
        assert slug == frozenset() and slug.main == frozenset() and not slug.dated


def test_slug_pickles() -> None:
    slug = slug_words("https://example.org/2021/03/12/seed-library-rare-beans/")
    again = pickle.loads(pickle.dumps(slug))
    assert (again, again.main, again.dated) == (slug, slug.main, slug.dated)


def test_slug_words_knows_a_dated_path() -> None:
    assert slug_words("https://example.org/2021/03/12/seed-library/").dated
    assert not slug_words("https://example.org/2021/seed-library/").dated


# --- the title ---------------------------------------------------------------------------


def test_headline_with_its_meta_lines_beats_the_menu() -> None:
    text = page(
        NAV,
        "Gardening",
        TITLE,
        "By Ruth Okafor",
        "March 3, 2021",
        "6 min read",
        *BODY,
    )
    a = parse(text)
    assert a.title == TITLE
    assert a.authors == ("Ruth Okafor",)
    assert a.published == dt.datetime(2021, 3, 3)
    assert a.body == BODY
    assert "Gardening" not in roles(a)  # a section label, not a field


def test_the_authors_job_under_the_byline_is_not_the_title() -> None:
    # a share bar between the headline and its byline; the job title under the byline
    # has a meta line above it, as a headline under a kicker date has, but it is no
    # headline
    text = page(
        NAV,
        TITLE,
        "Email this article",
        "Print this article",
        "By Ruth Okafor",
        "National Gardening Reporter",
        "March 3, 2021",
        *BODY,
    )
    a = parse(text)
    assert a.title == TITLE
    assert a.authors == ("Ruth Okafor",)
    assert a.published == dt.datetime(2021, 3, 3)


def test_headline_far_above_the_text() -> None:
    # a long table of contents and a share bar between the headline and the text
    toc = [f"Step {n}: {word} the beds" for n, word in enumerate(
        ["Dig", "Feed", "Mulch", "Water", "Weed", "Cover", "Net", "Label", "Sow", "Thin",
         "Stake", "Pick", "Store", "Save", "Swap", "Rest"], 1)]  # fmt: skip
    text = page(NAV, TITLE, "Kwame Asante", "12 May 2023", "Table of contents", toc, *BODY)
    a = parse(text)
    assert a.title == TITLE
    assert a.authors == ("Kwame Asante",)
    assert a.published == dt.datetime(2023, 5, 12)


def test_table_of_contents_entries_are_not_the_title() -> None:
    heads = ["Why save seeds at all", "Which beans keep best", "Sharing with neighbours"]
    text = page(
        NAV,
        TITLE,
        "January 9, 2024",
        "In this guide",
        heads,
        P1,
        heads[0],
        P2,
        heads[1],
        P3,
        heads[2],
        P4,
    )
    a = parse(text)
    assert a.title == TITLE
    assert a.published == dt.datetime(2024, 1, 9)


def test_the_full_headline_beats_its_short_form() -> None:
    short = "Seed Library Guide"
    full = "Seed Library Guide: Keeping Rare Beans Alive"
    text = page(NAV, short, full, "Updated 2 June 2022", *BODY)
    assert parse(text).title == full


def test_a_breadcrumb_ending_in_the_headline_is_not_the_headline() -> None:
    crumb = "Home Grow Vegetables Seed Library Keeps Rare Beans Alive"
    title = "Seed Library Keeps Rare Beans Alive"
    text = page(NAV, crumb, title, "By Ruth Okafor", *BODY)
    assert parse(text).title == title


def test_the_url_slug_picks_the_headline() -> None:
    other = "Spring Planting Calendar for Beginners"
    text = page(NAV, other, "Ruth Okafor", TITLE, *BODY)
    url = "https://example.org/grow/seed-library-rare-beans-valley"
    assert parse(text, source=url).title == TITLE


def test_a_one_word_slug_is_weaker_evidence() -> None:
    # any line that holds the one word matches it in full: it counts half
    assert _slug_share("twelve varieties to sow", frozenset({"varieties"})) == 0.5
    assert _slug_share("twelve varieties to sow", frozenset({"twelve", "varieties"})) == 1.0
    assert _slug_share("twelve varieties to sow", frozenset({"beans", "varieties"})) == 0.5
    assert _slug_share("variety", frozenset({"varieties"})) == 0.0


def test_the_slug_line_anywhere_on_the_page() -> None:
    # the run of text starts well above the headline (a long intro block of the site)
    intro = [
        "Our society has looked after the allotments by the railway since the war, and every"
        f" member helps with the shared beds, the tool store and the seed bank, number {n}."
        for n in range(14)
    ]
    text = page(NAV, *intro, "Latest from the plots", TITLE, "Ruth Okafor", *BODY)
    url = "https://example.org/news/seed-library-keeps-rare-beans-alive-valley"
    assert parse(text, source=url).title == TITLE


def test_a_masthead_is_not_the_headline() -> None:
    banner = "Thursday, March 28, 2024"
    text = page("The Valley Courier", banner, TITLE, "Ruth Okafor", "March 26, 2024", *BODY)
    a = parse(text)
    assert a.title == TITLE
    assert a.site == "The Valley Courier"
    assert a.captured == dt.date(2024, 3, 28)
    assert a.published == dt.datetime(2024, 3, 26)
    # without another date the banner is the only date there is: the publication date
    a = parse(page("The Valley Courier", banner, TITLE, "Ruth Okafor", *BODY))
    assert (a.captured, a.published) == (None, dt.datetime(2024, 3, 28))


def test_the_headline_above_its_standfirst() -> None:
    dek = "our volunteers explain how a small shed of envelopes saved a dozen old varieties"
    text = page(NAV, TITLE, dek, "By Ruth Okafor", "March 3, 2021", *BODY)
    assert parse(text).title == TITLE


def test_menu_entries_glued_into_a_line_are_not_the_title() -> None:
    text = page(NAV, "Sign in Sign up", "Part 1 Part 2 Part 3 Part 4", TITLE, *BODY)
    assert parse(text).title == TITLE


@pytest.mark.parametrize("above", [True, False])
def test_the_meta_cluster_counts_the_same_on_either_side_of_the_headline(above: bool) -> None:
    # A short headline shaped like glued menu entries, against a paragraph holding the
    # URL's one word: with its date above and its byline below it wins, and so it must
    # with both under it (as in the clean article, which puts the dateline under the title).
    title = "New York, New York"
    date, byline = "March 3, 2021", "By Ruth Okafor"
    cheer = "Why the society keeps every variety it is given, even the ones nobody wants to grow!"
    head = [date, title, byline] if above else [title, date, byline]
    a = parse(page(NAV, *head, P1, cheer, P2, P3, P4), source="https://example.org/news/variety")
    assert a.title == title
    assert a.body == (P1, cheer, P2, P3, P4)
    assert (a.authors, a.published) == (("Ruth Okafor",), dt.datetime(2021, 3, 3))


def test_a_labelled_copy_of_the_headline_is_not_the_headline() -> None:
    text = page(
        NAV, "Project: Seed Library Keeps Rare Beans", "Seed Library Keeps Rare Beans", *BODY
    )
    assert parse(text).title == "Seed Library Keeps Rare Beans"


def test_a_date_glued_to_the_headline_is_not_part_of_it() -> None:
    text = page(NAV, f"{TITLE} 20 December 2025", "Ruth Okafor", *BODY)
    assert parse(text).title == TITLE


@pytest.mark.parametrize(
    "heading",
    [
        "Dec 18 2025 Preparing the seed beds for a dry winter",
        "Preparing the seed beds for a dry winter 18 December 2025",
    ],
)
def test_a_blogs_post_heading_with_its_date_glued_on(heading: str) -> None:
    # the blog's name on top, then the post's heading with its date glued to it: the
    # heading, which the URL names, is the title, and its date the publication date
    text = page("Ruth Okafor's garden notes", heading, *BODY)
    a = parse(text, source="https://blog.example.org/posts/seed-beds-dry-winter.html")
    assert a.title == "Preparing the seed beds for a dry winter"
    assert a.published == dt.datetime(2025, 12, 18)


@pytest.mark.parametrize(
    "line",
    [
        "Jane Doe · March 3, 2021 · 5 min read",
        "March 3, 2021 Sarah van der Berg",
        "Sarah van der Berg March 3, 2021",
        "Updated March 3, 2021 in Gardening",
        "March 3, 2021 Jane Doe and John Roe",
        "Posted March 3, 2021 | Gardening | Seeds",
        "March 3, 2021 Jane Doe 5 min read",
        "3. März 2021 Jana Berger Lesezeit: 4 Min.",
    ],
)
def test_furniture_with_a_date_is_no_headline(line: str) -> None:
    assert not head._headline_with_date(line)


def test_a_section_label_after_the_headline() -> None:
    text = page(NAV, f"{TITLE} | Opinion", "Ruth Okafor", *BODY)
    assert parse(text).title == TITLE


def test_a_brand_masthead_on_top() -> None:
    text = page(
        "Valley Plots", "Grow \N{MIDDLE DOT} Share \N{MIDDLE DOT} Eat", TITLE, "Ruth Okafor", *BODY
    )
    assert parse(text).site == "Valley Plots"
    # a brand over a menu of one-word entries is the masthead too
    text = page("Valley Plots", "Home", "Grow", TITLE, "Ruth Okafor", *BODY)
    assert parse(text).site == "Valley Plots"
    # a kicker in capitals, an interface line, a section name, a menu entry: no masthead
    for top in ("EXCLUSIVE", "Skip to content", "World News", "Home"):
        assert parse(page(top, TITLE, "Ruth Okafor", *BODY)).site is None, top


def test_news_provided_by_is_a_label() -> None:
    title = "Valley Allotments opens a second seed library for the northern plots"
    text = page(NAV, title, "News provided by", "Valley Allotments Ltd", "19 Sep, 2023", *BODY)
    assert parse(text).title == title


# --- dates -------------------------------------------------------------------------------


def test_label_line_then_date_line() -> None:
    text = page(NAV, TITLE, "Last updated:", "Dec 12, 2025", *BODY)
    assert parse(text).published == dt.datetime(2025, 12, 12)


def test_date_among_furniture_under_the_title() -> None:
    text = page(NAV, TITLE, "Allotments · March 2, 2022 · 5 min read", *BODY)
    a = parse(text)
    assert a.published == dt.datetime(2022, 3, 2)
    assert roles(a)["Allotments · March 2, 2022 · 5 min read"] == "dateline"


def test_date_at_the_end_of_the_article() -> None:
    text = page(NAV, TITLE, *BODY, "Posted on April 13, 2023", "Share this", "Comments")
    assert parse(text).published == dt.datetime(2023, 4, 13)


def test_date_from_the_url_when_the_page_has_none() -> None:
    text = page(NAV, TITLE, *BODY)
    url = "https://example.org/2021/03/12/seed-library/"
    assert parse(text, source=url).published == dt.datetime(2021, 3, 12)
    assert parse(text).published is None


def test_a_date_near_the_title_beats_the_url() -> None:
    text = page(NAV, TITLE, "March 14, 2021", *BODY)
    url = "https://example.org/2021/03/12/seed-library/"
    assert parse(text, source=url).published == dt.datetime(2021, 3, 14)


def test_the_url_date_beats_a_date_far_down_the_page() -> None:
    more = [f"{p} (Part {n}.)" for n, p in enumerate(BODY, 2)]
    text = page(NAV, TITLE, *BODY, *more, "Posted on April 13, 2023")
    url = "https://example.org/2021/03/12/seed-library/"
    assert parse(text, source=url).published == dt.datetime(2021, 3, 12)


def test_a_byline_with_a_date_right_under_the_title_gives_the_date() -> None:
    text = page(NAV, TITLE, "By Ruth Okafor | May 2, 2022", "Seed Swaps", "June 9, 2020", *BODY)
    a = parse(text)
    assert a.published == dt.datetime(2022, 5, 2)
    assert a.authors == ("Ruth Okafor",)


def test_the_publication_date_not_the_update() -> None:
    line = "Updated May 3, 2022 \N{MIDDLE DOT} Originally published May 1, 2022"
    assert parse(page(NAV, TITLE, line, *BODY)).published == dt.datetime(2022, 5, 1)


@pytest.mark.parametrize(
    "meta",
    [
        ["Updated: 18 Nov 2019 9:38 pm", "Posted: 18 Nov 2019 8:11 pm"],
        ["Ruth Okafor", "Last updated: 25 Nov 2019", "18 Nov 2019 8:11 pm"],
    ],
)
def test_the_publication_date_beside_the_update(meta: list[str]) -> None:
    published = parse(page(NAV, TITLE, meta, *BODY)).published
    assert published is not None and published.date() == dt.date(2019, 11, 18)


def test_a_date_further_off_than_the_update_is_another_item() -> None:
    # a list under the text dates its own items: the update is the page's only date
    lines = [TITLE, "Updated: 25 Nov 2019", P1, "Publications", "Seed library report", "2015"]
    text = page(NAV, lines, "12/08/2015", P2)
    published = parse(text).published
    assert published is not None and published.date() == dt.date(2019, 11, 25)


# --- authors -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lines", "authors"),
    [
        (["Ruth Okafor", "March 3, 2021"], ("Ruth Okafor",)),
        # a name no list knows, printed where the byline goes: under the title, by the date
        (["Tesfaye Girmachew", "March 3, 2021"], ("Tesfaye Girmachew",)),
        (["March 3, 2021", "Tesfaye Girmachew"], ("Tesfaye Girmachew",)),
        (["By", "Tesfaye Girmachew"], ("Tesfaye Girmachew",)),
        (["Written By", "Valley Allotments Team"], ("Valley Allotments Team",)),
        # on a dateline, a name needs evidence of a person ("New York, March 3" is no byline)
        (["Ruth Okafor | March 3, 2021"], ("Ruth Okafor",)),
        (["New York, March 3, 2021"], ()),
        (["By Emily Way", "March 3, 2021"], ("Emily Way",)),
        # names on the dateline itself
        (["Tesfaye Girmachew \N{BULLET} March 3, 2021"], ("Tesfaye Girmachew",)),
        (["March 3, 2021 \N{MIDDLE DOT} 5 min read \N{MIDDLE DOT} Ruth Okafor"], ("Ruth Okafor",)),
        # a name over its job title
        (["Share this", "Tesfaye Girmachew", "Senior Writer"], ("Tesfaye Girmachew",)),
    ],
)
def test_author_lines_under_the_title(lines: list[str], authors: tuple[str, ...]) -> None:
    assert parse(page(NAV, TITLE, lines, *BODY)).authors == authors


@pytest.mark.parametrize(
    "lines",
    [
        ["Marketing", "March 3, 2021"],
        ["March 3, 2021", "Wedding Planning"],
        ["Fact Checked", "March 3, 2021"],
        ["ML Tools", "March 3, 2021"],
        ["Nutrition & Recipes", "March 3, 2021"],
    ],
)
def test_section_labels_beside_the_date_are_not_authors(lines: list[str]) -> None:
    a = parse(page(NAV, TITLE, lines, *BODY))
    assert a.authors == ()
    assert a.published == dt.datetime(2021, 3, 3)


DEK = (
    "Our volunteers explain how a small shed of envelopes saved a dozen old varieties from"
    " being lost."
)


def test_a_name_line_under_the_standfirst() -> None:
    text = page(NAV, TITLE, DEK, "Ruth Okafor and Emily Way | Guest Columnists", "Share", *BODY)
    assert parse(text).authors == ("Ruth Okafor", "Emily Way")


def test_a_subheading_under_the_standfirst_is_not_the_author() -> None:
    # the same place, but no person's name: a heading of the text
    text = page(NAV, TITLE, DEK, "Seed Catalogue", *BODY)
    assert parse(text).authors == ()


def test_a_category_label_above_the_title_is_not_the_author() -> None:
    text = page(NAV, "Seed Swaps", TITLE, "March 3, 2021", *BODY)
    assert parse(text).authors == ()


# --- cost --------------------------------------------------------------------------------


@needs_alarm
def test_linear_on_a_page_of_repeated_slug_lines() -> None:
    line = "Seed Library Keeps Rare Beans Alive"
    text = page([line] * 20_000, *BODY, [line] * 20_000)
    url = "https://example.org/seed-library-keeps-rare-beans-alive"
    with alarm(20):
        a = parse(text, source=url)
    assert a.title == line


@needs_alarm
def test_linear_on_a_long_menu_and_hostile_meta_lines() -> None:
    hostile = ["By " * 60, "Updated: " * 20, "1," * 90, "12.03." * 30, "Jane " * 40, "a" * 190]
    text = page(NAV * 2_000, hostile * 200, TITLE, *BODY, NAV * 2_000)
    with alarm(20):
        a = parse(text)
    assert a.title == TITLE


# --- dates away from the headline --------------------------------------------------------


def test_a_date_a_few_lines_over_the_headline() -> None:
    # date, sections and tags over a blog post's headline, out of the meta lines' reach
    text = page(NAV, "March 3, 2021", "Vegetables", "Seed Swaps", "Events", "Ruth Okafor",
                TITLE, *BODY)  # fmt: skip
    a = parse(text)
    assert a.title == TITLE
    assert a.published == dt.datetime(2021, 3, 3)


RELATED_POSTS = [f"{word} the beds before the frost" for word in (
    "Dig", "Feed", "Mulch", "Water", "Weed", "Cover", "Net", "Label", "Stake")]  # fmt: skip


def test_a_labelled_publication_date_far_below_the_article() -> None:
    text = page(NAV, TITLE, *BODY, "Related posts", RELATED_POSTS, "Published: 14 May 2023")
    a = parse(text)
    assert a.title == TITLE
    assert a.published == dt.datetime(2023, 5, 14)


def test_the_publication_date_beside_an_update_found_below_the_article() -> None:
    # the dateline found down the article gives the update; the line beside it the
    # publication
    more = [f"{p[:-1]}, the organisers said." for p in BODY]  # a longer article
    text = page(NAV, TITLE, *BODY, *more, "Updated November 23, 2013", "Posted July 10, 2004")
    assert parse(text).published == dt.datetime(2004, 7, 10)


def test_an_unlabelled_date_far_below_the_article_is_not_taken() -> None:
    text = page(NAV, TITLE, *BODY, "Related posts", RELATED_POSTS, "14 May 2023")
    assert parse(text).published is None


@pytest.mark.parametrize("label", ["Published", "Publish date:", "Posted on", "Date published"])
def test_a_date_under_a_lone_publication_label_far_below_the_article(label: str) -> None:
    text = page(NAV, TITLE, *BODY, "Related posts", RELATED_POSTS, label, "14 May 2023")
    assert parse(text).published == dt.datetime(2023, 5, 14)


@pytest.mark.parametrize("label", ["Reviewed", "Version", "Last updated"])
def test_a_date_under_another_label_far_below_the_article_is_not_taken(label: str) -> None:
    text = page(NAV, TITLE, *BODY, "Related posts", RELATED_POSTS, label, "14 May 2023")
    assert parse(text).published is None


def test_the_date_beside_a_byline_far_below_the_article() -> None:
    lines = ["Written by Ruth Okafor", "April 8, 2024"]
    a = parse(page(NAV, TITLE, *BODY, "Related posts", RELATED_POSTS, lines))
    assert a.authors == ("Ruth Okafor",)
    assert a.published == dt.datetime(2024, 4, 8)


def test_an_update_beside_a_byline_far_below_the_article_is_not_taken() -> None:
    lines = ["Written by Ruth Okafor", "Last updated April 8, 2024"]
    a = parse(page(NAV, TITLE, *BODY, "Related posts", RELATED_POSTS, lines))
    assert a.authors == ("Ruth Okafor",)
    assert a.published is None


def test_a_page_that_starts_as_a_clean_article_keeps_its_first_line_as_title() -> None:
    # the clean article: the title, its meta lines, the text (a sentence holding a word of
    # the URL does not take the title from it)
    first = (
        "Two hundred members of the allotment society came down to the old station house"
        " for the swap at last!"
    )
    for meta in ([], ["March 3, 2024"]):
        text = page("Seed Swap Season", meta, first, P2, P3)
        a = parse(text, source="https://example.org/news/allotment-library-beans-valley")
        assert a.title == "Seed Swap Season"
        assert a.body == (first, P2, P3)


def test_a_caption_over_the_headline_is_not_the_title() -> None:
    caption = (
        "Volunteers sort bean packets in the old station house before the first swap of the"
        " season in early March (credit: Valley Allotment Society)"
    )
    text = page(caption, "Seed Swap Season", "By Ruth Okafor", "March 3, 2024", *BODY)
    assert parse(text).title == "Seed Swap Season"


LISTINGS = [f"{firm} Movers of {town}" for firm in (
    "Acme", "Brisk", "Cedar", "Delta", "Eagle", "Falcon", "Grove", "Harbor") for town in (
    "Albany", "Bronx", "Camden", "Dover", "Elmira", "Flatbush", "Goshen", "Hudson")]  # fmt: skip
LIST_TITLE = "The Best Seed Libraries in the Valley (2025 Guide)"


@pytest.mark.parametrize(
    "meta",
    [
        ["Ruth Okafor", "Last Updated: Dec 17, 2024"],
        ["By Ruth Okafor", "March 3, 2024"],
        ["March 3, 2024", "By Ruth Okafor"],
    ],
)
def test_the_headline_over_its_byline_and_date_far_above_the_text(meta: list[str]) -> None:
    # a long list page: the text the run finds is a section far under the headline, and
    # the article starts under the headline
    intro = "We visited every seed library in the valley this winter and ranked them all."
    text = page(NAV, LIST_TITLE, meta, intro, LISTINGS, "How a Seed Library Works", *BODY)
    a = parse(text)
    assert a.title == LIST_TITLE
    assert a.authors == ("Ruth Okafor",)
    assert a.body[0] == intro
    assert a.body[-4:] == BODY


def test_a_story_with_byline_and_date_under_the_text_does_not_take_the_title() -> None:
    # the headline above its text stays: the pair under the text is another story's
    other = ["Related", "Seed Swaps Spread Across the Valley", "By Ruth Okafor", "March 3, 2024"]
    assert parse(page(NAV, TITLE, *BODY, other)).title == TITLE


def test_a_byline_and_date_under_the_text_do_not_move_the_title_below_it() -> None:
    # a headline stands above its text: a headline-shaped line over a byline and date
    # further down the page (another story) is no reason to move the title there
    more = [f"{p[:-1]}, {who} said." for who in ("the organisers", "a volunteer") for p in BODY]
    other = ["Archive", "Seed Swaps Spread Across the Valley", "By Ruth Okafor", "March 3, 2024"]
    assert parse(page(NAV, TITLE, *BODY, *more, other)).title == TITLE


@pytest.mark.parametrize(
    ("above", "meta"),
    [
        # no date beside the byline
        (LIST_TITLE, ["By Ruth Okafor", "Senior Writer"]),
        # the line above is no headline: a job title in lower case, a sentence
        ("garden columnist and seed librarian", ["By Ruth Okafor", "March 3, 2024"]),
        (
            "The library opened in the old station house last spring.",
            ["By Ruth Okafor", "March 3, 2024"],
        ),
    ],
)
def test_no_headline_over_a_far_byline_without_its_date_or_shape(
    above: str, meta: list[str]
) -> None:
    text = page(NAV, above, meta, LISTINGS, "How a Seed Library Works", *BODY)
    assert parse(text).title == "How a Seed Library Works"


# --- authors away from the headline ------------------------------------------------------


@pytest.mark.parametrize(
    "bio",
    [
        "Ruth Okafor is a garden writer who has kept an allotment beside the railway for years.",
        # the biography goes on with the first name only
        "Ruth has kept an allotment beside the railway for years and writes about it weekly.",
    ],
)
def test_an_author_box_under_the_article(bio: str) -> None:
    text = page(NAV, TITLE, *BODY, "Related posts", RELATED, "Ruth Okafor", bio)
    a = parse(text)
    assert a.authors == ("Ruth Okafor",)


def test_an_author_box_with_a_job_title_between_name_and_biography() -> None:
    bio = "Ruth has kept an allotment beside the railway for years and writes about it weekly."
    box = ["Ruth Okafor", "Senior Garden Writer", bio]
    a = parse(page(NAV, TITLE, *BODY, "Related posts", RELATED, *box))
    assert a.authors == ("Ruth Okafor",)
    # a page that signs its article also prints boxes of its other writers: the signature
    # names the author
    signed = page(NAV, TITLE, *BODY, "Related posts", RELATED, "Written by Kwame Asante", *box)
    assert parse(signed).authors == ("Kwame Asante",)


def test_a_paragraph_naming_another_person_with_the_same_first_name_is_no_author_box() -> None:
    other = "Ruth Baker opened the seed library in the old station house every Saturday morning."
    text = page(NAV, TITLE, *BODY, "Related posts", RELATED, "Ruth Okafor", other)
    assert parse(text).authors == ()


RELATED = [f"{word} the beds before the frost" for word in (
    "Dig", "Feed", "Mulch", "Water", "Weed", "Cover", "Net", "Label", "Stake")]  # fmt: skip


def test_a_name_over_a_paragraph_about_someone_else_is_no_author_box() -> None:
    other = "Visitors are welcome at the seed library every Saturday morning until April."
    text = page(NAV, TITLE, *BODY, "Related posts", RELATED, "Ruth Okafor", other)
    assert parse(text).authors == ()


def test_a_by_line_far_below_the_headline() -> None:
    text = page(NAV, TITLE, *BODY, "Related posts", RELATED, "By Kwame Asante")
    assert parse(text).authors == ("Kwame Asante",)


@pytest.mark.parametrize(
    ("lines", "authors"),
    [
        # a signature under the text, with a prefix other than "By"
        (["Written by Ruth Okafor and Emily Way", "April 8, 2024"], ("Ruth Okafor", "Emily Way")),
        (["Posted by Kwame Asante on 2024-04-08 in Seed Swaps."], ("Kwame Asante",)),
        (["Last updated March 3, 2025 by Kwame Asante."], ("Kwame Asante",)),
        # a lone label, the name on the next line
        (["Written by", "Tesfaye Girmachew"], ("Tesfaye Girmachew",)),
        (["Author:", "Tesfaye Girmachew", "Garden Columnist"], ("Tesfaye Girmachew",)),
        (["Article by", "Tesfaye Girmachew"], ("Tesfaye Girmachew",)),
        # a name over a lone "Author" (author boxes, the author's badge)
        (["Tesfaye Girmachew", "| Author"], ("Tesfaye Girmachew",)),
        # a person's name over a labelled date
        (["Ruth Okafor", "Last Updated: Dec 17, 2024"], ("Ruth Okafor",)),
    ],
)
def test_bylines_far_below_the_headline(lines: list[str], authors: tuple[str, ...]) -> None:
    text = page(NAV, TITLE, *BODY, "Related posts", RELATED, lines)
    assert parse(text).authors == authors


@pytest.mark.parametrize(
    "lines",
    [
        # page words the label does not make a name
        ["Written by", "Related Articles"],
        ["Author", "Marketing"],
        # a name over a date without a label: a comment's author
        ["Ruth Okafor", "Dec 17, 2024 at 5:02 pm"],
        # a word that is no name over a labelled date
        ["Vegetables", "Last Updated: Dec 17, 2024"],
    ],
)
def test_no_author_far_below_the_headline(lines: list[str]) -> None:
    text = page(NAV, TITLE, *BODY, "Related posts", RELATED, lines)
    assert parse(text).authors == ()


def test_bylines_of_a_list_of_posts_are_not_the_authors() -> None:
    posts = [
        "Dig the beds before the frost",
        "March 2, 2024 by Kwame Asante | Beds",
        "Feed the beds before the frost",
        "February 9, 2024 by Emily Way | Beds",
    ]
    text = page(NAV, TITLE, *BODY, "Related posts", RELATED, posts)
    assert parse(text).authors == ()


def test_a_byline_beside_a_dateline_found_away_from_the_title() -> None:
    # the headline, a block of promotions, then the name and the date over the text
    words = ("Compost", "Pruning", "Seed", "Soil", "Pest", "Bulb", "Herb", "Fruit", "Lawn")
    promo = [f"{w} guide for beginners" for w in words]
    text = page(NAV, TITLE, "Featured guides", promo, "Ruth Okafor", "| March 3, 2021", *BODY)
    a = parse(text, source="https://example.org/grow/seed-library-keeps-rare-beans-alive")
    assert a.title == TITLE
    assert a.authors == ("Ruth Okafor",)
    assert a.published == dt.datetime(2021, 3, 3)


def test_an_author_on_the_dateline_is_not_replaced_by_a_signature_further_down() -> None:
    text = page(NAV, TITLE, "Ruth Okafor \N{BULLET} March 3, 2021", *BODY, "Related posts",
                RELATED, "Written by Kwame Asante")  # fmt: skip
    assert parse(text).authors == ("Ruth Okafor",)


def test_names_on_the_dateline_beat_a_name_shaped_line_above_the_title() -> None:
    # a menu of places over the headline: "San Antonio" has the shape of a name
    places = ["Lisbon", "Porto", "San Antonio", "Valletta"]
    text = page(NAV, places, TITLE, "Tesfaye Girmachew | March 3, 2021", *BODY)
    a = parse(text)
    assert a.authors == ("Tesfaye Girmachew",)
    assert a.published == dt.datetime(2021, 3, 3)
