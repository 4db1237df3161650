"""The corpus step: background paragraphs, templates, re-scrapes, and its properties."""

from __future__ import annotations

import collections
import datetime as dt
import os
import random
import subprocess
import sys
from pathlib import Path

import attrs
import pytest
import synth
from hypothesis import given
from hypothesis import strategies as st

from cleanscrape import Config, InputError, parse
from cleanscrape.corpus import (
    BACKGROUND_RULE,
    TEMPLATE_RULE,
    CorpusStats,
    decide,
    dedupe,
    fingerprint,
    fingerprint_text,
    merge,
    normalize_paragraph,
    site_key,
    sketch,
    sketch_similarity,
)
from cleanscrape.model import Article

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"

_RNG = random.Random("test_corpus/pool")
#: Paragraphs the property tests draw from, so that documents share some of them.
POOL = tuple(synth.prose_paragraph(_RNG) for _ in range(8))
EXTRA = tuple(synth.sentence(_RNG) for _ in range(3))
TITLES = ("Ferry line halts winter crossings", "Grain board delays the harvest report")
DATELINES = ("12 March 2021 16:20 (UTC+04:00)", "3 May 2022 09:05 GMT")
TEMPLATES = ("Lue myös tänään", "Haberin devamı", "Kalevo tunturi seppo")
SOURCES = ("https://a.example/news/", "https://www.b.example/story/", "")


def background_removals(a: Article) -> list[str]:
    return [r.text for r in a.removed if r.rule == BACKGROUND_RULE]


def check_lossless(before: Article, after: Article) -> None:
    assert after.accounted_lines() == before.accounted_lines()
    numbers = [ln.number for ln in after.field_lines]
    numbers += list(after.body_lines)
    numbers += [r.line for r in after.removed]
    assert len(numbers) == len(set(numbers)), "a line is in two places"
    assert [r.line for r in after.removed] == sorted(r.line for r in after.removed)
    assert list(after.body_lines) == sorted(after.body_lines)
    assert after.field_lines == before.field_lines
    assert list(after.background) == background_removals(after)


# --- the seeds ---------------------------------------------------------------------------------


@pytest.mark.skipif(not SEEDS.is_dir(), reason="the seed pages (../shared/seeds) are not here")
def test_seeds_share_exactly_one_background_paragraph() -> None:
    paths = sorted(SEEDS.glob("*.txt"))
    assert len(paths) == 2
    parsed = [parse(p.read_text(encoding="utf-8"), source=p.name) for p in paths]
    shared = set(parsed[0].body) & set(parsed[1].body)
    assert len(shared) == 1
    out = dedupe(parsed)
    for before, after in zip(parsed, out):
        assert after.background == tuple(shared)
        assert len(after.body) == 8
        assert after.body == tuple(p for p in before.body if p not in shared)
        moved = [r for r in after.removed if r.rule.startswith("corpus.")]
        assert [(r.rule, r.count) for r in moved] == [(BACKGROUND_RULE, 2)]
        assert after.duplicate_of is None
        check_lossless(before, after)


# --- normalization, fingerprints, sketches ----------------------------------------------------


def test_normalize_paragraph_folds_case_digits_punctuation() -> None:
    assert normalize_paragraph("On  November 10, 2020 -- the DEAL!") == "on november 0 0 the deal"
    assert normalize_paragraph("Über 3.5 Mio. «Gäste»") == "über 0 0 mio gäste"
    assert normalize_paragraph("  ...  ") == ""
    assert normalize_paragraph("snake_case and a1b22") == "snake case and a0b0"


@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=60))
def test_normalize_ascii_fast_path_matches_unicode_path(text: str) -> None:
    # Appending a non-ASCII letter forces the general path; it must agree on the rest.
    general = normalize_paragraph(text + " é")
    assert general == (normalize_paragraph(text) + " é").strip()


def test_fingerprints_are_the_same_in_every_process() -> None:
    code = (
        "from cleanscrape.corpus import fingerprint_text, sketch\n"
        "print(fingerprint_text('on november 0 the deal'), sketch('on november 0', 5).hex())"
    )
    outs = set()
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        res = subprocess.run(
            [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
        )
        outs.add(res.stdout)
    assert len(outs) == 1
    fp, sk = outs.pop().split()
    assert int(fp) == fingerprint_text("on november 0 the deal")
    assert bytes.fromhex(sk) == sketch("on november 0", 5)
    assert -(2**63) <= int(fp) < 2**63


def test_sketch_similarity_of_edits() -> None:
    rng = random.Random("edits")
    base = synth.prose_paragraph(rng, 30, 40)
    words = base.split()
    words[len(words) // 2] = "lighthouse"
    one_word = " ".join(words)
    appended = f"{base} {synth.sentence(rng)}"
    other = synth.prose_paragraph(rng, 30, 40)
    texts = {"base": base, "one_word": one_word, "appended": appended, "other": other}
    sk = {k: sketch(normalize_paragraph(v), 5) for k, v in texts.items()}
    j, c = sketch_similarity(sk["base"], sk["base"])
    assert (j, c) == (1.0, 1.0)
    j, _ = sketch_similarity(sk["base"], sk["one_word"])
    assert j >= 0.8
    j, c = sketch_similarity(sk["base"], sk["appended"])
    assert c >= 0.85 and j < 0.9
    j, _ = sketch_similarity(sk["base"], sk["other"])
    assert j < 0.3


@pytest.mark.parametrize(
    "text",
    [
        "a" * 1_000_000,
        " ." * 500_000,
        "1" * 1_000_000,
        "ab " * 300_000,
        "é" * 500_000 + " x" * 1000,
        ("word, " * 200_000),
    ],
)
def test_hostile_paragraphs_finish(text: str) -> None:
    norm = normalize_paragraph(text)
    sk = sketch(norm, 5)
    assert sketch_similarity(sk, sk)[0] in (0.0, 1.0)
    art = synth.build_article([text, text[:500_000]], source="https://x.example/1")
    out = dedupe([art, attrs.evolve(art, source="https://x.example/2", title="Other")])
    check_lossless(art, out[0])


# --- site scoping --------------------------------------------------------------------------------


def test_site_key_order() -> None:
    art = synth.build_article(["x"], source="https://WWW.Example.COM:8080/a?b", site="Masthead")
    assert site_key(art) == "example.com"
    assert site_key(art, "explicit") == "explicit"
    assert site_key(attrs.evolve(art, source="captures/0001.txt")) == "masthead"
    assert site_key(attrs.evolve(art, source="//cdn.example.org/x")) == "cdn.example.org"
    assert site_key(attrs.evolve(art, source=None, site=None)) == ""
    assert site_key(attrs.evolve(art, source="http://[::1", site="  The  Daily ")) == "the daily"


def test_counts_never_mix_sites() -> None:
    rng = random.Random("quote")
    quote = synth.prose_paragraph(rng, 25, 40)
    own = [synth.prose_paragraph(rng) for _ in range(6)]
    arts = [
        synth.build_article([own[i], quote], source=f"https://site{i}.example/a", title=f"T{i}")
        for i in range(3)
    ]
    out = dedupe(arts)
    assert all(a.background == () and quote in a.body for a in out)
    # The same three articles in one scope: the quote is background in all three.
    out = dedupe(arts, site="one")
    assert all(a.background == (quote,) for a in out)
    assert {r.count for a in out for r in a.removed if r.rule == BACKGROUND_RULE} == {3}


# --- background, templates, re-scrapes -----------------------------------------------------------


def test_paragraph_repeated_inside_one_document_counts_once() -> None:
    rng = random.Random("repeat")
    p, q, r = (synth.prose_paragraph(rng) for _ in range(3))
    one = synth.build_article([p, q, p], source="https://s.example/1", title="One")
    two = synth.build_article([r], source="https://s.example/2", title="Two")
    out = dedupe([one, two])
    assert out[0].background == () and out[0].body == (p, q, p)


def test_min_docs_and_min_chars() -> None:
    rng = random.Random("min")
    shared = synth.prose_paragraph(rng, 20, 30)
    short = "Shares fell in early trading."
    arts = [
        synth.build_article(
            [synth.prose_paragraph(rng), shared, short],
            source=f"https://s.example/{i}",
            title=f"Title {i}",
        )
        for i in range(3)
    ]
    out = dedupe(arts, config=attrs.evolve(Config(), min_docs=4, template_min_docs=4))
    assert all(a.background == () for a in out)
    out = dedupe(arts, config=attrs.evolve(Config(), min_docs=3, template_min_docs=4))
    assert all(a.background == (shared,) for a in out)
    assert all(short in a.body for a in out)  # under min_background_chars: never background


def test_templates_in_an_uncovered_language_and_fields_untouched() -> None:
    rng = random.Random("template")
    template = "Lue myös: päivän tärkeimmät"
    arts = []
    for i in range(6):
        body = [synth.prose_paragraph(rng) for _ in range(3)]
        if i < 4:
            body.insert(1, template)
        arts.append(
            synth.build_article(
                body, source=f"https://s.example/{i}", title=f"Title {i}", byline="By Desk Staff"
            )
        )
    out = dedupe(arts)
    for i, (before, after) in enumerate(zip(arts, out)):
        check_lossless(before, after)
        got = [(r.text, r.count) for r in after.removed if r.rule == TEMPLATE_RULE]
        assert got == ([(template, 4)] if i < 4 else [])
        assert template not in after.body
    # 4 of 6 documents: above the default share (0.5), below a share of 0.7.
    out = dedupe(arts, config=attrs.evolve(Config(), template_min_share=0.7))
    assert all(r.rule != TEMPLATE_RULE for a in out for r in a.removed)


def test_rescrapes_marked_and_counted_once() -> None:
    rng = random.Random("rescrape")
    body = [synth.prose_paragraph(rng) for _ in range(4)]
    first = synth.build_article(
        body, source="https://s.example/a", captured=dt.date(2024, 3, 1), chrome=["Subscribe"]
    )
    later = synth.build_article(
        [*body[:2], "Kalevo tunturi", *body[2:]],
        source="https://s.example/a?amp",
        captured=dt.date(2024, 5, 2),
        chrome=["Already a subscriber? Log in", "Subscribe"],
    )
    other = synth.build_article([synth.prose_paragraph(rng)], source="https://s.example/b")
    out = dedupe([later, other, first])
    assert out[0].duplicate_of == "https://s.example/a"
    assert out[2].duplicate_of is None and out[1].duplicate_of is None
    assert all(a.background == () for a in out)  # the body is one document's, not shared
    kept = dedupe([later, other, first], config=attrs.evolve(Config(), duplicates="keep"))
    assert all(a.duplicate_of is None for a in kept)
    dropped = dedupe([later, other, first], config=attrs.evolve(Config(), duplicates="drop"))
    assert [a.source for a in dropped] == ["https://s.example/b", "https://s.example/a"]


def test_undated_captures_come_last_and_ties_break_by_source() -> None:
    body = [synth.prose_paragraph(random.Random("tie"))]
    undated = synth.build_article(body, source="https://s.example/0", captured=None)
    dated_b = synth.build_article(body, source="https://s.example/b", captured=dt.date(2024, 1, 1))
    dated_a = synth.build_article(body, source="https://s.example/a", captured=dt.date(2024, 1, 1))
    out = dedupe([undated, dated_b, dated_a])
    assert [a.duplicate_of for a in out] == [dated_a.source, dated_a.source, None]


def test_article_without_body_line_numbers_is_rejected() -> None:
    art = Article(body=("A paragraph without its line number in the normalized text.",))
    with pytest.raises(InputError, match="line numbers"):
        dedupe([art])


def test_near_duplicates_off_finds_exact_copies_only() -> None:
    rng = random.Random("exact")
    bg = synth.prose_paragraph(rng, 30, 40)
    edited = bg.replace(" the ", " a ", 1)
    arts = [
        synth.build_article(
            [synth.prose_paragraph(rng), p], source=f"https://s.example/{i}", title=f"T{i}"
        )
        for i, p in enumerate([bg, bg, edited])
    ]
    out = dedupe(arts, config=attrs.evolve(Config(), near_duplicates=False))
    assert [a.background for a in out] == [(bg,), (bg,), ()]
    out = dedupe(arts)
    assert [a.background for a in out] == [(bg,), (bg,), (edited,)]
    assert {r.count for a in out for r in a.removed if r.rule == BACKGROUND_RULE} == {3}


# Chinese words (two characters each) for paragraphs on one topic: they share most of their
# characters, as a site's articles do, and differ in their order.
_ZH_WORDS = (
    "城市 交通 建设 工程 大桥 道路 公交 线路 地铁 车站 市民 出行 时间 方案 部门 计划 项目"
    " 资金 安全 质量 施工 团队 设计 标准 环境 发展 管理 服务 政府 居民 社区 学校 医院 经济"
    " 企业 市场 投资 政策 措施 目标 系统 设施 改造 完成 开始 启动 推进 提高 加强 确保 提供"
    " 支持 影响 问题 情况 数据 显示 表示 介绍"
).split()


def _zh_paragraph(rng: random.Random, words: int) -> str:
    out = []
    for i in range(words):
        out.append(rng.choice(_ZH_WORDS))
        if i % 8 == 7:
            out.append("，")
    return "".join(out).rstrip("，") + "。"


def test_near_duplicate_background_in_a_script_without_spaces() -> None:
    """Chinese background paragraphs with one character changed, a number changed or a
    sentence appended are found; other paragraphs on the same topic, which share most of
    their characters, stay in the body."""
    rng = random.Random("zh")
    # three clauses: an edit in one of them leaves too few whole clauses in common for a
    # sketch that takes the clauses for words
    backgrounds = [_zh_paragraph(rng, 24) for _ in range(3)]
    marks = "港湾河湖山林田园"  # every edited copy is edited its own way: no exact copies
    edits = [
        lambda t, m: t,
        lambda t, m: t[:-6] + m + t[-5:],  # one character changed
        lambda t, m: t[:-5] + f"约{m}亿元" + t[-5:],  # a sum inserted
        lambda t, m: t.replace("，", f"，{m}", 1),  # a character added
    ]
    arts = []
    truth = []
    for i in range(24):
        edited = edits[i % 4](backgrounds[i % 3], marks[i // 3])
        body = [_zh_paragraph(rng, rng.randint(15, 30)) for _ in range(3)]
        arts.append(
            synth.build_article(
                [*body, edited],
                source=f"https://zh.example/{i}",
                title=f"城市交通建设新闻第{i}期",
                dateline="2024-05-06 09:15",
            )
        )
        truth.append(edited)
    assert len(set(truth)) == 3 + 18
    out = dedupe(arts)
    assert [a.background for a in out] == [(t,) for t in truth]
    assert all(len(a.body) == 3 for a in out)


# --- quality on generated corpora --------------------------------------------------------------


def _score(docs: list[synth.SynthDoc], out: list[Article]) -> dict[str, float]:
    tp = fp = fn = 0
    found: collections.Counter[str] = collections.Counter()
    total: collections.Counter[str] = collections.Counter()
    for doc, art in zip(docs, out):
        truth = collections.Counter(doc.background_paragraphs)
        got = collections.Counter(art.background)
        tp += sum((truth & got).values())
        fp += sum((got - truth).values())
        fn += sum((truth - got).values())
        for text, kind in zip(doc.background_paragraphs, doc.background_edits):
            total[kind] += 1
            found[kind] += text in got
    scores = {"precision": tp / (tp + fp), "recall": tp / (tp + fn), "paragraphs": tp + fn}
    scores.update({f"recall_{k}": found[k] / total[k] for k in total})
    return scores


def test_generated_corpus_precision_and_recall() -> None:
    docs = synth.generate_corpus(1000, 20, seed=3)
    parsed = [parse(d.text, source=d.source) for d in docs]
    out = dedupe(parsed)
    scores = _score(docs, out)
    print(scores)
    assert scores["paragraphs"] >= 1000
    assert scores["precision"] >= 0.99
    assert scores["recall"] >= 0.95
    for kind in synth.EDIT_KINDS:
        assert scores[f"recall_{kind}"] >= 0.95, kind
    for doc, before, after in zip(docs, parsed, out):
        check_lossless(before, after)
        assert after.duplicate_of == doc.duplicate_of
        assert not set(doc.quotes) & set(after.background)  # cross-site quotes stay
        template = {r.text for r in after.removed if r.rule == TEMPLATE_RULE}
        assert template == set(doc.template_lines)


# --- properties ---------------------------------------------------------------------------------


@st.composite
def corpora(draw: st.DrawFn) -> list[Article]:
    """Small corpora with much sharing: paragraphs from a pool (some edited), two titles,
    three site scopes, template lines, re-scrapes and exact repeats."""
    out: list[Article] = []
    for i in range(draw(st.integers(0, 9))):
        if out and draw(st.integers(0, 5)) == 0:
            out.append(draw(st.sampled_from(out)))  # the same document again
            continue
        body = []
        for _ in range(draw(st.integers(1, 4))):
            p = draw(st.sampled_from(POOL))
            edit = draw(st.integers(0, 3))
            if edit == 1:
                p = f"{p} {draw(st.sampled_from(EXTRA))}"
            elif edit == 2:
                p = p.replace(" the ", " a ", 1)
            body.append(p)
        if draw(st.booleans()):
            body.insert(draw(st.integers(0, len(body))), draw(st.sampled_from(TEMPLATES)))
        prefix = draw(st.sampled_from(SOURCES))
        out.append(
            synth.build_article(
                body,
                source=f"{prefix}{i}" if prefix else None,
                site=draw(st.sampled_from(("Example.Net", "Other.Az"))),
                title=draw(st.sampled_from(TITLES)),
                dateline=draw(st.sampled_from(DATELINES)),
                captured=dt.date(2024, 1, 1) + dt.timedelta(days=draw(st.integers(0, 2))),
                chrome=draw(st.lists(st.sampled_from(TEMPLATES), max_size=2)),
            )
        )
    return out


CONFIGS = st.sampled_from(
    [
        Config(),
        attrs.evolve(Config(), template_min_docs=2, duplicates="keep"),
        attrs.evolve(Config(), near_duplicates=False, min_docs=3),
    ]
)


@given(corpora(), st.randoms(use_true_random=False), CONFIGS)
def test_order_does_not_matter(arts: list[Article], rnd: random.Random, cfg: Config) -> None:
    order = list(range(len(arts)))
    rnd.shuffle(order)
    out = dedupe(arts, config=cfg)
    shuffled = dedupe([arts[i] for i in order], config=cfg)
    assert shuffled == [out[i] for i in order]


@given(corpora(), st.randoms(use_true_random=False), CONFIGS)
def test_shards_do_not_matter(arts: list[Article], rnd: random.Random, cfg: Config) -> None:
    sigs = [fingerprint(a, site_key(a), cfg) for a in arts]
    whole = CorpusStats()
    for sig in sigs:
        whole.add(sig)
    shards = [CorpusStats() for _ in range(rnd.randint(1, 4))]
    for sig in sigs:
        rnd.choice(shards).add(sig)
    rnd.shuffle(shards)
    merged = CorpusStats()
    for shard in shards:
        merged = merged.merge(shard)
    assert merged == whole
    for name, stats in whole.sites.items():
        assert decide(merged.sites[name], cfg) == decide(stats, cfg)
        # merge of site stats: commutative, associative, idempotent
        parts = [s.sites[name] for s in shards if name in s.sites]
        if len(parts) >= 2:
            a, b = parts[0], parts[1]
            assert merge(a, b) == merge(b, a)
            assert merge(a, a) == a
            c = parts[-1]
            assert merge(merge(a, b), c) == merge(a, merge(b, c))


@given(corpora(), CONFIGS)
def test_lossless_and_idempotent(arts: list[Article], cfg: Config) -> None:
    out = dedupe(arts, config=cfg)
    assert len(out) == len(arts)
    for before, after in zip(arts, out):
        check_lossless(before, after)
    assert dedupe(out, config=cfg) == out


@given(corpora())
def test_drop_policy_keeps_one_capture(arts: list[Article]) -> None:
    cfg = attrs.evolve(Config(), duplicates="drop")
    marked = dedupe(arts)
    dropped = dedupe(arts, config=cfg)
    assert dropped == [a for a in marked if a.duplicate_of is None]
    originals = {a.source for a in marked if a.duplicate_of is None}
    for a in marked:
        if a.duplicate_of is not None:
            assert a.duplicate_of in originals or a.duplicate_of.startswith("#")


@given(corpora(), CONFIGS, CONFIGS)
def test_cleaning_again_undoes_earlier_decisions(
    arts: list[Article], first: Config, second: Config
) -> None:
    # Whatever an earlier run decided, cleaning its output gives what cleaning the
    # parser's output gives (this is what Corpus.reclean relies on).
    assert dedupe(dedupe(arts, config=first), config=second) == dedupe(arts, config=second)
