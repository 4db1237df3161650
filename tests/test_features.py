"""Line features in the world's scripts: words counted by characters where a script has no
spaces, and the full stops and inner punctuation of scripts other than Latin.

The texts are written for the tests (short news sentences in each script).
"""

from __future__ import annotations

import pytest

from cleanscrape import default_rules, parse
from cleanscrape.features import (
    LONG_WORDS,
    PROSE_MIN_WORDS,
    is_prose,
    measure,
)

RULES = default_rules()

ZH_SENTENCE = "国家统计局今天发布数据显示，今年前两个月工业生产稳定增长，就业总体稳定。"
JA_SENTENCE = "気象庁は十四日、東京都心で桜が開花したと発表し、平年より十日早い開花となった。"
HI_SENTENCE = "नई दिल्ली में सोमवार को हुई बारिश से लोगों को गर्मी से राहत मिली और तापमान गिर गया।"
UR_SENTENCE = "لاہور میں پیر کے روز ہونے والی بارش سے شہریوں کو گرمی سے کچھ راحت ملی۔"
TH_SENTENCE = (
    "กรมอุตุนิยมวิทยาเตือนว่าสัปดาห์นี้จะมีฝนตกหนักในหลายพื้นที่ของกรุงเทพมหานคร"
    " ขอให้ประชาชนระมัดระวังอันตรายจากน้ำท่วมขังและการจราจรติดขัด"
)


@pytest.mark.parametrize(
    "line",
    [ZH_SENTENCE, JA_SENTENCE, HI_SENTENCE, UR_SENTENCE, TH_SENTENCE],
    ids=["zh", "ja", "hi", "ur", "th"],
)
def test_a_sentence_in_any_script_is_prose(line: str) -> None:
    f = measure(line, RULES)
    assert f.words >= PROSE_MIN_WORDS
    assert is_prose(f)


def test_unspaced_scripts_count_words_by_characters() -> None:
    f = measure(ZH_SENTENCE, RULES)
    # 33 Han characters: about one word per three characters, not the one a space count gives
    assert f.words >= LONG_WORDS // 2
    assert measure("中国经济持续回升向好", RULES).words >= 2  # a headline of ten characters


def test_script_full_stops_end_a_sentence() -> None:
    for line in (ZH_SENTENCE, HI_SENTENCE, UR_SENTENCE):
        f = measure(line, RULES)
        assert f.terminal
        assert f.full_stop
    question = measure("كيف ستؤثر الأمطار على حركة المرور في المدينة هذا الأسبوع؟", RULES)
    assert question.terminal
    assert not question.full_stop


def test_a_space_in_thai_separates_phrases() -> None:
    f = measure(TH_SENTENCE, RULES)
    assert not f.terminal  # Thai ends a sentence with no mark ...
    assert f.inner_punct  # ... and separates its phrases with a space
    one_phrase = TH_SENTENCE.replace(" ", "")
    assert not measure(one_phrase, RULES).inner_punct


@pytest.mark.parametrize(
    "line",
    [
        "https://example.com/2024/03/12/a-very-long-path-without-any-spaces-at-all",
        "Donaudampfschifffahrtsgesellschaftskapitän",
        "a" * 500,
    ],
)
def test_long_latin_words_are_not_counted_by_characters(line: str) -> None:
    f = measure(line, RULES)
    assert f.words == line.count(" ") + 1
    assert not is_prose(f)


def test_a_nav_row_of_short_unspaced_words_stays_short() -> None:
    # menu entries of two characters each: spaced out, not a paragraph
    f = measure("首页 新闻 体育 娱乐 财经 科技 汽车 房产", RULES)
    assert f.words == 8
    assert not f.terminal
    assert not is_prose(f)


HINDI_PAGE = "\n".join(
    [
        "दैनिक समाचार",
        "दिल्ली में बारिश से मौसम सुहावना",
        "",
        "नई दिल्ली में सोमवार को हुई बारिश से लोगों को गर्मी से राहत मिली।"
        " मौसम विभाग ने अगले दो दिनों तक और बारिश की संभावना जताई है।",
        "",
        "विभाग के अनुसार शहर के तापमान में चार डिग्री की गिरावट दर्ज की गई।"
        " कई निचले इलाकों में जलभराव की स्थिति भी बनी रही।",
        "",
        "शेयर करें",
    ]
)

THAI_PAGE = """ข่าวเมืองวันนี้
กรุงเทพฯ ฝนตกหนัก

กรมอุตุนิยมวิทยาเตือนว่าในช่วงสัปดาห์นี้จะมีฝนตกหนักในหลายพื้นที่ของกรุงเทพมหานครและปริมณฑล ขอให้ประชาชนระมัดระวังอันตราย

ฝนที่ตกหนักอาจทำให้เกิดน้ำท่วมขังในพื้นที่ลุ่มต่ำ และการจราจรติดขัดในช่วงเย็นของวันทำงาน

แชร์
"""

JAPANESE_PAGE = """地方ニュース
市内で桜が開花　平年より早く
2024年3月14日 10時30分

地元気象台は十四日、市内の公園で桜が開花したと発表した。平年より十日早く、昨年と同じ日だった。

公園の標本木で五輪以上の花が咲いているのを職員が確認した。満開は一週間ほど後になる見込みだという。

シェアする
"""


@pytest.mark.parametrize(
    ("text", "title", "first", "last"),
    [
        (HINDI_PAGE, "दिल्ली में बारिश से मौसम सुहावना", "नई दिल्ली", "विभाग के"),
        (THAI_PAGE, "กรุงเทพฯ ฝนตกหนัก", "กรมอุตุนิยมวิทยา", "ฝนที่ตกหนัก"),
        (JAPANESE_PAGE, "市内で桜が開花 平年より早く", "地元気象台", "公園の標本木"),
    ],
    ids=["hi", "th", "ja"],
)
def test_pages_in_other_scripts_keep_their_text(
    text: str, title: str, first: str, last: str
) -> None:
    article = parse(text)
    assert article.title == title
    assert len(article.body) == 2
    assert article.body[0].startswith(first)
    assert article.body[1].startswith(last)
    assert article.removed[-1].text in {"शेयर करें", "แชร์", "シェアする"}


def test_japanese_dateline_with_its_clock() -> None:
    article = parse(JAPANESE_PAGE)
    assert article.published is not None
    assert article.published.isoformat() == "2024-03-14T10:30:00"
