"""The classifier on small pages written for the tests: one verdict per line, the article
run, the zones around it, structure inside it, fields, blocks, and hostile lines.
"""

from __future__ import annotations

import signal

import pytest
import regex
from guards import alarm
from hypothesis import given
from hypothesis import strategies as st

from cleanscrape import Rule, RuleSet, default_rules
from cleanscrape.classify import (
    _BLOCK_REACH,
    _LABEL_REACH,
    Verdict,
    _holding_two_slug_words,
    classify,
)
from cleanscrape.model import ROLES
from cleanscrape.normalize import normalize, split_lines

RULES = default_rules()

TITLE = "Council approves new harbour wall"
P1 = (
    "The council approved the plan on Tuesday after a long debate about its cost, and work"
    " will start in May."
)
P2 = (
    "Engineers said the new wall would protect about two hundred homes from the kind of"
    " flooding seen last winter."
)
P3 = (
    "Residents welcomed the decision but asked for help with repairs to homes that were"
    " damaged in the floods."
)
P4 = (
    "The regional government will pay half of the cost, and the rest will come from a loan"
    " and the harbour fund."
)


def run(text: str, *, rules: RuleSet = RULES, source: str | None = None) -> list[Verdict]:
    lines = split_lines(normalize(text))
    verdicts = classify(lines, rules, source=source)
    assert len(verdicts) == len(lines)
    for line, v in zip(lines, verdicts):
        assert v.role in ROLES
        assert (v.role == "blank") == (line == ""), (line, v)
        assert (v.rule == "") == (v.role == "blank"), (line, v)
    return verdicts


def verdicts_of(
    text: str, *, rules: RuleSet = RULES, source: str | None = None
) -> dict[str, Verdict]:
    """The verdict of each non-blank line, by its text (the texts here are distinct)."""
    lines = split_lines(normalize(text))
    return {ln: v for ln, v in zip(lines, run(text, rules=rules, source=source)) if ln}


def page(*blocks: str) -> str:
    return "\n\n".join(blocks)


# --- totality ------------------------------------------------------------------------------


def test_no_lines() -> None:
    assert classify([], RULES) == []


def test_only_blank_lines() -> None:
    assert classify(["", "", ""], RULES) == [Verdict("blank", "")] * 3


def test_single_line() -> None:
    assert len(classify(["Just one line of text"], RULES)) == 1


def test_verdict_is_frozen() -> None:
    v = Verdict("body", "body.prose")
    with pytest.raises(AttributeError):
        v.role = "chrome"  # type: ignore[misc]


def test_page_without_prose_keeps_rule_ids() -> None:
    v = verdicts_of("Menu\nSearch\nLoading...\nContact us")
    assert v["Menu"] == Verdict("chrome", "ui.control")
    assert v["Search"] == Verdict("chrome", "ui.control")
    assert v["Loading..."] == Verdict("chrome", "ui.loading")
    assert v["Contact us"] == Verdict("chrome", "legal.links")


def test_deterministic() -> None:
    text = page("World\nSport", TITLE, "By Jane Doe", P1, "Advertisement", P2, P3, "Read more")
    first = run(text)
    run(page("Something else entirely.", P4))
    assert run(text) == first


# --- the article and its zones ---------------------------------------------------------------


def test_prose_is_body() -> None:
    v = verdicts_of(page(TITLE, P1, P2, P3))
    assert v[TITLE] == Verdict("title", "field.title")
    for p in (P1, P2, P3):
        assert v[p] == Verdict("body", "body.prose")


def test_header_zone() -> None:
    v = verdicts_of(page("World\nSport\nCulture", TITLE, "By Jane Doe", P1, P2, P3))
    for nav in ("World", "Sport", "Culture"):
        assert v[nav] == Verdict("chrome", "struct.header"), nav
    assert v[TITLE].role == "title"
    assert v["By Jane Doe"] == Verdict("byline", "field.byline")


def test_footer_zone() -> None:
    teasers = "Port strike ends\nNew bridge plan shelved\nSchool gets solar roof"
    v = verdicts_of(page(TITLE, P1, P2, P3, teasers))
    for teaser in teasers.split("\n"):
        assert v[teaser] == Verdict("chrome", "struct.footer"), teaser


def test_comment_section_ends_the_article() -> None:
    c1 = (
        "I think this is a great idea and the council should have done it years ago,"
        " honestly, well done."
    )
    c2 = (
        "The wall is a waste of money and it will not stop the next big flood, mark my"
        " words on that."
    )
    v = verdicts_of(page(TITLE, P1, P2, "Leave a comment", c1, c2))
    assert v["Leave a comment"] == Verdict("chrome", "comments.prompt")
    assert v[c1] == Verdict("chrome", "struct.footer")
    assert v[c2] == Verdict("chrome", "struct.footer")
    assert v[P2] == Verdict("body", "body.prose")


def test_related_heading_ends_the_article() -> None:
    teaser = (
        "A long teaser paragraph about another story that the site wants you to read,"
        " with punctuation."
    )
    v = verdicts_of(page(TITLE, P1, P2, "Related articles", teaser))
    assert v["Related articles"] == Verdict("chrome", "nav.related")
    assert v[teaser] == Verdict("chrome", "struct.footer")


def test_a_related_heading_repeated_between_the_parts_of_the_text_ends_nothing() -> None:
    # a list article labels each item's links the same way: prose stands between the
    # labels, so they are chrome lines inside the text, not its end
    items = []
    for name, what in (
        ("Harbour walk", "a walk"),
        ("Seed library", "a library"),
        ("Old mill", "a mill"),
    ):
        items += [
            name,
            f"This is {what} that the council has restored, and it opens to visitors in May.",
            "Recommended reading:",
            f"{name} guide",
        ]
    v = verdicts_of(page(TITLE, P1, *items, P2))
    assert v["Recommended reading:"] == Verdict("chrome", "nav.related")
    assert v[P2] == Verdict("body", "body.prose")
    for name in ("Harbour walk", "Seed library", "Old mill"):
        assert v[name].role == "body", name


def test_related_headings_that_only_name_another_subject_count_as_one_repeated() -> None:
    # a roundup of reviews: "More on <artist>" under each
    items = []
    for name in ("Harbour Band", "Seed Choir", "Mill Quartet"):
        items += [
            name,
            f"The new record by {name} is a slow, patient thing that rewards a second listen.",
            f"More on {name}",
        ]
    v = verdicts_of(page(TITLE, P1, *items, P2))
    assert v["More on Harbour Band"] == Verdict("chrome", "nav.related")
    assert v[P2] == Verdict("body", "body.prose")
    assert v["Mill Quartet"].role == "body"


def test_a_related_box_between_two_paragraphs_ends_nothing() -> None:
    # "Related article" / a headline / "Read more", set inside the text: the article goes on
    box = ["Related article", "How the old harbour wall was built", "Read more"]
    v = verdicts_of(page(TITLE, P1, P2, *box, P3, P4))
    assert v["Related article"] == Verdict("chrome", "nav.related")
    assert v["Read more"].role == "chrome"
    for p in (P1, P2, P3, P4):
        assert v[p] == Verdict("body", "body.prose"), p


@pytest.mark.parametrize(
    "after",
    [
        # teaser cards: a "Read more" under each
        [
            "Harbour fund opens to residents",
            "The harbour fund will take applications from residents from the first of June.",
            "Read more",
            "Ferry timetable changes in June",
            "The ferry will run every half hour from June, the operator said on Monday.",
            "Read more",
        ],
        # link titles: questions and headlines, no paragraph
        [
            "Will the new wall stop the floods? What the engineers say about the tides",
            "How to claim help with flood repairs (and what the council will pay for)",
        ],
    ],
)
def test_a_related_heading_over_teasers_or_links_still_ends_the_text(after: list[str]) -> None:
    v = verdicts_of(page(TITLE, P1, P2, "Related articles", *after))
    assert v[P2] == Verdict("body", "body.prose")
    for line in after:
        assert v[line].role == "chrome", line


def test_a_related_heading_repeated_without_prose_between_still_ends_the_text() -> None:
    # the heading of a menu printed three times under the article
    teaser = (
        "A long teaser paragraph about another story that the site wants you to read,"
        " with punctuation."
    )
    other = teaser.replace("A long", "Another long")
    v = verdicts_of(page(TITLE, P1, P2, "Latest News", "Latest News", "Latest News", teaser, other))
    assert v["Latest News"] == Verdict("chrome", "nav.related")
    assert v[P2] == Verdict("body", "body.prose")
    assert v[teaser].role == "chrome"
    assert v[other].role == "chrome"


# --- inside the article ----------------------------------------------------------------------


def test_rule_line_inside_the_article() -> None:
    v = verdicts_of(page(TITLE, P1, "Advertisement", P2, "Read more", P3))
    assert v["Advertisement"] == Verdict("chrome", "ad.label")
    assert v["Read more"] == Verdict("chrome", "nav.more")
    assert v[P2] == Verdict("body", "body.prose")
    assert v[P3] == Verdict("body", "body.prose")


def test_a_list_that_a_sentence_introduces_is_the_articles() -> None:
    intro = "The council named the firms that will build the wall and the new slipway:"
    firms = ["Harbour Works", "Northern Stone", "Tidewater Civil", "Quay Engineering"]
    v = verdicts_of(page(TITLE, P1, intro + "\n" + "\n".join(firms), P3, P4))
    for firm in firms:
        assert v[firm] == Verdict("body", "body.context"), firm
    # the same lines under a sentence that introduces nothing are a list of links
    plain = intro.replace(":", ".")
    v = verdicts_of(page(TITLE, P1, plain + "\n" + "\n".join(firms), P3, P4))
    for firm in firms:
        assert v[firm] == Verdict("chrome", "struct.linklist"), firm


def test_link_list_inside_the_article() -> None:
    links = "\n".join(
        [
            "Port Strike Ends After Four Days",
            "New Bridge Plan Shelved Again",
            "Island School Gets Solar Roof",
        ]
    )
    v = verdicts_of(page(TITLE, P1, P2, links, P3, P4))
    for link in links.split("\n"):
        assert v[link] == Verdict("chrome", "struct.linklist"), link
    assert v[P3] == Verdict("body", "body.prose")


def test_subheading_followed_by_prose_is_body() -> None:
    v = verdicts_of(page(TITLE, P1, P2, "Who pays for the wall", P3, P4))
    assert v["Who pays for the wall"] == Verdict("body", "body.context")


def test_short_sentence_is_body() -> None:
    v = verdicts_of(page(TITLE, P1, "He declined to comment.", P2, P3))
    assert v["He declined to comment."] == Verdict("body", "body.context")


def test_stray_label_is_short_chrome() -> None:
    v = verdicts_of(page(TITLE, P1, P2, "Gallery\nAdvertisement", P3, P4))
    assert v["Gallery"] == Verdict("chrome", "struct.short")
    assert v["Advertisement"] == Verdict("chrome", "ad.label")


def test_repeated_title_is_removed() -> None:
    text = page(TITLE, P1, P2, TITLE, P3)
    lines = split_lines(normalize(text))
    verdicts = run(text)
    title_verdicts = [v for ln, v in zip(lines, verdicts) if ln == TITLE]
    assert title_verdicts == [Verdict("title", "field.title"), Verdict("chrome", "title.duplicate")]


def test_repeated_title_in_other_case_and_quotes() -> None:
    title = "Council \u201capproves\u201d new harbour wall"
    shout = 'COUNCIL "APPROVES" NEW HARBOUR WALL'
    v = verdicts_of(page(title, shout, P1, P2, P3))
    # One of the two is the title, the other its duplicate.
    assert sorted([v[title].rule, v[shout].rule]) == ["field.title", "title.duplicate"]


def test_repeated_paragraph_is_removed_once() -> None:
    # A lead paragraph printed twice (a standfirst above the text, then the text): the
    # first copy stays in the body, the second goes; the title is still the headline.
    text = page(TITLE, P1, P1, P2, P3)
    lines = split_lines(normalize(text))
    verdicts = run(text)
    assert verdicts[lines.index(TITLE)] == Verdict("title", "field.title")
    copies = [v for ln, v in zip(lines, verdicts) if ln == P1]
    assert copies == [Verdict("body", "body.prose"), Verdict("chrome", "struct.repeat")]


def test_repeated_paragraph_later_in_the_article() -> None:
    text = page(TITLE, P1, P2, P1, P3)
    lines = split_lines(normalize(text))
    verdicts = run(text)
    assert verdicts[lines.index(TITLE)] == Verdict("title", "field.title")
    copies = [v for ln, v in zip(lines, verdicts) if ln == P1]
    assert copies == [Verdict("body", "body.prose"), Verdict("chrome", "struct.repeat")]


# --- fields ----------------------------------------------------------------------------------


def test_fields() -> None:
    text = page(
        "HarbourPost.com",
        "Friday May 5 2023",
        TITLE,
        "May 3, 2023 10:15 AM EDT",
        "By Jane Doe and Ali Khan",
        P1,
        P2,
        P3,
    )
    v = verdicts_of(text)
    assert v["HarbourPost.com"] == Verdict("site", "field.site")
    assert v["Friday May 5 2023"] == Verdict("captured", "field.captured")
    assert v[TITLE] == Verdict("title", "field.title")
    assert v["May 3, 2023 10:15 AM EDT"] == Verdict("dateline", "field.dateline")
    assert v["By Jane Doe and Ali Khan"] == Verdict("byline", "field.byline")


def test_dateline_after_the_title_and_before_the_repeat() -> None:
    text = page(
        "HarbourPost.com",
        "Friday May 5 2023",
        TITLE,
        f"3 May 2023 10:15 (UTC+01:00)\n{TITLE}",
        "By Jane Doe",
        P1,
        P2,
        P3,
    )
    v = verdicts_of(text)
    assert v["3 May 2023 10:15 (UTC+01:00)"] == Verdict("dateline", "field.dateline")
    assert v["Friday May 5 2023"] == Verdict("captured", "field.captured")
    assert v["By Jane Doe"] == Verdict("byline", "field.byline")


def test_pitch_sentence_starting_with_by_is_not_a_byline() -> None:
    pitch = "By subscribing to our paper, you get full digital access to every story."
    v = verdicts_of(page(TITLE, "By Jane Doe", P1, P2, P3, "--", pitch, "Subscribe"))
    assert v["By Jane Doe"] == Verdict("byline", "field.byline")
    assert v[pitch] == Verdict("chrome", "paywall.pitch")
    assert v["Subscribe"] == Verdict("chrome", "paywall.pitch")


def test_source_slug_picks_the_title() -> None:
    other = "Ferry fares to rise in spring"
    text = page(other, TITLE, P1, P2, P3)
    v = verdicts_of(text)
    assert v[TITLE] == Verdict("title", "field.title")
    assert v[other] == Verdict("chrome", "struct.header")
    v = verdicts_of(text, source="https://example.org/news/2023/ferry-fares-rise-spring")
    assert v[other] == Verdict("title", "field.title")
    assert v[TITLE].role == "chrome"


def test_text_under_a_title_matching_the_url_wins_over_a_heavier_block_later() -> None:
    notice = (
        "Our reader service centre answers questions about deliveries, subscriptions, the"
        " archive and advertising from Monday to Friday, and it can be reached by telephone,"
        " by email and by post; please have your customer number ready when you call, and"
        " allow up to three working days for a written answer to reach you at the address"
        " that we have on file for your account with us."
    )
    links = ["Port strike ends", "Bridge plan shelved", "Museum reopens", "Rail fares rise"]
    text = page(TITLE, P1, P2, P3, "Related articles", *links, notice)
    url = "https://example.org/news/council-approves-new-harbour-wall-1234"
    v = verdicts_of(text, source=url)
    assert v[TITLE] == Verdict("title", "field.title")
    assert [v[p].role for p in (P1, P2, P3)] == ["body"] * 3
    assert v[notice].role == "chrome"
    # Without the URL the heavier block is the article.
    assert verdicts_of(text)[notice].role == "body"


def test_body_after_a_headline_heavier_than_it() -> None:
    # The headline reads like a sentence and outweighs the short article: the heaviest
    # run of the page is the headline alone. Once it is the title, the article is the
    # heaviest run after it, not nothing.
    headline = (
        "Why did the council decide that the new harbour wall must be finished before"
        " the winter storms arrive?"
    )
    short = "It is to be done by the end of May."
    v = verdicts_of(
        page(headline, "12 March 2021 16:20", "By Jane Doe", "Share on Facebook", short)
    )
    assert v[headline] == Verdict("title", "field.title")
    assert v["12 March 2021 16:20"].role == "dateline"
    assert v["By Jane Doe"].role == "byline"
    assert v["Share on Facebook"].role == "chrome"
    assert v[short] == Verdict("body", "body.prose")


def test_heading_right_above_the_text_under_a_heavier_headline() -> None:
    headline = (
        "Why did the council decide that the new harbour wall must be finished before"
        " the winter storms arrive?"
    )
    short = "It is to be done by the end of May."
    lines = [headline, "12 March 2021 16:20", "By Jane Doe", "Share on Facebook"]
    v = verdicts_of(page(*lines, "What Happens Next", short))
    assert v["What Happens Next"] == Verdict("body", "body.context")
    assert v[short] == Verdict("body", "body.prose")


def test_a_line_of_format_characters_only_is_not_body() -> None:
    # a lone zero-width joiner between paragraphs shows nothing: no subheading
    v = run(page(TITLE, P1, "\u200d", P2, P3))
    lines = split_lines(normalize(page(TITLE, P1, "\u200d", P2, P3)))
    assert v[lines.index("\u200d")] == Verdict("chrome", "struct.short")


# --- blocks --------------------------------------------------------------------------------


def test_pitch_block_goes_as_a_block() -> None:
    pitch = "Subscribe today for unlimited digital access to every story."
    text = page(TITLE, P1, P2, P3, f"Only one euro a week\n{pitch}\nCancel at any time")
    v = verdicts_of(text)
    for line in ("Only one euro a week", pitch, "Cancel at any time"):
        assert v[line] == Verdict("chrome", "paywall.pitch"), line


def test_cookie_block_goes_as_a_block() -> None:
    text = page(
        "\n".join(
            [
                "We use cookies to improve your experience on our site.",
                "You can change your choice at any time",
                "Accept",
            ]
        ),
        TITLE,
        P1,
        P2,
        P3,
    )
    v = verdicts_of(text)
    for line in (
        "We use cookies to improve your experience on our site.",
        "You can change your choice at any time",
        "Accept",
    ):
        assert v[line] == Verdict("chrome", "cookie.notice"), line


@pytest.mark.parametrize(
    ("own", "reach"),
    [("Sign up for our newsletter", _BLOCK_REACH), ("Newsletters", _LABEL_REACH)],
)
def test_block_spreads_only_a_few_lines_from_its_own(own: str, reach: int) -> None:
    """A menu of many sections around one newsletter line is a menu, not a newsletter
    box: only the lines next to it take its rule, fewer next to a bare label."""
    sections = (
        "Politics Business Sport Culture Science Health Travel Opinion Weather Video Podcasts"
        " Puzzles Obituaries Education Motoring Property Food Books Music Film Gardening"
        " Fashion Technology Environment"
    ).split()
    at = len(sections) // 2
    menu = [*sections[:at], own, *sections[at:]]
    text = page("\n".join(menu), TITLE, P1, P2, P3)
    lines = split_lines(normalize(text))
    verdicts = run(text)
    rules = [v.rule for line, v in zip(lines, verdicts) if line][: len(menu)]
    assert rules[at] == "newsletter.signup"
    # the next lines on each side go with the box ...
    assert rules[at - 1] == rules[at + 1] == "newsletter.signup"
    # ... the far ends of the menu keep their positional reason
    assert rules[0].startswith("struct.")
    assert rules[-1].startswith("struct.")
    assert rules.count("newsletter.signup") == 2 * reach + 1


def test_block_does_not_swallow_a_link_list() -> None:
    links = "Port strike ends after four days\nNew bridge plan shelved again"
    text = page(TITLE, P1, P2, P3, f"Related articles\n{links}", "Sign up for our daily newsletter")
    v = verdicts_of(text)
    assert v["Sign up for our daily newsletter"] == Verdict("chrome", "newsletter.signup")
    for link in links.split("\n"):
        assert v[link].role == "chrome", link
        assert v[link].rule in {"struct.footer", "struct.linklist", "nav.related"}, link


PITCH = (
    "Good local reporting takes time and money, and readers like you are the ones who pay"
    " for it every month.",
    "If you value this kind of coverage, a subscription is the best way to keep it going.",
)


@pytest.mark.parametrize(
    "marker", ["--", "Follow us on Twitter @HarbourPost", "Share this article"]
)
def test_pitch_after_an_end_marker_goes_as_a_block(marker: str) -> None:
    text = page(TITLE, P1, P2, P3, marker, *PITCH, "Subscribe", "Loading...")
    v = verdicts_of(text)
    assert [v[p].role for p in (P1, P2, P3)] == ["body"] * 3
    assert v["Subscribe"].rule == "paywall.pitch"
    for line in PITCH:
        assert v[line] == v["Subscribe"], line


def test_sentence_inside_a_pitch_box_at_the_end_goes_with_it() -> None:
    sentence = "Your gift helps us keep every story free to read for everyone in the valley."
    text = page(TITLE, P1, P2, P3, "Support our work", sentence, "Donate now")
    v = verdicts_of(text)
    assert [v[p].role for p in (P1, P2, P3)] == ["body"] * 3
    assert v[sentence] == Verdict("chrome", "paywall.pitch")


def test_paragraph_between_two_promos_inside_the_article_stays() -> None:
    # the same shape with article text after it: the paragraph is the article's
    text = page(
        TITLE, P1, "Sign up for our daily newsletter", P2, "Sign up for our daily newsletter", P3
    )
    v = verdicts_of(text)
    assert [v[p].role for p in (P1, P2, P3)] == ["body"] * 3


def test_short_closing_statement_stays_and_a_closing_question_goes() -> None:
    closing = "Here's to the next ten years."
    question = "Was this page any use to you?"
    v = verdicts_of(page(TITLE, P1, P2, P3, closing, question, "Related articles"))
    assert v[closing].role == "body"
    assert v[question].role == "chrome"


def test_body_after_a_separator_without_a_pitch_stays() -> None:
    text = page(TITLE, P1, "--", P2, P3)
    v = verdicts_of(text)
    assert [v[p].role for p in (P1, P2, P3)] == ["body"] * 3


def test_long_section_after_a_separator_is_not_a_pitch() -> None:
    more = [f"{P2[:-1]}, said witness number {i} at the meeting." for i in range(5)]
    text = page(TITLE, P1, "* * *", *more, "Subscribe")
    v = verdicts_of(text)
    assert all(v[m].role == "body" for m in more)


def test_paragraph_after_a_dinkus_before_a_pitch_stays() -> None:
    # a dinkus breaks sections inside the article; "--" ends the article
    last = "A viewing platform will be added at the end of the wall by the summer."
    for marker, role in (("* * *", "body"), ("⁂", "body"), ("--", "chrome")):
        v = verdicts_of(page(TITLE, P1, P2, P3, marker, last, "Subscribe"))
        assert v[last].role == role, marker


BLURB = "The day's local news in your inbox every morning."


def test_blurb_glued_under_a_box_heading_at_the_end_goes_with_the_box() -> None:
    text = page(TITLE, P1, P2, P3, f"Sign up for our newsletter\n{BLURB}", "© Harbour Post")
    v = verdicts_of(text)
    assert [v[p].role for p in (P1, P2, P3)] == ["body"] * 3
    assert v[BLURB] == Verdict("chrome", "newsletter.signup")


def test_blurb_is_not_glued_on_a_page_without_blank_lines() -> None:
    # one block per line: lines that follow each other say nothing about a box
    text = "\n".join([TITLE, P1, P2, "Sign up for our newsletter", P3, P4])
    v = verdicts_of(text)
    assert v[P3].role == "body" and v[P4].role == "body"


def test_blurb_set_apart_from_the_box_heading_stays() -> None:
    v = verdicts_of(page(TITLE, P1, P2, "Sign up for our newsletter", P3))
    assert v[P3].role == "body"


# --- rule sets -----------------------------------------------------------------------------


def test_custom_rule_names_its_lines() -> None:
    rules = RULES.extended(
        [Rule(id="promo.podcast", category="promo", pattern=r"^listen to our podcast")]
    )
    v = verdicts_of(page(TITLE, P1, "Listen to our podcast", P2, P3), rules=rules)
    assert v["Listen to our podcast"] == Verdict("chrome", "promo.podcast")


def test_disabled_rule_is_not_reported() -> None:
    text = page(TITLE, P1, P2, P3, "Loading...")
    assert verdicts_of(text)["Loading..."] == Verdict("chrome", "ui.loading")
    v = verdicts_of(text, rules=RULES.without(["ui.loading"]))
    assert v["Loading..."].role == "chrome"
    assert v["Loading..."].rule != "ui.loading"


def test_empty_rule_set() -> None:
    v = verdicts_of(page(TITLE, P1, P2, P3, "Loading..."), rules=RULES.without(RULES.ids))
    assert v[P1] == Verdict("body", "body.prose")
    assert v["Loading..."] == Verdict("chrome", "struct.footer")


# --- hostile lines -------------------------------------------------------------------------


HOSTILE = [
    "By " * 33_000,
    "a" * 10**6,
    "." * 10**5,
    "(" * 10**5,
    "12:00 " * 10**4,
    "March 12, 2021 " * 5_000,
    "12.03.2021 " * 10**4,
    "Follow us on " * 10**4,
    "Home > " * 10**4,
    "- " * 10**5,
    "\u00a9 " * 10**5,
]


@pytest.mark.skipif(not hasattr(signal, "SIGALRM"), reason="needs SIGALRM")
@pytest.mark.parametrize("line", HOSTILE, ids=lambda s: repr(s[:12]))
def test_hostile_line_finishes(line: str) -> None:
    text = page(line, TITLE, "By Jane Doe", P1, line, P2, line)
    with alarm(10):
        verdicts = run(text)
    assert len(verdicts) == len(split_lines(normalize(text)))


@pytest.mark.skipif(not hasattr(signal, "SIGALRM"), reason="needs SIGALRM")
def test_many_short_lines_finish() -> None:
    # Distinct short lines, one long link list: linear work takes a fraction of a second,
    # work quadratic in the length of the run takes far longer than the alarm.
    text = "\n".join(f"Link number {i}" for i in range(12_000))
    with alarm(5):
        verdicts = run(text)
    assert all(v.role in ROLES for v in verdicts)


_SLUG_WORDS = ["harbour", "wall", "council", "new", "straße", "sea"]


@given(
    st.lists(
        st.lists(
            st.sampled_from([*_SLUG_WORDS, "Harbour", "STRASSE", "Straße", "newer", "a_wall", "x"]),
            max_size=6,
        ).map(" ".join),
        min_size=1,
        max_size=12,
    ),
    st.sets(st.sampled_from(_SLUG_WORDS), min_size=2),
)
def test_slug_prefilter_keeps_every_line_sharing_two_slug_words(
    texts: list[str], slug: set[str]
) -> None:
    """The page-wide search that picks the lines worth splitting into words never drops
    a line holding two of the slug's words (as the exact test counts them)."""
    lines = ["", *texts]
    content = [i for i, line in enumerate(lines) if line]
    kept = _holding_two_slug_words("\n".join(lines[k] for k in content), frozenset(slug))
    assert kept == sorted(kept)
    for j, k in enumerate(content):
        words = {w for w in regex.findall(r"\w+", lines[k].lower()) if len(w) > 2}
        if len(words & slug) >= 2:
            assert j in kept


CODE_BLOCK = [
    "const LIMIT = 4.2;",
    "function level(gauge) {",
    "  if (gauge.reading > LIMIT) {",
    "    return alert(gauge);",
    "  }",
    "  return null;",
    "}",
    "function alert(gauge) {",
    "  harbour.siren.on();",
    "  log.warning(gauge.name);",
    "  return gauge;",
    "}",
    "harbour.gauges().forEach((gauge) => level(gauge));",
    "schedule({ every: 600 });",
]


def test_a_code_listing_inside_the_text_does_not_end_the_article() -> None:
    """Lines of code weigh nothing for the article run (other short lines without a
    sentence's end weigh against it), so a listing between paragraphs does not cut the
    article in two."""
    lines = split_lines(normalize("\n".join(["Home", "News", TITLE, P1, P2, *CODE_BLOCK, P3])))
    verdicts = dict(zip(lines, classify(lines, RULES)))
    assert [verdicts[p].role for p in (P1, P2, P3)] == ["body"] * 3
    assert verdicts["News"].role == "chrome"


def test_the_article_starts_under_its_title_where_a_link_block_cuts_the_text() -> None:
    """A block of links between the first paragraphs and the rest of the text cuts the
    article in two, and the later part weighs more; the text right under the title is the
    article's start all the same."""
    places = "North South East West Upper Lower Old New".split()
    links = [f"{w} Harbour {kind}" for w in places for kind in ("News", "Events")]
    later = [
        f"{p[:-1]}, the mayor said on {day}." for day in ("Monday", "Friday") for p in (P3, P4)
    ]
    lines = split_lines(normalize("\n".join(["Home", TITLE, P1, P2, *links, *later])))
    verdicts = dict(zip(lines, classify(lines, RULES)))
    assert verdicts[TITLE].role == "title"
    assert [verdicts[p].role for p in (P1, P2, *later)] == ["body"] * 6
    assert verdicts["Home"].role == "chrome"


def test_a_feedback_widget_ends_the_article() -> None:
    lines = split_lines(
        normalize("\n".join(["Home", TITLE, P1, P2, P3, "Was this article helpful?", P4]))
    )
    verdicts = dict(zip(lines, classify(lines, RULES)))
    assert verdicts["Was this article helpful?"].rule == "ui.feedback"
    assert [verdicts[p].role for p in (P1, P2, P3)] == ["body"] * 3
    assert verdicts[P4].role == "chrome"


def test_the_heading_of_a_list_inside_the_article_is_text() -> None:
    items = ["Sandbags along the old quay", "A pump at every slipway", "Sirens tested each month"]
    lines = split_lines(normalize("\n".join(["Home", TITLE, P1, "What Comes First", *items, P2])))
    verdicts = dict(zip(lines, classify(lines, RULES)))
    assert verdicts["What Comes First"].rule == "body.context"
    assert [verdicts[i].rule for i in items] == ["body.context"] * 3
