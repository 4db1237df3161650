"""Field grammars for bylines, author names, site mastheads and titles.

Pure functions on one line of text; the classifier calls them line by line, so each starts
with a cheap test (a prefix, a length, a character) before any heavier regex, and every regex
uses bounded repetition only (linear time on any input).

Bylines (:func:`parse_byline`)
    A byline is a prefix (``By``, ``Written by``, ``Words by``, ``Story by``, ``Reporting by``,
    ``Posted by``, ``Author:``, ``Authors:``, ``Von``, ``Par``, ``Por``, ``Di``, ``Door``,
    ``Автор:``, ``Текст:`` ...) followed by names, or a dateline followed by ``by`` and names
    (``Posted on March 12, 2021 by Jane Doe``). After the names the line may carry furniture,
    which is dropped: whatever follows a separator (``|``, ``•``, ``·``, ``;``, spaced dashes,
    a parenthesis), a date, a reading time, or a word such as ``on``/``for``/``in``. The name
    list is split on commas and on ``and``/``&``/``und``/``et``/``y``/``e``/``и``/``en``.
    Each item is then

    * an agency (``Reuters``, ``AP``, ``The Associated Press``) or a publication (``The
      Washington Post``): dropped, but kept as the author when the byline names no person;
    * a job title (``Staff Writer``, ``Senior Correspondent``): dropped;
    * a credential (``MS``, ``RD``, ``PhD``, ``MD``, ``CFP®``): kept attached to the name before
      it, so ``By Dylan Bailey, MS, RD, FAND`` gives one author ``Dylan Bailey, MS, RD, FAND``
      (the form sites print and the WCXB gold uses);
    * a name: 1 to 5 capitalised tokens (letters, hyphens, apostrophes, initials such as
      ``J.``), with particles (``van``, ``de``, ``von``, ``da``, ``bin``, ``al-`` ...) and
      suffixes (``Jr.``, ``III``), at most 60 characters, no sentence words (``the``, ``you``,
      ``clicking`` ...).

    Anything else makes the line not a byline (``By subscribing to ...``, ``By the end of the
    year``, ``By 2030 the city will ...``). ``Reporting by A; Editing by B`` gives ``(A,)``:
    the reporters write the story, the editors do not sign it.

Names without a prefix (:func:`looks_like_person_name`, :func:`clean_author_line`)
    Stricter: 2 to 5 tokens, no token from the list of common page words (``Related``,
    ``Articles``, ``Home`` ...), optional credentials after a comma.

Mastheads (:func:`parse_site_name`)
    A domain-like line (``Azernews.Az``, ``www.example.co.uk``, ``https://TheGuardian.com/``;
    the scheme, ``www.`` and a trailing slash are removed, the case kept) or a short brand line
    with a newspaper word (``The Daily Courier``, ``Berliner Zeitung``); else None.

Titles (:func:`normalize_title`, :func:`split_title_suffix`)
    ``normalize_title`` gives the key used to compare title candidates. ``split_title_suffix``
    splits ``Title | Site`` / ``Title - Site`` / ``Title — Site`` (and ``site.com: Title``)
    only at a spaced separator whose short side looks like a site name.
"""

from __future__ import annotations

import unicodedata

import regex

from .dates import find_date, parse_dateline

__all__ = [
    "clean_author_line",
    "looks_like_person_name",
    "normalize_title",
    "parse_byline",
    "parse_site_name",
    "split_title_suffix",
]

#: Longest line considered for a byline or a name line.
_MAX_BYLINE = 200
#: Longest line read as "<dateline> by <names>".
_MAX_INNER_BY = 160
#: Longest line that can be a bare name line (names and credentials).
_MAX_NAME_LINE = 120
#: Longest single author name.
_MAX_NAME = 60
#: Most tokens in one name (particles and initials included).
_MAX_NAME_TOKENS = 6
#: Most capitalised tokens in one name.
_MAX_NAME_WORDS = 5

# --------------------------------------------------------------------------------------------
# Word lists (data)
# --------------------------------------------------------------------------------------------

#: Lower-case parts of names.
_PARTICLES = frozenset(
    """van von der den de del della dei degli di da das dos do du la le les lo bin ibn bint
    al el ter ten zu af av y e und ben""".split()
)
#: Name suffixes.
_SUFFIXES = frozenset("jr jr. sr sr. ii iii iv v".split())

#: Words that are never (part of) a person's name in a byline: sentence words, the words of
#: sign-up and consent prompts, weekdays, and nouns that follow "by" in ordinary prose.
_NOT_NAME = frozenset(
    """a an the this that these those our your you we i it its he she they them his her their by
    my me us to of for with and or but on in at from as if so than then now today here there
    all any some more most many much no not yes none every each other such same own just only
    also too very can will would should could may might must shall do does did done be is are
    was were been being have has had having get gets got make made take taken clicking
    subscribing continuing using signing registering creating submitting entering joining
    logging accessing visiting browsing reading purchasing buying selling checking selecting
    choosing providing accepting agreeing completing doing making taking having being working
    comparison contrast default design far contrast end way time day week month year years
    night noon midnight morning evening afternoon means chance accident mistake nature law
    hand name email mail phone post car bus train plane air sea land foot number numbers date
    category categories topic topics region regions type price brand popularity relevance
    rating ratings size color colour location country state city author authors tag tags
    continue accept agree terms policy privacy cookies cookie sign login log register
    subscribe subscription submit click here please
    monday tuesday wednesday thursday friday saturday sunday""".split()
)

#: Common title-case words of page chrome, never a person's name on a line of its own.
_CHROME_WORDS = frozenset(
    """home news about contact privacy policy terms conditions related articles article posts
    post latest popular share follow subscribe newsletter sign login menu search more read
    comments comment categories category tags tag archives archive recent top best guide
    blog page pages next previous back main skip content video videos photos photo gallery
    world business sports sport politics opinion culture science technology health travel
    entertainment lifestyle weather local national international economy markets market
    breaking live trending editor editors staff team desk service services support help faq
    shop store cart account profile settings view all see load show reply print email
    advertisement sponsored copyright rights reserved cookie cookies accept deny reject
    manage preferences notifications download app apps free trial now today yesterday
    tomorrow new old first last part chapter episode review reviews summary introduction
    conclusion overview table contents references sources notes footnotes disclaimer
    feature features product products pricing solutions resources company careers jobs
    events event community forum forums podcast podcasts newsletters magazine subscribe
    facebook twitter instagram linkedin youtube tiktok pinterest whatsapp telegram reddit
    google apple amazon microsoft""".split()
)

#: News agencies: dropped from a name list, kept as the author when no person is named.
_AGENCIES = frozenset(
    """reuters ap afp dpa efe ansa xinhua tass ria upi kyodo yonhap anadolu ians pti ani apa
    sda kna epa pa bloomberg interfax cnn bbc aap cp
    ассошиэйтед тасс риа интерфакс""".split()
) | frozenset(
    {
        "associated press",
        "the associated press",
        "agence france-presse",
        "agence france presse",
        "press association",
        "the canadian press",
        "canadian press",
        "риа новости",
        "reuters staff",
        "ap staff",
        "afp staff",
    }
)

#: Last words of publication names ("The Washington Post", "Fox News").
_PUBLICATION_WORDS = frozenset(
    """post times news press journal herald tribune magazine daily gazette telegraph guardian
    media network agency wire today review chronicle observer standard express insider
    report reporter courier examiner independent mirror star sun bulletin dispatch register
    inquirer enquirer monitor globe mail record gazette weekly online digital tv radio
    zeitung allgemeine rundschau nachrichten tageblatt kurier presse journal quotidien
    diario periódico noticias corriere gazzetta notizie jornal folha krant dagblad nieuws
    courant газета новости вести известия""".split()
)

#: Words of job titles after a name ("Staff Writer", "Senior Correspondent").
_TITLE_WORDS = frozenset(
    """writer writers correspondent correspondents editor editors reporter reporters
    contributor contributors columnist columnists journalist journalists staff analyst
    analysts producer producers photographer photographers photojournalist expert experts
    director chief bureau desk intern author authors critic critics specialist manager
    founder co-founder ceo cto cfo president professor researcher head lead officer
    strategist consultant freelance freelancer blogger anchor host presenter contributing
    senior associate assistant deputy executive managing special correspondente editorial
    team fellow scientist economist commentator investigator
    redakteur redakteurin korrespondent korrespondentin autor autorin reporterin
    journaliste correspondant correspondante rédacteur rédactrice envoyé envoyée spécial
    spéciale periodista corresponsal redactor redactora enviado enviada especial
    giornalista inviato inviata redattore redattrice corrispondente
    correspondent verslaggever redacteur
    корреспондент корреспондентка обозреватель редактор журналист журналистка""".split()
)

#: Credentials written after a name with mixed case (all-caps ones are found by shape).
_MIXED_CREDENTIALS = frozenset(
    """phd ph.d ph.d. msc m.sc bsc b.sc mph drph med m.ed edd ed.d psyd psy.d pharmd
    pharm.d dphil mbbs m.d. m.d md. ma m.a. ba b.a. rn r.n. esq esq. jd j.d.
    jr jr. sr sr.""".split()
)

#: Words of masthead brand lines ("The Daily Courier", "Berliner Zeitung").
_BRAND_WORDS = _PUBLICATION_WORDS - frozenset({"report", "reporter", "record", "review"})
#: Words that make a line with a brand word chrome, not a masthead ("Latest News").
_BRAND_CHROME = frozenset(
    """latest breaking more top local world business sports sport related recent popular
    trending all home live good fake sign subscribe follow read see view our your my""".split()
)

#: Generic top-level domains accepted in masthead lines (any two letters are a country).
_GENERIC_TLDS = frozenset(
    """com net org info biz edu gov mil int io co ai app dev news online site blog tv fm me
    ly xyz top club live media press today world global asia eu africa tech store shop
    website space life digital network agency center centre services solutions group
    company studio design guide health travel finance money market markets report review
    reviews wiki cloud email link click one plus pro name mobi coop aero museum jobs tel
    post law legal london berlin paris nyc moscow tokyo""".split()
)
#: Two-letter endings that are file extensions far more often than domains on a page.
_FILE_EXTENSIONS = frozenset("js py md rs ts sh gz cs db el hs ml mm ps rb so xz".split())

# --------------------------------------------------------------------------------------------
# Regular expressions
# --------------------------------------------------------------------------------------------

# "By", "Written by", "Author:", "Von" ... at the start of a line.
_PREFIX = regex.compile(
    r"""
    \s{0,4}[\-–—•·*]?\s{0,3}
    (?:
        (?P<by>
            (?i:(?:written|words|story|text|reporting|reported|posted|article|report|
                  photos?\s{1,2}and\s{1,2}text|interview|compiled|edited|published)\s{1,3})?
            (?i:by)
        )(?:\s{0,3}:\s{0,3}|\s{1,3})
      |
        (?P<label>
            (?i:authors?|author\(s\)|autor(?:es|en|in)?|auteurs?|auteure?|autore|autori|
                autora|autoras|писатель|авторы|автор|текст|byline|writer|written\s{1,2}by|
                redacción|redaktion|texto|texte|text|door)
        )\s{0,3}:\s{0,3}
      |
        (?P<lang>Von|VON|Par|PAR|Por|POR|Di|DI|Door|DOOR|Автор|АВТОР|Текст|ТЕКСТ)
        \s{1,3}
    )
    """,
    regex.VERBOSE,
)

# A "by" inside a line, after a dateline ("Posted on March 12, 2021 by Jane Doe").
_INNER_BY = regex.compile(r"(?<![\p{L}\p{N}])(?i:by|par|por|von|door)\s{1,3}(?=\S)")

# Where the names end: a separator, a parenthesis, or a connecting word.
_CUT = regex.compile(
    r"""
    \s{0,3}(?:[|•·⋅;/(\[\t]|\N{BULLET OPERATOR})
  | \s[\-–—]{1,2}(?:\s|$)
  | \s{1,3}(?i:on|at|in|for|from|updated|published|posted|last|via|special\s{1,2}to|
               am|le|el|em|il|op|den|um)\s
  | \s{1,3}(?i:updated|published|posted|reviewed|fact-checked|edited|photos?|illustrations?)
    (?![\p{L}])
    """,
    regex.VERBOSE,
)

# Name list separators: comma, and/&/und/et/y/e/и/en.
_LIST_SEP = regex.compile(
    r"\s{0,3},\s{0,3}(?:(?i:and|&)\s{1,3})?|\s{1,3}(?:(?i:and)|&|und|et|y|e|и|en|og|och)\s{1,3}"
)

_TOKEN_NAME = regex.compile(
    r"""
    (?:
        # Jane, McDonald, O'Brien, Jean-Luc, DeShawn, JANE, d'Alembert, al-Rashid
        (?:(?i:d|l|o|al|el|ul|ben|bin|abu|ibn|mc|mac)['’\-])?
        \p{Lu}[\p{Ll}\p{Lu}\p{M}'’]{0,24}(?:-\p{L}[\p{Ll}\p{Lu}\p{M}'’]{0,24}){0,2}
      |
        # initials: J. / J / J.R. / J.-P.
        \p{Lu}\.?(?:-?\p{Lu}\.){0,3}
    )
    """,
    regex.VERBOSE,
)

_INITIAL = regex.compile(r"\p{Lu}\.(?:-?\p{Lu}\.){0,3}")

_CREDENTIAL = regex.compile(r"[\p{Lu}][\p{Lu}.\-]{1,9}®?(?:\s{1,2}\d{1,4})?|[\p{Lu}]{2,8}®")

_USERNAME = regex.compile(r"[\p{Ll}\p{N}_][\p{Ll}\p{N}_.\-]{1,30}")

_DOMAIN = regex.compile(
    r"""
    (?i:https?://)?(?i:www\.)?
    (?P<d>
        [\p{L}\p{N}][\p{L}\p{N}\-]{0,62}
        (?:\.[\p{L}\p{N}][\p{L}\p{N}\-]{0,62}){0,3}
        \.(?P<tld>\p{L}{2,24})
    )
    /?
    """,
    regex.VERBOSE,
)

_DIGIT = regex.compile(r"\d")

# Spaced separators between a title and a site name (and a cheap test for them).
_SEPARATOR_CHARS = ("|", " -", " \N{EN DASH}", " \N{EM DASH}", "::", "•", "·", "»", "~", ": ")
_TITLE_SEP = regex.compile(r"\s{1,3}(?:\||[\-–—]{1,2}|::|•|·|»|~)\s{1,3}|\s{0,3}\|\s{0,3}")
_PREFIX_SEP = regex.compile(r"\s{0,3}:\s{1,3}|\s{1,3}(?:\||[\-–—]{1,2}|::|•|·|»)\s{1,3}")

_TITLE_CHARS = str.maketrans(
    {
        "\N{HYPHEN}": "-",
        "\N{NON-BREAKING HYPHEN}": "-",
        "\N{FIGURE DASH}": "-",
        "\N{EN DASH}": "-",
        "\N{EM DASH}": "-",
        "\N{HORIZONTAL BAR}": "-",
        "\N{MINUS SIGN}": "-",
        "\N{TWO-EM DASH}": "-",
        "\N{THREE-EM DASH}": "-",
        "\N{SMALL EM DASH}": "-",
        "\N{SMALL HYPHEN-MINUS}": "-",
        "\N{FULLWIDTH HYPHEN-MINUS}": "-",
        "\N{ARMENIAN HYPHEN}": "-",
        "\N{HEBREW PUNCTUATION MAQAF}": "-",
        "\N{LEFT SINGLE QUOTATION MARK}": "'",
        "\N{RIGHT SINGLE QUOTATION MARK}": "'",
        "\N{SINGLE LOW-9 QUOTATION MARK}": "'",
        "\N{SINGLE HIGH-REVERSED-9 QUOTATION MARK}": "'",
        "\N{PRIME}": "'",
        "\N{ACUTE ACCENT}": "'",
        "\N{GRAVE ACCENT}": "'",
        "\N{LEFT DOUBLE QUOTATION MARK}": '"',
        "\N{RIGHT DOUBLE QUOTATION MARK}": '"',
        "\N{DOUBLE LOW-9 QUOTATION MARK}": '"',
        "\N{DOUBLE HIGH-REVERSED-9 QUOTATION MARK}": '"',
        "\N{DOUBLE PRIME}": '"',
        "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}": '"',
        "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}": '"',
    }
)

# --------------------------------------------------------------------------------------------
# Names
# --------------------------------------------------------------------------------------------


def _fold(word: str) -> str:
    return word.casefold().strip(".,'’")


def _is_name(text: str, *, min_words: int = 1, strict: bool = False) -> bool:
    """Whether ``text`` is one person's name (see the module doc)."""
    if not text or len(text) > _MAX_NAME:
        return False
    tokens = text.split()
    if not 1 <= len(tokens) <= _MAX_NAME_TOKENS:
        return False
    words = 0
    for i, token in enumerate(tokens):
        if _INITIAL.fullmatch(token) is not None:
            continue
        low = _fold(token)
        if low in _NOT_NAME:
            return False
        if strict and low in _CHROME_WORDS:
            return False
        if i > 0 and (low in _PARTICLES or low in _SUFFIXES) and not token[0].isupper():
            continue
        if i > 0 and low in _SUFFIXES:
            continue
        if _TOKEN_NAME.fullmatch(token.rstrip(",")) is None:
            return False
        if sum(ch.isalpha() for ch in token) >= 2:
            words += 1
    if not min_words <= words <= _MAX_NAME_WORDS:
        return False
    # a lone all-caps short token is an acronym (NASA, CNN), not a name
    return not (len(tokens) == 1 and tokens[0].isupper() and len(tokens[0]) <= 5)


def _starts_like_name(line: str) -> bool:
    """A cheap first test for a name line: a capital, then a first word that can be a name."""
    if not line[:1].isupper():
        return False
    first = _fold(line.split(None, 1)[0])
    return first not in _NOT_NAME and first not in _CHROME_WORDS


def _is_credential(item: str) -> bool:
    if _fold(item) in _MIXED_CREDENTIALS or item.casefold() in _MIXED_CREDENTIALS:
        return True
    return _CREDENTIAL.fullmatch(item) is not None and _fold(item) not in _NOT_NAME


def _is_agency(item: str) -> bool:
    return " ".join(item.casefold().split()) in _AGENCIES


def _is_publication(item: str) -> bool:
    tokens = item.split()
    if not 1 <= len(tokens) <= 6 or not item[:1].isupper():
        return False
    last = _fold(tokens[-1])
    return last in _PUBLICATION_WORDS and (len(tokens) > 1 or last != _fold(item))


def _is_job_title(item: str) -> bool:
    words = [_fold(w) for w in item.split()]
    if not words or len(words) > 10:
        return False
    return any(w in _TITLE_WORDS for w in words)


def _names(segment: str, *, strict: bool) -> tuple[str, ...] | None:
    """Split a name list and keep the names; None when an item is not a name."""
    names: list[str] = []
    agencies: list[str] = []
    for raw in _LIST_SEP.split(segment):
        item = raw.strip(" \t.,:;'\"’“”")
        if raw.rstrip().endswith(".") and _is_credential(raw.strip()):
            item = raw.strip()
        if not item:
            continue
        if _is_agency(item):
            agencies.append(item)
        elif _is_job_title(item):
            continue
        elif names and _is_credential(item):
            names[-1] = f"{names[-1]}, {item}"
        elif _is_name(item, min_words=2 if strict else 1, strict=strict):
            names.append(item)
        elif _is_publication(item) and (names or not strict):
            agencies.append(item)
        else:
            return None
    if names:
        return tuple(names)
    if agencies and not strict:
        return tuple(agencies)
    return None


def _name_segment(rest: str) -> str:
    """The part of a byline after its prefix that holds the names."""
    cut = _CUT.search(rest)
    if cut is not None:
        rest = rest[: cut.start()]
    if any(ch.isdigit() for ch in rest):
        date = find_date(rest)
        if date is not None:
            rest = rest[: date.start]
    return rest.strip()


def _username(segment: str) -> tuple[str, ...] | None:
    """A lone lower-case user name after "by" ("by admin")."""
    token = segment.strip()
    if _USERNAME.fullmatch(token) is None or token.casefold() in _NOT_NAME:
        return None
    if token.isdigit() or token.casefold() in _CHROME_WORDS:
        return None
    return (token,)


def _byline_names(rest: str, *, allow_username: bool) -> tuple[str, ...] | None:
    first = rest.lstrip()[:1]
    if not first or (first.islower() and not allow_username) or first.isdigit():
        return None
    segment = _name_segment(rest)
    if not segment or (segment[0].islower() and " " in segment):
        return None
    names = _names(segment, strict=False)
    if names is None and allow_username and " " not in segment:
        names = _username(segment)
    return names


def parse_byline(text: str) -> tuple[str, ...] | None:
    """The author names of a byline, or None when the line is not a byline."""
    if not isinstance(text, str) or len(text) > _MAX_BYLINE or not text.strip():
        return None
    prefix = _PREFIX.match(text)
    if prefix is not None:
        rest = text[prefix.end() :]
        if prefix.group("lang") is not None and rest[:1].islower():
            return None
        # a lone lower-case user name only when the line ends there or furniture follows
        return _byline_names(rest, allow_username=prefix.group("lang") is None)
    # "Posted on March 12, 2021 by Jane Doe": a dateline, then "by" and the names
    if len(text) > _MAX_INNER_BY or _DIGIT.search(text) is None:
        return None
    low = text.casefold()
    if not any(word in low for word in (" by ", " par ", " por ", " von ", " door ")):
        return None
    for inner in _INNER_BY.finditer(text):
        head = text[: inner.start()]
        if head.strip() and parse_dateline(head) is not None:
            return _byline_names(text[inner.end() :], allow_username=True)
    return None


def looks_like_person_name(text: str) -> bool:
    """Whether a line is just a person's name (``Jane Doe``, ``Dylan Bailey, MS, RD, FAND``).

    Conservative: 2 to 5 capitalised tokens, no common page word (``Related Articles``), no
    digits except in a credential, optional credentials after a comma.
    """
    if not isinstance(text, str):
        return False
    line = text.strip()
    if not 3 <= len(line) <= _MAX_NAME_LINE or not _starts_like_name(line):
        return False
    if line[-1] in ".!?:" and not _is_credential(line.split()[-1]):
        return False
    head, _, tail = line.partition(",")
    if not _is_name(head.strip(), min_words=2, strict=True):
        return False
    if not tail:
        return True
    return all(_is_credential(part.strip()) for part in tail.split(",") if part.strip())


def clean_author_line(text: str) -> tuple[str, ...] | None:
    """The names of a line that holds only author names, without a ``By`` prefix.

    ``Jane Doe`` -> ``("Jane Doe",)``; ``Jane Doe and John Roe`` -> both; ``Jane Doe, Staff
    Writer`` -> ``("Jane Doe",)``; ``Dylan Bailey, MS, RD, FAND`` -> one author with the
    credentials kept; furniture after a separator (``| March 3, 2021``) is dropped. Stricter
    than :func:`parse_byline`: every name needs two capitalised tokens and no common page
    word. None for anything else.
    """
    if not isinstance(text, str) or len(text) > _MAX_BYLINE or not text.strip():
        return None
    if _PREFIX.match(text) is not None:
        return parse_byline(text)
    line = text.strip()
    if len(line) > _MAX_NAME_LINE or not _starts_like_name(line):
        return None
    if line[-1] in ".!?:" and not _is_credential(line.split()[-1]):
        return None
    cut = _CUT.search(line)
    segment = line if cut is None else line[: cut.start()].strip()
    if not segment or _DIGIT.search(segment) is not None:
        return None
    return _names(segment, strict=True)


# --------------------------------------------------------------------------------------------
# Sites
# --------------------------------------------------------------------------------------------


def _domain(text: str) -> str | None:
    m = _DOMAIN.fullmatch(text)
    if m is None:
        return None
    tld = m.group("tld").casefold()
    if len(tld) == 2:
        if tld in _FILE_EXTENSIONS:
            return None
    elif tld not in _GENERIC_TLDS:
        return None
    return m.group("d")


def _brand(text: str) -> str | None:
    words = text.split()
    if not 2 <= len(words) <= 5 or len(text) > 40 or not words[0][:1].isupper():
        return None
    if text[-1] in ".!?:;," or any(ch.isdigit() for ch in text):
        return None
    folded = [_fold(w) for w in words]
    if not any(w in _BRAND_WORDS for w in folded):
        return None
    if any(w in _BRAND_CHROME for w in folded):
        return None
    for word, low in zip(words, folded):
        if not (word[0].isupper() or low in _CONNECTORS):
            return None
    return " ".join(words)


def parse_site_name(text: str) -> str | None:
    """The site name of a masthead line, or None (see the module doc)."""
    if not isinstance(text, str):
        return None
    line = text.strip()
    if not 2 < len(line) <= 60:
        return None
    if "." in line and " " not in line:
        return _domain(line)
    return _brand(line)


# --------------------------------------------------------------------------------------------
# Titles
# --------------------------------------------------------------------------------------------

#: Small words allowed in lower case inside a site name ("Times of India").
_CONNECTORS = frozenset(
    "of the and & de la le du des der die das el y for on in at van di del da und".split()
)
#: Words that make the short side of a title a subtitle, not a site ("Part 1", "Review").
_SUBTITLE_WORDS = frozenset(
    """part chapter episode vol volume review reviews live update updates updated explained
    opinion analysis photos photo video videos recap interview trailer transcript full text
    watch listen podcast preview guide edition season""".split()
)


_TRAILING_PUNCT = " .,;:!?"


def normalize_title(text: str) -> str:
    """A comparison key for titles: NFKC, casefolded, quotes and dashes unified, spaces
    collapsed, trailing punctuation removed."""
    if not isinstance(text, str):
        return ""
    out = text.lower() if text.isascii() else unicodedata.normalize("NFKC", text).casefold()
    out = " ".join(out.translate(_TITLE_CHARS).split())
    return out.rstrip(_TRAILING_PUNCT)


def _site_like(part: str) -> bool:
    part = part.strip()
    if not 2 <= len(part) <= 40:
        return False
    if parse_site_name(part) is not None:
        return True
    words = part.split()
    if len(words) > 5 or part[-1] in ".!?:;,\"'”’)":
        return False
    folded = [_fold(w) for w in words]
    if all(w in _SUBTITLE_WORDS or w.isdigit() for w in folded):
        return False
    if folded[0] in _SUBTITLE_WORDS:
        return False
    for i, (word, low) in enumerate(zip(words, folded)):
        if low in _CONNECTORS and i > 0:
            continue
        if not (word[0].isupper() or word[0].isdigit()):
            return False
    return True


def _title_like(part: str, other: str) -> bool:
    part = part.strip()
    return len(part) > len(other.strip()) and (len(part.split()) >= 2 or len(part) >= 12)


def split_title_suffix(text: str) -> tuple[str, str | None]:
    """``("Title", "Site")`` for ``Title | Site``, ``Title - Site``, ``Title — Site`` or
    ``site.com: Title``; ``(text, None)`` when no spaced separator splits off a short
    site-like part (``Covid-19``, ``X - the story`` stay whole)."""
    if not isinstance(text, str):
        return "", None
    if len(text) > 400 or not any(sep in text for sep in _SEPARATOR_CHARS):
        return text, None
    seps = list(_TITLE_SEP.finditer(text))
    if seps:
        last = seps[-1]
        left, right = text[: last.start()], text[last.end() :]
        if _site_like(right) and _title_like(left, right):
            site = right.strip()
            title = left.strip()
            # "Title | Section | Site": drop further short pipe-separated sections
            while "|" in title:
                head, _, section = title.rpartition("|")
                if not (_site_like(section) and len(section.split()) <= 3):
                    break
                if not _title_like(head, section):
                    break
                title = head.strip()
            return title, site
    first = _PREFIX_SEP.search(text)
    if first is not None:
        left, right = text[: first.start()], text[first.end() :]
        site_name = parse_site_name(left)
        if site_name is not None and _title_like(right, left):
            return right.strip(), site_name
    return text, None
