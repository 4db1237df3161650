"""A deterministic generator of synthetic multi-site news corpora, with ground truth.

Every document is raw scraped *text* in the style of a captured news page: masthead,
capture-date banner, title, dateline with a time zone, the title again, byline, body
paragraphs, then site chrome. Each site has

* background paragraphs that many of its articles append (lightly edited: one word
  changed, the date changed, or a sentence appended — or left exact),
* template lines in a made-up language that no chrome rule covers, one of them placed
  *between* body paragraphs (so the single-document pass keeps it as a body line),
* footer chrome in several languages,

and some articles are re-scrapes of an earlier article of the same site (same title,
dateline and body; another capture date, other chrome, another URL). A few quote
paragraphs are shared by articles of *different* sites (at most one article per site);
they are content, not background.

Everything derives from ``seed`` through per-site and per-document ``random.Random``
instances seeded with strings, so document ``i`` is the same whatever else is generated,
and :func:`iter_corpus` can stream a million documents in constant memory.

All prose is generated from the word lists below (invented people, places and bodies).
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator, Sequence

import attrs

from cleanscrape.model import Article, Line, Removed, Role

__all__ = [
    "EDIT_KINDS",
    "SynthDoc",
    "SynthSite",
    "build_article",
    "generate_corpus",
    "iter_corpus",
    "make_site",
    "prose_paragraph",
    "sentence",
]

#: How a background paragraph instance differs from the site's original.
EDIT_KINDS = ("exact", "word", "date", "append")
_EDIT_WEIGHTS = (0.4, 0.2, 0.2, 0.2)

_RESCRAPE_SHARE = 0.06
_QUOTES = 6

# --- vocabulary (all invented) ---------------------------------------------------------------

_FIRST = (
    "Aino Bram Cela Dario Edda Fenna Goran Hedda Ilse Jonas Kaisa Lauri Mira Nils Olli Petra"
    " Rasmus Saga Tarik Una Viggo Wanda Yrjo Zelda Anton Berit Casper Dagny Emil Frida Gustav"
    " Helmi Ivar Jorun Kalle Liv Magnus Noora Oskar Pia Ragnar Sanna Teodor Ulla Vilja"
).split()
_LAST = (
    "Aaltonen Brekke Castell Dahlberg Eklund Falk Grenholm Haavisto Isaksen Jokela Kallas"
    " Lindqvist Moberg Nyland Ostrand Pajari Rautio Salmela Tammisto Ulvaeus Vesterby Wikstrom"
    " Ylikoski Zetterlund Arvola Bergsten Carlen Dunmore Engstrom Fjeldberg Halvorsen Ingvaldsen"
    " Juhlin Kivela Lagerholm Marstrand Nordahl Oksanen Pettersen Ruotsala"
).split()
_CITIES = (
    "Vormsaar Kettlebridge Orvanta Halmstedt Brisca Teldmoor Quenby Ostravik Palmora Sundhaven"
    " Marovec Lindelle Calvora Aldenmark Rivasco Tornhill Velisse Gravenholt Essmoor Kallavesi"
    " Dunvarra Pellinge Ruskala Haverby Solenna Yarrowfield Merrivale Caskenby Ilvesto Norrmark"
).split()
_COUNTRIES = (
    "Varnesia Oskaria Tellmark Brovania Quellandia Sorvik Aldoria Estrevia Kaldera Morvania"
).split()
_ORGS = (
    "Ministry of Transport|Harbour Authority|National Weather Service|Grain Board|Port Council"
    "|Rail Inspectorate|Water Agency|Energy Commission|Fisheries Office|Audit Court"
    "|Regional Assembly|Customs Service|Forestry Institute|Statistics Bureau|Health Directorate"
    "|Coast Guard|Housing Fund|Road Administration|Aviation Board|Labour Inspectorate"
).split("|")
_ROLES = (
    "director|spokesperson|chief executive|deputy minister|head of operations|chair|senior analyst"
    "|press officer|chief engineer|regional governor|board member|auditor general"
).split("|")
_NOUNS = (
    "bridge ferry harbour budget contract railway tunnel pipeline warehouse reservoir school"
    " hospital highway factory market festival election survey report inquiry permit license"
    " timetable shipment cargo tender subsidy tariff reform forecast deadline shortage surplus"
    " outage repair inspection upgrade expansion closure merger strike protest agreement"
    " proposal dispute ruling verdict settlement loan grant fund index harvest drought flood"
    " storm wildfire avalanche icebreaker terminal runway depot quarry mill plant turbine grid"
    " network cable satellite sensor archive library museum stadium plaza district campus"
    " clinic ward laboratory fleet convoy vessel dock crane barge freight route corridor"
).split()
_PLURALS = (
    "passengers residents workers farmers students patients drivers tenants volunteers engineers"
    " inspectors fishermen shopkeepers commuters teachers nurses pilots sailors miners voters"
    " households companies vessels trucks homes schools flights shipments contracts permits"
).split()
_ADJS = (
    "new old regional national local coastal northern southern eastern western central rural"
    " urban temporary permanent annual monthly urgent delayed revised joint independent public"
    " private small large major minor initial final early late key remote busy damaged repaired"
    " disputed proposed unexpected modest sharp steady gradual cautious detailed preliminary"
).split()
_VERBS_PAST = (
    "approved rejected delayed announced suspended reopened expanded reviewed criticised"
    " defended postponed completed launched inspected cancelled extended financed audited"
    " questioned confirmed restored replaced upgraded blocked cleared signed renewed published"
    " challenged welcomed"
    " doubled halved monitored repaired redesigned relocated"
).split()
_VERBS = (
    "approve reject delay announce suspend reopen expand review complete launch inspect cancel"
    " extend finance restore replace upgrade clear sign renew publish monitor repair relocate"
).split()
_PREPS = "in near outside across along beyond around".split()
_WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
_MONTHS = (
    "January February March April May June July August September October November December"
).split()
_TIME_PHRASES = (
    "last week|earlier this month|on Monday|late on Tuesday|this spring|over the weekend"
    "|since the start of the year|for the third time this year|after months of talks"
    "|within the next few weeks|by the end of the quarter|before the winter season"
).split("|")
_SOURCES = (
    "a statement published on its website|figures released by the Statistics Bureau"
    "|documents seen by this newspaper|people familiar with the talks|a report by the Audit Court"
    "|local officials|the company's annual filing|a survey of local businesses"
).split("|")
_ZONES = (
    ("(UTC+04:00)", "UTC+04:00"),
    ("(UTC+02:00)", "UTC+02:00"),
    ("(UTC-05:00)", "UTC-05:00"),
    ("(UTC+01:00)", "UTC+01:00"),
    ("GMT", "GMT"),
    ("EST", "EST"),
)
_TLDS = ("com", "net", "org", "news", "info", "co")
_SYLLABLES = (
    "ka lo ve mi tu ra sen dor il ya ko nu pe ha jä ö li ssa ta rin mo el vuo kes tä nen"
).split()
_FOOTER_CHROME = (
    "Follow us on Twitter @{handle}",
    "Folgen Sie uns auf Facebook",
    "Suivez-nous sur Instagram",
    "Síguenos en Twitter",
    "Подписывайтесь на наш Telegram",
    "Loading...",
    "Latest See more",
    "Subscribe",
    "Thank you!",
    "Share on Facebook",
)


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _a(word: str) -> str:
    return f"an {word}" if word[:1] in "aeiou" else f"a {word}"


def _plural(noun: str) -> str:
    return f"{noun[:-1]}ies" if noun.endswith("y") else f"{noun}s"


def _person(rng: random.Random) -> str:
    return f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"


def _np(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.45:
        return f"the {rng.choice(_ADJS)} {rng.choice(_NOUNS)}"
    if r < 0.7:
        return f"the {rng.choice(_ORGS)}"
    if r < 0.85:
        return f"{rng.randint(2, 900)} {rng.choice(_PLURALS)}"
    return _person(rng)


def _obj(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.4:
        return f"the {rng.choice(_ADJS)} {rng.choice(_NOUNS)}"
    if r < 0.7:
        adj = _a(rng.choice(_ADJS))
        return f"{adj} {rng.choice(_NOUNS)} {rng.choice(_PREPS)} {rng.choice(_CITIES)}"
    return f"plans for the {rng.choice(_NOUNS)} of {_plural(rng.choice(_NOUNS))}"


def _clause(rng: random.Random) -> str:
    c = f"{_np(rng)} {rng.choice(_VERBS_PAST)} {_obj(rng)}"
    if rng.random() < 0.5:
        c += f" {rng.choice(_TIME_PHRASES)}"
    return c


def sentence(rng: random.Random) -> str:
    """One generated news sentence (about 8-30 words)."""
    return _sentence(rng)


def prose_paragraph(rng: random.Random, lo: int = 15, hi: int = 60) -> str:
    """One generated paragraph of whole sentences with ``lo``..``hi`` words."""
    return _paragraph(rng, lo, hi)


def _sentence(rng: random.Random) -> str:
    t = rng.randrange(9)
    if t == 0:
        return (
            f"{_person(rng)}, {rng.choice(_ROLES)} of the {rng.choice(_ORGS)}, said on"
            f" {rng.choice(_WEEKDAYS)} that {_clause(rng)}."
        )
    if t == 1:
        return f"{_cap(_clause(rng))}, {rng.choice(_LAST)} told reporters in {rng.choice(_CITIES)}."
    if t == 2:
        return (
            f"The {rng.choice(_ORGS)} said {rng.randint(3, 5000)} {rng.choice(_PLURALS)} had been"
            f" affected in {rng.choice(_CITIES)} since {rng.choice(_MONTHS)}."
        )
    if t == 3:
        return f"According to {rng.choice(_SOURCES)}, {_clause(rng)}."
    if t == 4:
        return f'"{_cap(_clause(rng))}," {rng.choice(_LAST)} said.'
    if t == 5:
        return f"{_cap(_clause(rng))} after {_np(rng)} {rng.choice(_VERBS_PAST)} {_obj(rng)}."
    if t == 6:
        return (
            f"Officials in {rng.choice(_CITIES)} expect {_np(rng)} to {rng.choice(_VERBS)}"
            f" {_obj(rng)} by the end of {rng.choice(_MONTHS)}."
        )
    if t == 7:
        return f"{_cap(_clause(rng))}, and {_clause(rng)}."
    return (
        f"The {rng.choice(_ADJS)} {rng.choice(_NOUNS)} in {rng.choice(_CITIES)} was"
        f" {rng.choice(_VERBS_PAST)} {rng.choice(_TIME_PHRASES)}, while {_clause(rng)}."
    )


def _paragraph(rng: random.Random, lo: int = 15, hi: int = 60) -> str:
    """A paragraph of whole sentences with ``lo``..``hi`` words."""
    while True:
        target = rng.randint(lo, hi)
        sentences: list[str] = []
        words = 0
        while words < target:
            s = _sentence(rng)
            sentences.append(s)
            words += len(s.split())
        if lo <= words <= hi:
            return " ".join(sentences)


def _title(rng: random.Random) -> str:
    t = rng.randrange(4)
    if t == 0:
        return (
            f"{rng.choice(_CITIES)} {rng.choice(_VERBS_PAST)} {rng.choice(_ADJS)}"
            f" {rng.choice(_NOUNS)} plan after {rng.choice(_NOUNS)} {rng.choice(_NOUNS)}"
        )
    if t == 1:
        return (
            f"{rng.choice(_ORGS)} {rng.choice(_ROLES)} warns of {rng.choice(_ADJS)}"
            f" {rng.choice(_NOUNS)} shortage in {rng.choice(_CITIES)}"
        )
    if t == 2:
        return (
            f"{_cap(rng.choice(_PLURALS))} in {rng.choice(_CITIES)} face {rng.choice(_ADJS)}"
            f" {rng.choice(_NOUNS)} as {rng.choice(_NOUNS)} talks stall"
        )
    return (
        f"{rng.choice(_COUNTRIES)} and {rng.choice(_COUNTRIES)} discuss {rng.choice(_NOUNS)}"
        f" {rng.choice(_NOUNS)} near {rng.choice(_CITIES)}"
    )


def _made_up_words(rng: random.Random, lo: int, hi: int) -> str:
    words = []
    for _ in range(rng.randint(lo, hi)):
        words.append("".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4))))
    return _cap(" ".join(words))


def _background_paragraph(rng: random.Random) -> tuple[str, str]:
    """A context paragraph starting with a date, 15-60 words; returns (text, date phrase)."""
    month = rng.choice(_MONTHS)
    day = rng.randint(1, 28)
    date = f"On {month} {day},"
    while True:
        if rng.random() < 0.3:
            first = (
                f"{date} {rng.choice(_COUNTRIES)} and {rng.choice(_COUNTRIES)} agreed to"
                f" {rng.choice(_VERBS)} the {rng.choice(_ADJS)} {rng.choice(_NOUNS)} near"
                f" {rng.choice(_CITIES)} within a year."
            )
        else:
            first = (
                f"{date} {rng.choice(_COUNTRIES)} and {rng.choice(_COUNTRIES)} signed an"
                f" agreement on the {rng.choice(_ADJS)} {rng.choice(_NOUNS)} that ended"
                f" {rng.randint(2, 9)} months of talks over the {rng.choice(_NOUNS)}"
                f" {rng.choice(_PREPS)} {rng.choice(_CITIES)}."
            )
        target = rng.randint(15, 60)
        sentences = [first]
        while len(" ".join(sentences).split()) < target:
            sentences.append(_sentence(rng))
        text = " ".join(sentences)
        if 15 <= len(text.split()) <= 60:
            return text, date


def _edit(rng: random.Random, text: str, date: str, kind: str) -> str:
    if kind == "exact":
        return text
    if kind == "date":
        month = rng.choice([m for m in _MONTHS if f" {m} " not in date])
        return text.replace(date, f"On {month} {rng.randint(1, 28)},", 1)
    if kind == "append":
        return f"{text} {_sentence(rng)}"
    words = text.split(" ")
    # Change one word that is neither the first nor the last (keep the punctuation).
    candidates = [i for i in range(3, len(words) - 1) if words[i].isalpha() and len(words[i]) > 3]
    i = rng.choice(candidates)
    pool = _NOUNS if rng.random() < 0.5 else _ADJS
    replacement = rng.choice([w for w in pool if w != words[i].lower()])
    words[i] = replacement
    return " ".join(words)


# --- sites and documents -------------------------------------------------------------------


@attrs.frozen
class SynthSite:
    """One synthetic news site: its name, chrome and background paragraphs."""

    index: int
    name: str
    domain: str
    #: Whether documents carry ``https://`` URLs (else file names: the site key then
    #: comes from the masthead).
    url_sources: bool
    #: The key :func:`cleanscrape.corpus.site_key` should give its documents.
    key: str
    zone: tuple[str, str]
    background: tuple[str, ...]
    #: The date phrase each background paragraph starts with (edited by "date" edits).
    background_dates: tuple[str, ...]
    #: Share of the site's articles that carry each background paragraph.
    background_share: tuple[float, ...]
    #: A made-up-language line that many articles carry between two body paragraphs.
    body_template: str
    footer: tuple[str, ...]


@attrs.frozen
class SynthDoc:
    """One generated document and its ground truth."""

    text: str
    source: str
    #: The expected site key (URL host, else the masthead lower-cased).
    site: str
    site_name: str
    captured: dt.date
    title: str
    published: dt.datetime
    authors: tuple[str, ...]
    #: Body paragraphs as a careful single-document pass would keep them, in order
    #: (prose, background paragraphs, quotes, and the in-body template line if any).
    body: tuple[str, ...]
    #: The body paragraphs that are site background (ground truth), in body order.
    background_paragraphs: tuple[str, ...]
    #: The edit kind of each background paragraph (one of :data:`EDIT_KINDS`).
    background_edits: tuple[str, ...]
    #: Body lines that are site template (ground truth for ``corpus.template``).
    template_lines: tuple[str, ...]
    #: Paragraphs quoted by articles of several different sites (must stay).
    quotes: tuple[str, ...]
    #: Source of the earliest capture when this document is a re-scrape.
    duplicate_of: str | None
    #: Role and rule of every line of :attr:`text` (an oracle single-document pass).
    roles: tuple[tuple[Role, str], ...]

    @property
    def size(self) -> int:
        """Size of the text in UTF-8 bytes."""
        return len(self.text.encode("utf-8"))

    def article(self) -> Article:
        """The :class:`Article` a perfect single-document pass would give."""
        lines = self.text.split("\n")
        body: list[str] = []
        body_lines: list[int] = []
        removed: list[Removed] = []
        field_lines: list[Line] = []
        for i, (text, (role, rule)) in enumerate(zip(lines, self.roles)):
            if role == "blank":
                continue
            if role == "body":
                body.append(text)
                body_lines.append(i)
            elif role == "chrome":
                removed.append(Removed(line=i, text=text, rule=rule))
            else:
                field_lines.append(Line(number=i, text=text, role=role, rule=rule))
        return Article(
            site=self.site_name,
            captured=self.captured,
            title=self.title,
            published=self.published,
            authors=self.authors,
            body=tuple(body),
            removed=tuple(removed),
            source=self.source,
            body_lines=tuple(body_lines),
            field_lines=tuple(field_lines),
        )


def build_article(
    body: Sequence[str],
    *,
    source: str | None = None,
    site: str | None = "Example.Net",
    captured: dt.date | None = None,
    title: str | None = "Harbour works resume after the storm",
    dateline: str | None = "12 March 2021 16:20 (UTC+04:00)",
    byline: str | None = None,
    chrome: Sequence[str] = (),
) -> Article:
    """An :class:`Article` as the single-document pass would give for a page with these
    parts (blank lines between blocks, as in the seeds), without parsing anything."""
    lines: list[tuple[str, Role, str]] = []

    def block(text: str, role: Role, rule: str) -> None:
        if lines:
            lines.append(("", "blank", ""))
        lines.append((text, role, rule))

    if site is not None:
        block(site, "site", "field.site")
    if captured is not None:
        banner = f"{captured.strftime('%A')} {_MONTHS[captured.month - 1]} {captured.day}"
        block(f"{banner} {captured.year}", "captured", "field.captured")
    if title is not None:
        block(title, "title", "field.title")
    if dateline is not None:
        block(dateline, "dateline", "field.dateline")
    if byline is not None:
        block(byline, "byline", "field.byline")
    for p in body:
        block(p, "body", "body.prose")
    for c in chrome:
        block(c, "chrome", "synth.chrome")
    doc = SynthDoc(
        text="\n".join(t for t, _, _ in lines),
        source=source or "",
        site="",
        site_name=site or "",
        captured=captured or dt.date(2024, 1, 1),
        title=title or "",
        published=dt.datetime(2021, 3, 12, 16, 20),
        authors=(),
        body=tuple(body),
        background_paragraphs=(),
        background_edits=(),
        template_lines=(),
        quotes=(),
        duplicate_of=None,
        roles=tuple((r, rule) for _, r, rule in lines),
    )
    return attrs.evolve(
        doc.article(), site=site, captured=captured, title=title, published=None, source=source
    )


def make_site(seed: int, index: int) -> SynthSite:
    """Site ``index`` of the corpus generated from ``seed``."""
    rng = random.Random(f"{seed}/site/{index}")
    stem = _made_up_words(rng, 1, 1).lower().replace("ä", "a").replace("ö", "o")
    stem = f"{stem}{index}"
    name = f"{_cap(stem)}.{rng.choice(('Az', 'Net', 'News', 'Info', 'Today', 'Com'))}"
    domain = f"{stem}.{rng.choice(_TLDS)}"
    url_sources = rng.random() < 0.75
    backgrounds = [_background_paragraph(rng) for _ in range(rng.randint(1, 3))]
    footer = [c.format(handle=_cap(stem)) for c in rng.sample(_FOOTER_CHROME, 4)]
    footer.insert(rng.randrange(len(footer) + 1), _made_up_words(rng, 2, 5))
    return SynthSite(
        index=index,
        name=name,
        domain=domain,
        url_sources=url_sources,
        key=domain if url_sources else name.casefold(),
        zone=rng.choice(_ZONES),
        background=tuple(t for t, _ in backgrounds),
        background_dates=tuple(d for _, d in backgrounds),
        background_share=tuple(round(rng.uniform(0.3, 0.8), 2) for _ in backgrounds),
        body_template=_made_up_words(rng, 2, 4),
        footer=tuple(footer),
    )


def _quote(seed: int, q: int) -> str:
    rng = random.Random(f"{seed}/quote/{q}")
    return (
        f'"{_cap(_clause(rng))}, and we expect {_np(rng)} to {rng.choice(_VERBS)} {_obj(rng)},"'
        f" the {rng.choice(_ORGS)} said in a joint statement issued to news agencies."
    )


def _is_rescrape(seed: int, site: int, k: int) -> int | None:
    """The site-local index of the document that ``k`` re-scrapes, or None."""
    if k < 2:
        return None
    rng = random.Random(f"{seed}/{site}/{k}/rescrape")
    if rng.random() >= _RESCRAPE_SHARE:
        return None
    return rng.randrange(k)


def _origin(seed: int, site: int, k: int) -> int:
    while (prev := _is_rescrape(seed, site, k)) is not None:
        k = prev
    return k


def _source(site: SynthSite, k: int, rescrape: bool) -> str:
    if site.url_sources:
        url = f"https://www.{site.domain}/news/{k:07d}"
        return f"{url}?output=amp&capture={k}" if rescrape else url
    return f"captures/{site.domain}/{k:07d}.txt"


def _document(seed: int, site: SynthSite, k: int, quote_texts: tuple[str, ...]) -> SynthDoc:
    origin = _origin(seed, site.index, k)
    rng = random.Random(f"{seed}/{site.index}/{origin}/content")
    title = _title(rng)
    published = dt.datetime(2019, 1, 1, 6, 0) + dt.timedelta(
        days=rng.randrange(1500), minutes=rng.randrange(14 * 60)
    )
    authors = tuple(_person(rng) for _ in range(rng.choice((0, 1, 1, 1, 2))))
    paragraphs = [_paragraph(rng) for _ in range(rng.randint(5, 12))]
    quotes: list[str] = []
    for q, quote in enumerate(quote_texts):
        # Quote q appears in one article of every other site at most.
        if origin == 2 * q + 1 and (site.index + q) % 2 == 0:
            paragraphs.insert(rng.randrange(1, len(paragraphs)), quote)
            quotes.append(quote)
    background: list[str] = []
    edits: list[str] = []
    for text, date, share in zip(site.background, site.background_dates, site.background_share):
        if rng.random() < share:
            kind = rng.choices(EDIT_KINDS, _EDIT_WEIGHTS)[0]
            edited = _edit(rng, text, date, kind)
            background.append(edited)
            edits.append(kind)
    paragraphs.extend(background)

    render = random.Random(f"{seed}/{site.index}/{k}/render")
    captured = dt.date(2024, 1, 1) + dt.timedelta(days=k // 4)
    body = list(paragraphs)
    template: list[str] = []
    if render.random() < 0.8:
        body.insert(render.randint(2, len(paragraphs) - 2), site.body_template)
        template.append(site.body_template)

    zone_text, _ = site.zone
    dateline = f"{published.day} {_MONTHS[published.month - 1]} {published.year}"
    dateline += f" {published.hour:02d}:{published.minute:02d} {zone_text}"
    banner = f"{captured.strftime('%A')} {_MONTHS[captured.month - 1]} {captured.day}"
    banner += f" {captured.year}"
    lines: list[tuple[str, Role, str]] = [
        (site.name, "site", "field.site"),
        ("", "blank", ""),
        (banner, "captured", "field.captured"),
        ("", "blank", ""),
        (title, "title", "field.title"),
        ("", "blank", ""),
        (dateline, "dateline", "field.dateline"),
        (title, "chrome", "title.duplicate"),
        ("", "blank", ""),
    ]
    if authors:
        lines += [(f"By {' and '.join(authors)}", "byline", "field.byline"), ("", "blank", "")]
    for p in body:
        lines += [(p, "body", "body.prose"), ("", "blank", "")]
    lines.append(("--", "chrome", "separator"))
    footer = list(site.footer)
    if k != origin:  # a re-scrape carries other chrome
        footer.insert(render.randrange(len(footer) + 1), "Already a subscriber? Log in")
    for f in footer:
        lines += [("", "blank", ""), (f, "chrome", "synth.chrome")]
    rescrape = k != origin
    return SynthDoc(
        text="\n".join(t for t, _, _ in lines),
        source=_source(site, k, rescrape),
        site=site.key,
        site_name=site.name,
        captured=captured,
        title=title,
        published=published,
        authors=authors,
        body=tuple(body),
        background_paragraphs=tuple(background),
        background_edits=tuple(edits),
        template_lines=tuple(template),
        quotes=tuple(quotes),
        duplicate_of=_source(site, origin, False) if rescrape else None,
        roles=tuple((r, rule) for _, r, rule in lines),
    )


def iter_corpus(n_docs: int, n_sites: int, seed: int = 0) -> Iterator[SynthDoc]:
    """Stream ``n_docs`` documents over ``n_sites`` sites (round robin), in constant memory.

    Document ``i`` belongs to site ``i % n_sites``; it is the same document whatever
    ``n_docs`` is, so prefixes of a corpus are corpora too.
    """
    if n_sites < 1:
        raise ValueError(f"n_sites must be >= 1, got {n_sites}")
    quote_texts = tuple(_quote(seed, q) for q in range(_QUOTES))
    sites = [make_site(seed, s) for s in range(min(n_sites, max(n_docs, 1)))]
    for i in range(n_docs):
        site = sites[i % n_sites]
        yield _document(seed, site, i // n_sites, quote_texts)


def generate_corpus(n_docs: int, n_sites: int, seed: int = 0) -> list[SynthDoc]:
    """The first ``n_docs`` documents of :func:`iter_corpus` as a list."""
    return list(iter_corpus(n_docs, n_sites, seed))
