"""``parse`` and ``explain`` end to end: the two seed pages (when ``../shared`` is there) and
articles written for these tests in the same style, plus the record round trip.

The articles below are invented (sites, people, places and events); nothing is copied from a
third-party page. The seed test reads the seeds from ``../shared/seeds`` and derives what it
can (the title, the body paragraphs) from the file itself.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import pytest

from cleanscrape import (
    Article,
    Config,
    DecodeError,
    InputTooLargeError,
    Line,
    Removed,
    explain,
    parse,
)
from cleanscrape.model import FIELD_ROLES, ROLES
from cleanscrape.normalize import normalize, split_lines

UTC = dt.timezone.utc


def tz(hours: float) -> dt.timezone:
    return dt.timezone(dt.timedelta(hours=hours))


# --- articles written for the tests -------------------------------------------------------

HARBOUR = """\
Valemouth.News

Monday April 15 2024

Valemouth council approves new harbour wall after winter storms

3 February 2022 09:45 (UTC+02:00)
Valemouth council approves new harbour wall after winter storms

By Marta Lindqvist

Valemouth Town Council has approved plans for a new harbour wall, three months after \
winter storms flooded more than two hundred homes along the seafront, the council said on \
Thursday.

The wall will be 900 metres long and two metres higher than the old one, which was built \
in the 1950s and breached in four places during the January storms.

Council engineer Pavel Rask told the meeting that work could begin in May and would take \
about eighteen months. He said the old wall would stay in place until the new one was \
finished.

Residents of the seafront streets welcomed the decision but asked the council to pay for \
repairs to homes that were damaged in the floods.

The regional government has promised to cover half of the cost, which the council puts at \
14 million euros. The rest will come from a loan and from the harbour fund.

In 2019, a similar wall was built in the neighbouring town of Brask, where no homes have \
flooded since, according to the regional flood office.

--

Follow us on Twitter @ValemouthNews

Good reporting costs money, and your support keeps our reporters out on the streets of \
Valemouth.

Choose to back independent local journalism and subscribe on a monthly basis.

By subscribing to our online edition, you get full digital access to every story and to \
the archive.

Subscribe

You can also follow Valemouth News on Twitter @ValemouthNews or Facebook @ValemouthPaper

Thank you!

Loading...
Latest See more"""

FERRY = """\
Home > News > Business

We use cookies to personalise content and to analyse our traffic.
Accept all cookies

Ferry operator orders two electric ships for the island route

March 12, 2021 4:20 PM EST

By Anna Reyes and Tom Okafor

5 min read

Share
Tweet
Email

The ferry company that links the mainland with the three Orrin islands has ordered two \
battery-powered ships, its chief executive said on Friday, in a deal worth about 60 million \
dollars.

The ships will be built at a yard in the north of the country and should enter service in \
2024, replacing two diesel ferries that are more than thirty years old.

Advertisement

Each ship will carry up to 400 passengers and 80 cars and will charge its batteries at both \
ends of the forty-minute crossing.

"This is the biggest investment in the route since the 1980s," the chief executive said. \
"Our passengers have been asking for cleaner and quieter ships for years."

Island councils welcomed the order but said the company should also add more sailings in \
the summer months, when queues at the ports can last several hours.

Related articles
Port strike ends after four days
New bridge plan shelved again
Island school gets solar roof

Sign up for our daily newsletter

© 2021 Orrin Coast Media. All rights reserved.
Privacy Policy | Terms of Use | Contact us"""

BAKERY = """\
Startseite › Wirtschaft › Regional

Bäckerei in Lindenau schließt nach 120 Jahren

12.03.2021 16:20

Von Lena Hartmann

Die älteste Bäckerei in Lindenau schließt Ende des Monats. Die Inhaberin findet nach \
eigenen Angaben keinen Nachfolger, der den Betrieb weiterführen will.

Die Bäckerei wurde im Jahr 1901 gegründet und ist seitdem im Besitz derselben Familie \
geblieben. Zuletzt arbeiteten dort noch sechs Angestellte, denen bereits gekündigt wurde.

Anzeige

Viele Kunden kamen in den vergangenen Tagen noch einmal vorbei, um sich zu verabschieden. \
Einige brachten Blumen und Karten mit, erzählte die Inhaberin.

Die Stadt will nun prüfen, ob in den Räumen wieder ein Laden eröffnen kann. Mehrere \
Interessenten hätten sich bereits gemeldet, sagte ein Sprecher.

Folgen Sie uns auf Instagram

Weiterlesen

© 2024 Lindenauer Anzeiger. Alle Rechte vorbehalten."""

# A Persian page: its dateline is in the Solar Hijri calendar (14 Aban 1402, a Sunday, is
# 5 November 2023), with Persian digits.
BRIDGE = """\
خبرگزاری دره سبز

خانه | سیاست | اقتصاد | ورزش

پل عابر پیاده تازه بر روی رودخانه شهر باز شد

نویسنده: مریم احمدی

یکشنبه ۱۴ آبان ۱۴۰۲ - ۱۰:۳۰

پل عابر پیاده تازه\u200cای که دو سوی رودخانه را به هم وصل می\u200cکند، صبح یکشنبه با حضور \
شهردار و گروهی از ساکنان محله باز شد.

به گفته مهندس پروژه، ساخت این پل نزدیک به هجده ماه طول کشید و هزینه آن از بودجه شهرداری \
و کمک\u200cهای مردمی تأمین شد.

ساکنان محله می\u200cگویند پیش از این برای رسیدن به بازار باید بیش از بیست دقیقه راه \
می\u200cرفتند و اکنون این مسیر پنج دقیقه است.

اشتراک\u200cگذاری"""

LINKLIST = frozenset({"struct.linklist", "struct.footer", "nav.related"})


@attrs.frozen
class Case:
    name: str
    text: str
    site: str | None
    captured: dt.date | None
    title: str
    published: dt.datetime | None
    authors: tuple[str, ...]
    #: How many body paragraphs, and what the first words of each are.
    body_starts: tuple[str, ...]
    #: Every removed line: its text (or first words) and the rule ids allowed for it.
    removed: tuple[tuple[str, frozenset[str]], ...]


def one(rule: str) -> frozenset[str]:
    return frozenset({rule})


CASES = [
    Case(
        name="harbour",
        text=HARBOUR,
        site="Valemouth.News",
        captured=dt.date(2024, 4, 15),
        title="Valemouth council approves new harbour wall after winter storms",
        published=dt.datetime(2022, 2, 3, 9, 45, tzinfo=tz(2)),
        authors=("Marta Lindqvist",),
        body_starts=(
            "Valemouth Town Council has approved",
            "The wall will be 900 metres",
            "Council engineer Pavel Rask",
            "Residents of the seafront",
            "The regional government",
            "In 2019, a similar wall",
        ),
        removed=(
            ("Valemouth council approves new harbour wall", one("title.duplicate")),
            ("--", one("separator")),
            ("Follow us on Twitter @ValemouthNews", one("social.follow")),
            ("Good reporting costs money", one("paywall.pitch")),
            ("Choose to back independent", one("paywall.pitch")),
            ("By subscribing to our online edition", one("paywall.pitch")),
            ("Subscribe", one("paywall.pitch")),
            ("You can also follow Valemouth News", frozenset({"social.follow", "paywall.pitch"})),
            ("Thank you!", one("paywall.pitch")),
            ("Loading...", one("ui.loading")),
            ("Latest See more", one("nav.more")),
        ),
    ),
    Case(
        name="ferry",
        text=FERRY,
        site=None,
        captured=None,
        title="Ferry operator orders two electric ships for the island route",
        published=dt.datetime(2021, 3, 12, 16, 20, tzinfo=tz(-5)),
        authors=("Anna Reyes", "Tom Okafor"),
        body_starts=(
            "The ferry company that links",
            "The ships will be built",
            "Each ship will carry",
            '"This is the biggest investment',
            "Island councils welcomed",
        ),
        removed=(
            ("Home > News > Business", one("nav.breadcrumb")),
            ("We use cookies", one("cookie.notice")),
            ("Accept all cookies", one("cookie.notice")),
            ("5 min read", one("meta.reading_time")),
            ("Share", one("share.buttons")),
            ("Tweet", one("share.buttons")),
            ("Email", one("share.buttons")),
            ("Advertisement", one("ad.label")),
            ("Related articles", one("nav.related")),
            ("Port strike ends after four days", LINKLIST),
            ("New bridge plan shelved again", LINKLIST),
            ("Island school gets solar roof", LINKLIST),
            ("Sign up for our daily newsletter", one("newsletter.signup")),
            ("© 2021 Orrin Coast Media", one("copyright")),
            ("Privacy Policy | Terms of Use | Contact us", one("legal.links")),
        ),
    ),
    Case(
        name="bakery",
        text=BAKERY,
        site=None,
        captured=None,
        title="Bäckerei in Lindenau schließt nach 120 Jahren",
        published=dt.datetime(2021, 3, 12, 16, 20),
        authors=("Lena Hartmann",),
        body_starts=(
            "Die älteste Bäckerei",
            "Die Bäckerei wurde im Jahr 1901",
            "Viele Kunden kamen",
            "Die Stadt will nun prüfen",
        ),
        removed=(
            ("Startseite › Wirtschaft › Regional", one("nav.breadcrumb")),
            ("Anzeige", one("ad.label")),
            ("Folgen Sie uns auf Instagram", one("social.follow")),
            ("Weiterlesen", one("nav.more")),
            ("© 2024 Lindenauer Anzeiger", one("copyright")),
        ),
    ),
    Case(
        name="persian",
        text=BRIDGE,
        site=None,
        captured=None,
        title="پل عابر پیاده تازه بر روی رودخانه شهر باز شد",
        published=dt.datetime(2023, 11, 5, 10, 30),
        authors=("مریم احمدی",),
        body_starts=("پل عابر پیاده", "به گفته مهندس پروژه", "ساکنان محله"),
        removed=(
            ("خبرگزاری دره سبز", one("struct.header")),
            ("خانه | سیاست", one("struct.header")),
            ("اشتراک\u200cگذاری", one("struct.footer")),
        ),
    ),
]


def _check_removed(article: Article, expected: tuple[tuple[str, frozenset[str]], ...]) -> None:
    """Every expected chrome line is removed with an allowed rule, and nothing else is."""
    left = list(article.removed)
    problems: list[str] = []
    for start, rules in expected:
        hit = next((r for r in left if r.text.startswith(start)), None)
        if hit is None:
            problems.append(f"not removed: {start!r}")
            continue
        left.remove(hit)
        if hit.rule not in rules:
            problems.append(
                f"{hit.text[:50]!r}: rule {hit.rule!r}, expected one of {sorted(rules)}"
            )
    problems.extend(f"removed unexpectedly: {r.text[:50]!r} ({r.rule})" for r in left)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_fields(case: Case) -> None:
    a = parse(case.text)
    assert a.site == case.site
    assert a.captured == case.captured
    assert a.title == case.title
    assert a.published == case.published
    if case.published is not None:
        assert a.published is not None
        assert a.published.utcoffset() == case.published.utcoffset()
    assert a.authors == case.authors


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_body(case: Case) -> None:
    a = parse(case.text)
    starts = [p[: len(s)] for p, s in zip(a.body, case.body_starts)]
    assert len(a.body) == len(case.body_starts), [p[:40] for p in a.body]
    assert starts == list(case.body_starts)
    lines = split_lines(normalize(case.text))
    assert [lines[n] for n in a.body_lines] == list(a.body)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_removed_rules(case: Case) -> None:
    _check_removed(parse(case.text), case.removed)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_explain_one_role_per_line(case: Case) -> None:
    _check_explain(case.text)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_reparse_of_clean_output_keeps_the_body(case: Case) -> None:
    a = parse(case.text)
    assert a.title is not None
    again = parse(a.title + "\n\n" + "\n\n".join(a.body))
    assert again.body == a.body
    assert again.title == a.title


# --- the two seed pages -------------------------------------------------------------------

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEEDS = SHARED / "seeds"


@attrs.frozen
class Seed:
    captured: dt.date
    published: dt.datetime
    body_start: str


SEED_FACTS = {
    "000": Seed(
        dt.date(2024, 3, 28),
        dt.datetime(2021, 3, 12, 16, 20, tzinfo=tz(4)),
        "Azerbaijani Defence Minister",
    ),
    "004": Seed(
        dt.date(2025, 7, 10),
        dt.datetime(2021, 3, 12, 15, 29, tzinfo=tz(4)),
        "Human Rights Commissioner",
    ),
}

Pred = Callable[[str], bool]


def _starts(prefix: str) -> Pred:
    return lambda text: text.startswith(prefix)


def _is(value: str) -> Pred:
    return lambda text: text == value


#: The chrome of the seeds: which lines, and the rule ids allowed for each.
SEED_CHROME: list[tuple[Pred, frozenset[str]]] = [
    (_is("--"), one("separator")),
    (_starts("Follow us"), one("social.follow")),
    (_is("Loading..."), one("ui.loading")),
    (_is("Latest See more"), one("nav.more")),
    (_starts("Here we are"), one("paywall.pitch")),
    (_starts("Choose to support"), one("paywall.pitch")),
    (_starts("By subscribing"), one("paywall.pitch")),
    (_is("Subscribe"), one("paywall.pitch")),
    (_starts("You can also follow"), frozenset({"social.follow", "paywall.pitch"})),
    (_is("Thank you!"), one("paywall.pitch")),
]


def _seed_file(prefix: str) -> Path:
    if not SEEDS.is_dir():
        pytest.skip(f"{SEEDS} is not there (the seeds live outside the repository)")
    files = sorted(SEEDS.glob(f"{prefix}_*.txt"))
    if not files:
        pytest.skip(f"no seed {prefix}_*.txt in {SEEDS}")
    return files[0]


@pytest.mark.parametrize("prefix", sorted(SEED_FACTS))
def test_seed(prefix: str) -> None:
    _check_seed(_seed_file(prefix), SEED_FACTS[prefix])


def _check_seed(path: Path, facts: Seed) -> None:
    text = path.read_text(encoding="utf-8")
    lines = split_lines(normalize(text))
    content = [(i, t) for i, t in enumerate(lines) if t]
    # Derived from the page itself: the title is the line printed twice near the top, the
    # body is every line between the byline and the "--" under the article.
    top = [t for _i, t in content[:8]]
    title = next(t for t in top if top.count(t) == 2)
    byline_at = next(i for i, t in content if t.startswith("By "))
    end_at = next(i for i, t in content if t == "--")
    body = [t for i, t in content if byline_at < i < end_at]

    a = parse(text, source=str(path))
    name = path.name
    assert a.source == str(path)
    assert a.site == "Azernews.Az", name
    assert a.captured == facts.captured, name
    assert a.title == title, name
    assert a.published == facts.published, name
    assert a.published is not None and a.published.utcoffset() == dt.timedelta(hours=4), name
    assert a.authors == ("Vafa Ismayilova",), name
    assert len(a.body) == 9, name
    assert all(p.startswith(facts.body_start) for p in a.body[:1]), name
    assert list(a.body) == body, name

    # The title is printed twice: one is the field, the other is removed as a duplicate.
    title_lines = [i for i, t in content if t == title]
    assert len(title_lines) == 2
    roles = {ln.number: ln for ln in explain(text)}
    assert sorted(roles[i].rule for i in title_lines) == ["field.title", "title.duplicate"]

    problems: list[str] = []
    expected_chrome = {i for i, _t in content if i > end_at} | {end_at}
    for r in a.removed:
        if r.text == title:
            assert r.rule == "title.duplicate"
            continue
        allowed = next((rules for pred, rules in SEED_CHROME if pred(r.text)), None)
        if allowed is None:
            problems.append(f"removed unexpectedly: {r.text[:50]!r} ({r.rule})")
        elif r.rule not in allowed:
            problems.append(f"{r.text[:50]!r}: rule {r.rule!r}, expected {sorted(allowed)}")
    missing = expected_chrome - {r.line for r in a.removed}
    problems.extend(f"not removed: {lines[i][:50]!r}" for i in sorted(missing))
    assert not problems, f"{name}:\n" + "\n".join(problems)
    _check_explain(text)


# --- explain ------------------------------------------------------------------------------


def _check_explain(text: str) -> None:
    lines = split_lines(normalize(text))
    explained = explain(text)
    assert [ln.number for ln in explained] == list(range(len(lines)))
    assert [ln.text for ln in explained] == lines
    for ln in explained:
        assert ln.role in ROLES, ln
        assert (ln.role == "blank") == (ln.text == ""), ln
        assert (ln.rule == "") == (ln.role == "blank"), ln
    # explain and parse tell the same story.
    a = parse(text)
    assert {r.line: r.rule for r in a.removed} == {
        ln.number: ln.rule for ln in explained if ln.role == "chrome"
    }
    assert list(a.body_lines) == [ln.number for ln in explained if ln.role == "body"]
    assert list(a.field_lines) == [ln for ln in explained if ln.role in FIELD_ROLES]
    assert a.accounted_lines() == {i: t for i, t in enumerate(lines) if t}


def test_explain_rules_by_role() -> None:
    for case in CASES:
        for ln in explain(case.text):
            if ln.role in FIELD_ROLES:
                assert ln.rule == f"field.{ln.role}", ln
            elif ln.role == "body":
                assert ln.rule in {"body.prose", "body.context"}, ln
            elif ln.role == "chrome":
                assert not ln.rule.startswith(("field.", "body.")), ln


def test_explain_accepts_bytes_and_source() -> None:
    from_bytes = explain(FERRY.encode(), source="https://example.org/news/ferry-ships")
    assert from_bytes == explain(FERRY)
    assert all(isinstance(ln, Line) for ln in from_bytes)


# --- inputs -------------------------------------------------------------------------------


def test_a_slash_date_is_settled_by_the_page() -> None:
    page = "\n\n".join(
        [
            "The Harbour Gazette",
            "New library opens by the harbour",
            "Published 05/03/2021 16:20",
            "The town library opened its doors on Friday after two years of building work.",
            "More than two hundred readers came on the first day, many of them children.",
            "Related: Harbour ferry back in service (25/02/2021)",
        ]
    )
    # another date of the page reads day first only: so does the dateline
    assert parse(page).published == dt.datetime(2021, 3, 5, 16, 20)
    # without it, the US reading, unless the URL's date or country says otherwise
    alone = page.replace(" (25/02/2021)", "")
    assert parse(alone).published == dt.datetime(2021, 5, 3, 16, 20)
    assert parse(alone, source="https://gazette.example.co.uk/news/library").published == (
        dt.datetime(2021, 3, 5, 16, 20)
    )
    assert parse(alone, source="https://example.com/2021/03/05/library").published == (
        dt.datetime(2021, 3, 5, 16, 20)
    )


def test_parse_bytes() -> None:
    assert parse(HARBOUR.encode("utf-8")) == parse(HARBOUR)
    assert parse(b"\xef\xbb\xbf" + BAKERY.encode("utf-8")) == parse(BAKERY)
    assert parse(HARBOUR.replace("\n", "\r\n").encode()) == parse(HARBOUR)


def test_parse_cp1252_bytes() -> None:
    a = parse(BAKERY.encode("cp1252"))
    assert a == parse(BAKERY)
    assert a.title == "Bäckerei in Lindenau schließt nach 120 Jahren"


@pytest.mark.parametrize("raw", [b"\x00\x01", b"\x00", b"GIF89a\x00\x01\x02"])
def test_parse_binary_raises(raw: bytes) -> None:
    with pytest.raises(DecodeError):
        parse(raw)


def test_parse_too_large() -> None:
    cfg = attrs.evolve(Config(), max_bytes=100)
    with pytest.raises(InputTooLargeError):
        parse(HARBOUR, config=cfg)
    with pytest.raises(InputTooLargeError):
        parse(HARBOUR.encode(), config=cfg)


@pytest.mark.parametrize("text", ["", "\n", "   \n\n\t\n", "\u200b\n\u00a0"])
def test_parse_empty(text: str) -> None:
    a = parse(text)
    assert a.body == ()
    assert a.removed == ()
    assert a.title is None and a.site is None and a.published is None
    assert a.authors == ()


PERSONAL_BLOG = """Notes from the Allotment
Why my beans failed this year
The summer was dry, and the beans I sowed in May never climbed past the first cane.
I watered them every evening, but the soil under the mulch stayed hard and pale.
Next year I will sow them later, after the first proper rain, and dig in more compost.
© 2025 Emily Roe. All rights reserved.
"""


def test_a_personal_site_notice_names_the_author() -> None:
    a = parse(PERSONAL_BLOG)
    assert a.authors == ("Emily Roe",)
    # the notice stays chrome: the author is read from it, the line is not kept
    assert [r.rule for r in a.removed if r.text.startswith("©")] == ["copyright"]
    assert all(not p.startswith("©") for p in a.body)
    # a byline names the author first
    bylined = PERSONAL_BLOG.replace("The summer was dry", "By Jane Doe\nThe summer was dry")
    assert parse(bylined).authors == ("Jane Doe",)


def test_a_notice_removed_by_another_rule_names_the_author() -> None:
    # "Copyright <name> <years>" is no line the copyright rule knows (it wants a year or a
    # sign after the word): the footer takes it, and the holder is read from it all the same
    text = PERSONAL_BLOG.replace(
        "© 2025 Emily Roe. All rights reserved.", "Copyright Emily Roe 2012-2025. CC BY-NC 4.0."
    )
    a = parse(text)
    notice = next(r for r in a.removed if r.text.startswith("Copyright"))
    assert notice.rule != "copyright"
    assert a.authors == ("Emily Roe",)


def test_parse_keeps_source() -> None:
    assert parse(BAKERY, source="pages/bakery.txt").source == "pages/bakery.txt"
    assert parse(BAKERY).source is None


def test_parse_deterministic() -> None:
    first = [parse(c.text) for c in CASES]
    # Interleave other work: results must not depend on what was parsed before.
    parse("Some other page\n\nWith a line of text that is long enough to be prose, surely.")
    assert [parse(c.text) for c in reversed(CASES)] == first[::-1]


def test_config_rules_are_used() -> None:
    cfg = attrs.evolve(Config(), rules=Config().rules.without(["nav.more"]))
    a = parse(HARBOUR, config=cfg)
    rule = next(r.rule for r in a.removed if r.text == "Latest See more")
    assert rule != "nav.more"
    assert "Latest See more" not in a.body


def test_user_rule_names_its_lines() -> None:
    from cleanscrape import Rule

    podcast = Rule(id="promo.podcast", category="promo", pattern=r"^listen to our podcast")
    text = BAKERY.replace("Weiterlesen", "Listen to our podcast about Lindenau")
    cfg = attrs.evolve(Config(), rules=Config().rules.extended([podcast]))
    a = parse(text, config=cfg)
    assert ("Listen to our podcast about Lindenau", "promo.podcast") in [
        (r.text, r.rule) for r in a.removed
    ]


# --- the record ---------------------------------------------------------------------------


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_to_dict_round_trip(case: Case) -> None:
    a = parse(case.text, source=f"https://example.org/{case.name}")
    d = a.to_dict()
    text = json.dumps(d, ensure_ascii=False)
    back = json.loads(text)
    assert back == d
    assert Article.from_dict(back) == a
    if a.captured is not None:
        assert d["captured"] == a.captured.isoformat()
        assert dt.date.fromisoformat(d["captured"]) == a.captured
    if a.published is not None:
        assert d["published"] == a.published.isoformat()
        assert dt.datetime.fromisoformat(d["published"]) == a.published
    assert d["authors"] == list(a.authors)
    assert d["body"] == list(a.body)
    assert d["removed"] == [{"line": r.line, "text": r.text, "rule": r.rule} for r in a.removed]


def test_to_dict_iso_with_offset() -> None:
    d = parse(HARBOUR).to_dict()
    assert d["published"] == "2022-02-03T09:45:00+02:00"
    assert d["captured"] == "2024-04-15"


def test_from_dict_of_a_built_article() -> None:
    a = Article(
        site="Example.Org",
        captured=dt.date(2024, 1, 2),
        title="A title",
        published=dt.datetime(2023, 12, 31, 23, 59, tzinfo=UTC),
        authors=("A. Writer", "B. Writer"),
        body=("One paragraph.", "Another paragraph."),
        background=("Shared paragraph.",),
        removed=(
            Removed(line=9, text="Shared paragraph.", rule="corpus.background", count=3),
            Removed(line=11, text="--", rule="separator"),
        ),
        source="x.txt",
        duplicate_of="y.txt",
        body_lines=(5, 7),
        field_lines=(Line(number=0, text="Example.Org", role="site", rule="field.site"),),
    )
    d: dict[str, Any] = json.loads(json.dumps(a.to_dict()))
    assert Article.from_dict(d) == a
    assert d["removed"][0]["count"] == 3
    assert "count" not in d["removed"][1]
