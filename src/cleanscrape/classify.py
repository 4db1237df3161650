"""Classification: every line of a normalized text gets one role and the reason for it.

The algorithm (see ``docs/algorithm.md`` for the long form):

1. **Alone.** Each non-blank line is measured once: length, words, terminal punctuation,
   share of function words, and the chrome rule (if any) that matches it.
2. **The article run.** Each line gets a weight: positive for prose (long, punctuated,
   rich in function words), negative for chrome and for short unpunctuated lines. The
   article is the contiguous run of lines with the largest total weight (a maximum
   sub-array), never crossing a line that starts a comment section or a related-links
   block after the prose has begun.
3. **In context.** Inside the run, rule matches are chrome, short lines followed by prose
   are subheadings (body), runs of short title-like lines are link lists (chrome). Outside
   the run everything is chrome (``struct.header`` / ``struct.footer``) except field lines.
4. **Fields.** Near the run's start: the title (a title-like line, preferring one that
   repeats, that matches the URL slug, or that a dateline or byline follows), the
   dateline, the byline; before the title: the masthead (site) and a capture banner.
   Repeats of the title anywhere are ``title.duplicate``.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import compress, pairwise
from operator import attrgetter

import regex

from . import fields
from ._scan import lines_holding
from .features import (
    END_RULES,
    PROSE_MIN_WORDS,
    Features,
    Verdict,
    is_list_item,
    is_prose,
    measure_lines,
)
from .head import past_fields, pick_fields, slug_words
from .rules import RuleSet

__all__ = ["Verdict", "classify"]


# Rule categories whose lines come in blocks (see _absorb_blocks).
_BLOCK_CATEGORIES = frozenset({"paywall", "cookie", "newsletter"})
_BLOCK_PREFIXES = tuple(sorted(f"{category}." for category in _BLOCK_CATEGORIES))
# Rules that mark the end of an article's text: body lines between one of them and a
# block of a block category are part of that block (see _absorb_pitches).
_FOOTER_MARKERS = frozenset({"separator", "social.follow", "share.buttons"})
# Rules of "follow us" and share lines, which pitch boxes hold among their sentences.
_SOCIAL = ("social.", "share.")
#: At most this many body lines are taken into a pitch block that way.
_PITCH_MAX_LINES = 4
#: A block takes at most this many lines on each side of a line of its own ...
_BLOCK_REACH = 4
#: A related-articles heading said this many times on a page, with prose between, labels
#: parts of the text instead of ending it (comment markers still end it).
_END_REPEATS = 3
#: The rule of related-articles headings, and of "Read more" links.
_RELATED_RULE = "nav.related"
_MORE_RULE = "nav.more"
#: The run length :func:`_link_runs` gives the lines of a list a sentence introduces.
_INTRODUCED = -1
#: A related-articles heading is a box inside the text when a paragraph follows within
#: this many lines ...
_INLINE_GAP = 5
#: ... with at most this many lines between that no rule names (a headline, a subheading)
_INLINE_LINKS = 2
#: ... the text after it and the text before it each weigh at least this share of the
#: other ...
_INLINE_SHARE = 0.5
#: ... and no more than one "Read more" follows within this many lines (teaser cards).
_INLINE_LOOK = 12
#: ... or of a bare label of fewer words than this (a button, or a link in a menu).
_LABEL_REACH = 2
_LABEL_WORDS = 3
# A dinkus: asterisks (or an asterism) marking a section break inside a text.
_DINKUS = regex.compile(r"\*(?: \*){2,}$|⁂$")

_SHORT_PENALTY = -22.0
_RULE_PENALTY = -45.0
_MID_PENALTY = -6.0
#: A run after the page's title is preferred while it holds this share of the best weight.
_AFTER_TITLE_SHARE = 0.25
_INSIDE_TITLE_SHARE = 0.9
#: A title line matching the URL slug this well is trusted inside the run too.
_STRONG_SLUG = 0.8
#: Under such a title the article starts within this many content lines ...
_NEAR_TITLE = 8
#: ... with a run of at least this weight (about two sentences of prose).
_NEAR_MIN_WEIGHT = 200.0
#: ... and at least this share of the weight of the heaviest run after the title.
_NEAR_SHARE = 0.3
_LIST_WEIGHT = 0.0
#: A line of code (a listing in a tutorial) neither starts nor ends the article: it
#: weighs nothing where other short lines without a sentence's end weigh against the run.
_CODE_WEIGHT = 0.0
#: What marks a line as code: braces, a semicolon, an arrow or a comparison.
_CODE_MARKS = ("{", "}", ";", "=>", "==", "!=")
_SHORT_SENTENCE_WEIGHT = 0.5
#: A heading over a list has at least this many characters ("0" over "00 0 0 0" is none).
_HEADING_MIN_CHARS = 3
_WORD_RE = regex.compile(r"\w+")
_VISIBLE = regex.compile(r"[^\p{Cf}\s]")
#: Lines longer than this are no title: they get no title key.
_TITLE_MAX_CHARS = 300

# The verdicts, made once (a page has thousands of lines and few kinds of verdict).
_BLANK = Verdict("blank", "")
_TITLE_DUPLICATE = Verdict("chrome", "title.duplicate")
_REPEAT = Verdict("chrome", "struct.repeat")
_HEADER = Verdict("chrome", "struct.header")
_FOOTER = Verdict("chrome", "struct.footer")
_SHORT = Verdict("chrome", "struct.short")
_LINKLIST = Verdict("chrome", "struct.linklist")
_PROSE = Verdict("body", "body.prose")
_CONTEXT = Verdict("body", "body.context")
_BY_RULE: dict[str, Verdict] = {}


_RULE_OF = attrgetter("rule")


def _rule_verdict(rule: str) -> Verdict:
    """The verdict for a line a rule matched (one object per rule id)."""
    verdict = _BY_RULE.get(rule)
    if verdict is None:
        verdict = _BY_RULE[rule] = Verdict("chrome", rule)
    return verdict


def _of_block_category(rule: str) -> bool:
    """Whether the rule id is in a block category (``paywall.pitch``, ``cookie``)."""
    return rule.startswith(_BLOCK_PREFIXES) or rule in _BLOCK_CATEGORIES


def _weight(f: Features) -> float:
    if f.rule is not None:
        return _RULE_PENALTY
    if is_prose(f):
        return float(min(f.n, 1200))
    if is_list_item(f):
        if f.full_stop:  # a short statement ("Here's to the next twenty."), no call to action
            return _SHORT_SENTENCE_WEIGHT * f.n
        return _LIST_WEIGHT * f.n
    if f.words < PROSE_MIN_WORDS and not f.terminal:
        return _SHORT_PENALTY
    return _MID_PENALTY


def _best_run(
    weights: Sequence[float], hard: Sequence[bool], offset: int = 0
) -> tuple[int, int, float] | None:
    """Maximum-sum run ``(first, last, sum)`` of ``weights[offset:]`` (indexes into the
    content lines) not crossing a ``hard`` line once positive weight has been collected."""
    best_sum = 0.0
    best: tuple[int, int, float] | None = None
    cur = 0.0
    start = offset
    for i in range(offset, len(weights)):
        w = weights[i]
        if hard[i] and cur > 0:
            cur = 0.0
            start = i + 1
            continue
        if cur <= 0:
            cur = w
            start = i
        else:
            cur += w
        if cur > best_sum:
            best_sum = cur
            best = (start, i, cur)
    return best


def _run_starting_near(
    weights: Sequence[float], hard: Sequence[bool], lo: int, hi: int
) -> tuple[int, int, float] | None:
    """The heaviest run ``(first, last, sum)`` that starts at one of the content lines
    ``lo..hi`` before any ``hard`` line. One backward pass: the best sum of a run starting
    at ``i`` is ``weights[i]`` plus the best starting at ``i + 1`` when that is positive;
    a run does not cross a ``hard`` line."""
    n = len(weights)
    hi = min(hi, n - 1)
    for i in range(lo, hi + 1):
        if hard[i]:  # a related-links heading or a comment section under the title
            hi = i - 1
            break
    if lo > hi:
        return None
    best_sum = [0.0] * (n + 1)
    end = list(range(n + 1))
    for i in range(n - 1, lo - 1, -1):
        nxt = best_sum[i + 1]
        if i + 1 < n and nxt > 0 and not hard[i + 1]:
            best_sum[i] = weights[i] + nxt
            end[i] = end[i + 1]
        else:
            best_sum[i] = weights[i]
            end[i] = i
    # On a tie the later start: a run does not begin with lines of no weight.
    start = max(range(lo, hi + 1), key=lambda i: (best_sum[i], i))
    if best_sum[start] <= 0:
        return None
    return (start, end[start], best_sum[start])


def _slug_anchor(
    texts: Sequence[str], page: str, feats: Sequence[Features], slug: frozenset[str]
) -> tuple[int, float] | None:
    """The content line that best matches the URL slug (the page's title) and how well
    (F1 of its words against the slug's), if any. ``texts`` are the content lines,
    ``page`` those joined by line breaks."""
    if len(slug) < 2:
        return None
    best, best_f = None, 0.5
    for j in _holding_two_slug_words(page, slug):
        f = feats[j]
        if f.rule is not None or f.n > 300 or f.words < 2 or f.words > 40:
            continue
        words = {w for w in _WORD_RE.findall(texts[j].lower()) if len(w) > 2}
        inter = len(words & slug)
        if inter < 2:
            continue
        p, r = inter / len(words), inter / len(slug)
        score = 2 * p * r / (p + r)
        if score > best_f:
            best, best_f = j, score
    return None if best is None else (best, best_f)


def _holding_two_slug_words(page: str, slug: frozenset[str]) -> list[int]:
    """The lines of ``page`` (content lines joined by line breaks; ascending) in which at
    least two of the slug's words occur, as words or inside words: the only lines that
    can share two words with the slug. One search of the page's text per slug word
    instead of splitting every line into words."""
    # lower() may change a line's length: the line starts come from the lowered text
    held = lines_holding(slug, page.lower())
    return sorted(j for j, words in held.items() if len(words) >= 2)


# --- the classifier ---------------------------------------------------------------------


def _soften_repeated_ends(
    hard: list[bool],
    related: Sequence[int],
    texts: Sequence[str],
    feats: Sequence[Features],
    weights: Sequence[float],
) -> None:
    """A related-links heading said :data:`_END_REPEATS` times or more on a page (the
    same words, or the same first two words: ``More on A``, ``More on B``), with prose
    between every two of them (``Recommended courses:`` under each item of a list
    article), labels the parts of the text, not its end: it ends nothing. A menu printed
    several times, with only links between its copies, still ends the text, and so do
    comment markers, which repeat once per comment."""
    at: dict[str, list[int]] = {}
    for j in related:
        # the same heading, or one that only names another subject ("More on A", "More on
        # B"): its first two words
        key = " ".join(texts[j].casefold().split()[:2])
        at.setdefault(key, []).append(j)
    for places in at.values():
        if len(places) < _END_REPEATS:
            continue
        prose_between = all(
            any(weights[k] > 0 and is_prose(feats[k]) for k in range(a + 1, b))
            for a, b in pairwise(places)
        )
        if prose_between:
            for j in places:
                hard[j] = False


def _soften_inline_boxes(
    hard: list[bool], related: Sequence[int], feats: Sequence[Features], weights: Sequence[float]
) -> None:
    """A related-articles heading inside the text: a box of links that the page sets
    between two paragraphs (``Related article`` / a headline / ``Read more``), after which
    the article goes on. It ends nothing when
    - within :data:`_INLINE_GAP` lines, and after at most :data:`_INLINE_LINKS` lines that
      no rule names, a paragraph that ends with a full stop follows;
    - it heads no teaser cards (two ``Read more`` lines or more within
      :data:`_INLINE_LOOK` lines);
    - the text after it weighs at least :data:`_INLINE_SHARE` of the text before it, and
      the other way round.
    Link titles (questions, Title Case) and teaser cards under the article still end it."""
    n = len(weights)
    # the local tests first: most related headings head a list at the foot of the page
    boxes: list[tuple[int, int]] = []  # (heading, the paragraph after it)
    for j in related:
        if j == 0 or not hard[j]:
            continue  # nothing above it, or a label the repeats showed
        nxt = next(
            (
                k
                for k in range(j + 1, min(n, j + 1 + _INLINE_GAP))
                if is_prose(feats[k]) and feats[k].full_stop
            ),
            None,
        )
        if nxt is None or sum(feats[k].rule is None for k in range(j + 1, nxt)) > _INLINE_LINKS:
            continue  # no paragraph right after it, or a list of links first
        look = range(j + 1, min(n, j + 1 + _INLINE_LOOK))
        if sum(feats[k].rule == _MORE_RULE for k in look) > 1:
            continue  # teaser cards
        boxes.append((j, nxt))
    if not boxes:
        return
    # the heaviest run ending at each line and starting at each line, not crossing a hard
    # line: the text before the box and the text after it
    ending = [0.0] * n
    cur = 0.0
    for i in range(n):
        cur = 0.0 if hard[i] else max(cur, 0.0) + weights[i]
        ending[i] = cur
    starting = [0.0] * n
    cur = 0.0
    for i in range(n - 1, -1, -1):
        cur = 0.0 if hard[i] else max(cur, 0.0) + weights[i]
        starting[i] = cur
    for j, nxt in boxes:
        before, after = ending[j - 1], starting[nxt]
        if before > 0 and after >= _INLINE_SHARE * before and before >= _INLINE_SHARE * after:
            hard[j] = False


def classify(lines: Sequence[str], rules: RuleSet, *, source: str | None = None) -> list[Verdict]:
    """One :class:`Verdict` per line of ``lines`` (the normalized text split on ``\\n``)."""
    content = [i for i, ln in enumerate(lines) if ln]
    verdicts: list[Verdict] = [_BLANK] * len(lines)
    if not content:
        return verdicts
    texts = [lines[i] for i in content]
    page = "\n".join(texts)
    feats = measure_lines(texts, rules)
    weights = [_weight(f) for f in feats]
    # A paragraph said again (a pull quote, a second rendering) is no more evidence of the
    # article than once: its copies weigh nothing, as in the clean article, which has none.
    weighed: set[str] = set()
    for j, text in enumerate(texts):
        if weights[j] > 0:
            if text in weighed:
                weights[j] = 0.0
            else:
                weighed.add(text)
    for j in lines_holding(_CODE_MARKS, page, texts):
        if weights[j] < 0 and feats[j].rule is None:
            weights[j] = _CODE_WEIGHT  # a line of code neither starts nor ends the text
    # Lines that end the article once its prose has begun: comment markers and
    # related-link headings.
    hard = [f.rule in END_RULES for f in feats]
    related = [j for j in compress(range(len(hard)), hard) if feats[j].rule == _RELATED_RULE]
    if related:
        _soften_repeated_ends(hard, related, texts, feats, weights)
        _soften_inline_boxes(hard, related, feats, weights)
    run = _best_run(weights, hard)
    slug = slug_words(source)
    found = _slug_anchor(texts, page, feats, slug)
    anchor = None if found is None else found[0]
    if run is not None and found is not None and found[0] <= run[1]:
        anchor, match = found
        # The article follows its title: prefer the best run after the line that matches
        # the URL, unless it is much lighter than the best run of the page (a title
        # inside the run must leave most of the run's weight after it).
        after = _best_run(weights, hard, anchor + 1)
        if anchor < run[0]:
            share = _AFTER_TITLE_SHARE
        elif match >= _STRONG_SLUG:
            share = _AFTER_TITLE_SHARE * 2
        else:
            share = _INSIDE_TITLE_SHARE
        if after is not None and after[2] >= share * run[2]:
            run = after
        if match >= _STRONG_SLUG:
            # A title that matches the URL this well is the article's: its text starts
            # right under it, even where a heavier block (a contact notice, another
            # story) comes later on the page.
            near = _run_starting_near(weights, hard, anchor + 1, anchor + _NEAR_TITLE)
            if near is not None and near[2] >= max(_NEAR_MIN_WEIGHT, _NEAR_SHARE * run[2]):
                run = near

    # Where no line is prose (a very short page), the article is every line that is not
    # chrome by rule.
    if run is None:
        s, e = 0, len(content) - 1
    else:
        s, e = run[0], run[1]

    # Each line's title key, computed once: for repeats of a title and for its duplicates.
    keys = fields.title_keys(texts, _TITLE_MAX_CHARS)
    counts: dict[str, int] = {}
    for key in keys:
        if key:
            counts[key] = counts.get(key, 0) + 1
    head = pick_fields(lines, content, feats, keys, counts, s, e, slug, prose=run is not None)
    field_at, title_key, s = head.field_at, head.title_key, head.start
    if run is not None and s > e:
        # The heaviest run held field lines only (a headline shaped like a sentence, the
        # only "prose" of the page parsed before): the article is the heaviest run after.
        later = _best_run(weights, hard, e + 1)
        if later is not None:
            e = later[1]
            s = past_fields(later[0], e, field_at)
            # a heading right above that text is its first line, as it was where the run
            # began above the headline
            above = s - 1
            if above >= 0 and above not in field_at and feats[above].rule is None:
                f = feats[above]
                if f.words < PROSE_MIN_WORDS and not (f.terminal or f.soft_terminal):
                    s = above

    title_at = head.title
    if run is not None and 0 <= title_at < s - 1:
        # The title stands above the text found, with lines between (a block of links or
        # a box cut the text in two, and the later part weighs more): where a paragraph
        # starts text of weight right under the title, the article starts there.
        near = _run_starting_near(weights, hard, title_at + 1, title_at + _NEAR_TITLE)
        if (
            near is not None
            and near[0] < s
            and is_prose(feats[near[0]])
            and near[2] >= max(_NEAR_MIN_WEIGHT, _NEAR_SHARE * run[2])
        ):
            e = max(e, near[1])
            s = past_fields(near[0], e, field_at)

    seen_body: set[str] = set()
    runs = _link_runs(feats, texts, s, e)
    for j, k in enumerate(content):
        if j in field_at:
            verdicts[k] = field_at[j]
            continue
        f = feats[j]
        text = lines[k]
        if title_key and keys[j] == title_key:
            verdicts[k] = _TITLE_DUPLICATE
        elif s <= j <= e and text in seen_body:
            verdicts[k] = _REPEAT
        elif f.rule is not None:
            verdicts[k] = _rule_verdict(f.rule)
        elif j < s:
            verdicts[k] = _HEADER
        elif j > e:
            verdicts[k] = _FOOTER
        elif is_prose(f):
            verdicts[k] = _PROSE
            seen_body.add(text)
        else:
            # a line of format characters only (a lone zero-width joiner) shows nothing
            visible = _VISIBLE.search(text) is not None
            verdicts[k] = _in_context(j, feats, e, runs) if visible else _SHORT
            if verdicts[k].role == "body":
                seen_body.add(text)
    _drop_empty_subheadings(verdicts, content, feats)
    # the rules of a block category on this page (most pages have none: nothing to do)
    # (the rule ids read at C speed: hashing each verdict would call Python per line)
    blocky = {rule for rule in set(map(_RULE_OF, verdicts)) if _of_block_category(rule)}
    if blocky:
        _absorb_pitches(verdicts, content, lines, blocky)
        _absorb_blocks(verdicts, content, lines, blocky)
    return verdicts


def _drop_empty_subheadings(
    verdicts: list[Verdict], content: Sequence[int], feats: Sequence[Features]
) -> None:
    """A subheading is body for the paragraph under it: where that paragraph went (a
    repeat, a copy of the title), the subheading goes too (``struct.short``), as it would
    if the page were parsed again without the paragraph. The same holds for a longer
    line without closing punctuation left last in the body: parsed again, it would end the
    page after the article's text."""
    last = True  # no body line after line j
    for j in range(len(content) - 1, -1, -1):
        k = content[j]
        if verdicts[k].rule == "body.context":
            f = feats[j]
            # a heading, not a short paragraph (or a long one, where it would end the body)
            heading = not (f.terminal or f.soft_terminal) and (last or f.words < PROSE_MIN_WORDS)
            if heading and (j + 1 >= len(content) or verdicts[content[j + 1]].role != "body"):
                verdicts[k] = _SHORT
        if verdicts[k].role == "body":
            last = False


def _absorb_blocks(
    verdicts: list[Verdict], content: Sequence[int], lines: Sequence[str], blocky: set[str]
) -> None:
    """Multi-line pitches go as a block: a line removed for its position only
    (``struct.*``) next to a line of a block category (a subscription pitch, a cookie
    banner, a newsletter box) takes that line's rule, spreading along the run up to
    :data:`_BLOCK_REACH` lines from the nearest line of the block's own, or
    :data:`_LABEL_REACH` from a bare label (``Subscribe``, ``Newsletters``). A box is a
    few lines between its heading and its button; a menu of a hundred links around a
    ``Newsletters`` link is not a newsletter box.

    A "follow us" line inside the box does not end the block (pitch boxes mix the two);
    the links listed under a related-links heading are that list's, not the block's.
    ``blocky`` holds the rule ids of the page's lines that are of a block category.
    """
    listed: set[int] = set()
    in_list = False
    for k in content:
        rule = verdicts[k].rule
        if rule == "nav.related":
            in_list = True
        elif in_list and rule.startswith("struct."):
            listed.add(k)
        else:
            in_list = False
    # lines that took a block's rule here: not the block's own, they spread no further
    taken: set[int] = set()
    for order in (content, content[::-1]):
        previous: Verdict | None = None
        reach = 0  # lines the block may still spread to
        for k in order:
            v = verdicts[k]
            if reach and previous is not None:
                if v.rule.startswith("struct.") and k not in listed:
                    verdicts[k] = previous
                    taken.add(k)
                    reach -= 1
                    continue
                if v.rule.startswith(_SOCIAL):
                    reach -= 1
                    continue
            previous = v
            if v.rule in blocky and k not in taken:
                words = lines[k].count(" ") + 1
                reach = _BLOCK_REACH if words >= _LABEL_WORDS else _LABEL_REACH
            else:
                reach = 0


def _absorb_pitches(
    verdicts: list[Verdict], content: Sequence[int], lines: Sequence[str], blocky: set[str]
) -> None:
    """A pitch after the article's end goes as a block even where its sentences match no
    rule:

    * a few body lines between an end-of-article marker (a separator, a "follow us"
      line, share buttons) and a line of a block category (``Subscribe``, a newsletter
      box) take the block's rule. A dinkus (``* * *``, ``⁂``) is a section break inside
      the article, not an end marker;
    * so do the last body lines of the page where they stand between two lines of block
      categories (``Support our work``, a sentence, ``Donate now``);
    * and the last body lines of the page glued (no blank line between) under a line of a
      block category: the box's heading and its blurb (``Sign up for our newsletter`` /
      ``The day's news every morning.``), where blank lines around set the box apart
      (on a page without blank lines, nothing is glued).

    ``blocky`` holds the rule ids of the page's lines that are of a block category.
    """
    j = 0
    n = len(content)
    last_body = next((i for i in range(n - 1, -1, -1) if verdicts[content[i]].role == "body"), -1)
    while j < n:
        rule = verdicts[content[j]].rule
        marker = rule in _FOOTER_MARKERS and _DINKUS.match(lines[content[j]]) is None
        if not marker and not (
            # a pitch box whose lines around a sentence match rules ("Support our work",
            # sentence, "Donate now"), after the last of the article's text
            rule in blocky and j < last_body
        ):
            j += 1
            continue
        k = j + 1
        while k < n and verdicts[content[k]].role == "body":
            k += 1
        if j + 1 < k <= j + 1 + _PITCH_MAX_LINES:
            if k < n and verdicts[content[k]].rule in blocky and (marker or k > last_body):
                for i in range(j + 1, k):
                    verdicts[content[i]] = verdicts[content[k]]
            elif not marker and k > last_body and _glued_block(content, j, k):
                for i in range(j + 1, k):
                    verdicts[content[i]] = verdicts[content[j]]
        j = k if k > j + 1 else j + 1


def _glued_block(content: Sequence[int], j: int, k: int) -> bool:
    """Whether content lines ``j..k-1`` are one block of the text: a blank line before
    ``j`` and after ``k - 1``, none between."""
    first, last = content[j], content[k - 1]
    return (
        (j == 0 or content[j - 1] < first - 1)
        and (k == len(content) or content[k] > last + 1)
        and last - first == k - 1 - j
    )


def _link_runs(feats: Sequence[Features], texts: Sequence[str], s: int, e: int) -> dict[int, int]:
    """For each link-like line of ``s..e``, the length of the run of link-like lines it
    stands in (one pass, so long link lists cost linear time). A run that a sentence of
    the text introduces (``The following companies offer courses:``) is a list of the
    article, not of links: its lines get :data:`_INTRODUCED`."""
    runs: dict[int, int] = {}
    j = s
    while j <= e:
        if not _is_linkish(feats[j]):
            j += 1
            continue
        k = j
        while k + 1 <= e and _is_linkish(feats[k + 1]):
            k += 1
        introduced = j > 0 and feats[j - 1].words >= PROSE_MIN_WORDS and texts[j - 1].endswith(":")
        for i in range(j, k + 1):
            runs[i] = _INTRODUCED if introduced else k - j + 1
        j = k + 1
    return runs


def _in_context(j: int, feats: Sequence[Features], e: int, runs: dict[int, int]) -> Verdict:
    """A non-prose line inside the article run: a short paragraph, a list item, the
    heading of a paragraph or of a list (body), a link list or a stray label (chrome)."""
    f = feats[j]
    run = runs.get(j, 0)
    if run == _INTRODUCED:
        return _CONTEXT  # an item of a list that the text introduces
    # A run of short lines without punctuation is a link list.
    if run >= 3:
        return _LINKLIST
    if f.terminal or f.soft_terminal or f.words >= PROSE_MIN_WORDS:
        return _CONTEXT
    if is_list_item(f):
        return _CONTEXT
    nxt = feats[j + 1] if j + 1 <= e else None
    if nxt is not None and (is_prose(nxt) or nxt.terminal):
        return _CONTEXT  # the heading of a paragraph
    if nxt is not None and is_list_item(nxt) and f.n >= _HEADING_MIN_CHARS:
        return _CONTEXT  # the heading of a list
    return _SHORT


def _is_linkish(f: Features) -> bool:
    return (
        f.rule is None
        and f.words < PROSE_MIN_WORDS
        and not f.terminal
        and not f.soft_terminal
        and not is_list_item(f)
    )
