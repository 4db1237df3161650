"""Field grammars: bylines, bare name lines, mastheads and titles.

Tables of lines as pages print them (every text written for these tests) with the names,
site or title each function must give, the lines it must refuse, and hostile inputs that a
backtracking pattern would hang on.
"""

from __future__ import annotations

import pytest
from guards import alarm, needs_alarm
from hypothesis import given
from hypothesis import strategies as st

from cleanscrape.fields import (
    clean_author_line,
    copyright_holder,
    dateline_authors,
    lead_credit,
    looks_like_brand,
    looks_like_job_title,
    looks_like_person_name,
    normalize_title,
    parse_author_line,
    parse_byline,
    parse_site_name,
    split_title_suffix,
    strip_title_date,
    title_keys,
)

# --------------------------------------------------------------------------------------------
# Bylines
# --------------------------------------------------------------------------------------------

BYLINES: list[tuple[str, tuple[str, ...]]] = [
    ("By Vafa Ismayilova", ("Vafa Ismayilova",)),
    ("By Jane Doe", ("Jane Doe",)),
    ("BY JANE DOE", ("JANE DOE",)),
    ("by Jane Doe", ("Jane Doe",)),
    ("By: Jane Doe", ("Jane Doe",)),
    ("By Jane Doe and John Roe", ("Jane Doe", "John Roe")),
    ("By Jane Doe, John Roe and Max Mustermann", ("Jane Doe", "John Roe", "Max Mustermann")),
    ("By Jane Doe, John Roe, and Max Mustermann", ("Jane Doe", "John Roe", "Max Mustermann")),
    ("By Jane Doe & John Roe", ("Jane Doe", "John Roe")),
    ("BY JANE DOE AND JOHN ROE", ("JANE DOE", "JOHN ROE")),
    ("Written by Jane Doe", ("Jane Doe",)),
    ("Written By: Jane Doe", ("Jane Doe",)),
    ("Words by Jane Doe", ("Jane Doe",)),
    ("Story by Jane Doe", ("Jane Doe",)),
    ("Posted by Jane Doe", ("Jane Doe",)),
    ("Author: Jane Doe", ("Jane Doe",)),
    ("AUTHOR: Jane Doe", ("Jane Doe",)),
    ("Authors: Jane Doe, John Roe", ("Jane Doe", "John Roe")),
    # the reporters are the authors; the editors do not sign the story
    ("Reporting by Jane Doe; Editing by John Roe", ("Jane Doe",)),
    ("Reporting by Jane Doe and Ali Hassan; Editing by John Roe", ("Jane Doe", "Ali Hassan")),
    # a common given name lets a surname be an ordinary word
    ("By Emily Way", ("Emily Way",)),
    ("Written By: Tom May", ("Tom May",)),
    # furniture after the names: dates, agencies, reading times, job titles
    ("By Jane Doe | March 3, 2021", ("Jane Doe",)),
    ("By Jane Doe March 3, 2021", ("Jane Doe",)),
    ("By Jane Doe on March 3, 2021", ("Jane Doe",)),
    ("By Jane Doe, Reuters", ("Jane Doe",)),
    ("By Jane Doe (Reuters)", ("Jane Doe",)),
    ("By Jane Doe - The Associated Press", ("Jane Doe",)),
    ("By Jane Doe — AFP", ("Jane Doe",)),
    ("By Jane Doe · 5 min read", ("Jane Doe",)),
    ("by Jane Doe\N{EM DASH}10 min read", ("Jane Doe",)),
    ("By Jean-Luc Martin", ("Jean-Luc Martin",)),
    ("By Jane Doe • Updated 12 March 2021", ("Jane Doe",)),
    ("By Jane Doe, Staff Writer", ("Jane Doe",)),
    ("By Jane Doe, Senior Correspondent", ("Jane Doe",)),
    ("By Jane Doe, Senior Editor, Example Media and Example Labs", ("Jane Doe",)),
    ("By Jane Doe Executive Editor", ("Jane Doe",)),
    ("By Jane Doe, Senior Editor & John Roe, Staff Reporter", ("Jane Doe", "John Roe")),
    ("By Jane Doe for The Daily Courier", ("Jane Doe",)),
    ("By Jane Doe, The Daily Courier", ("Jane Doe",)),
    ("By Hana Okafor, Meridian News Agency", ("Hana Okafor",)),
    ("By Jane Post", ("Jane Post",)),
    # the outlet in capitals after the name
    ("By Hana Okafor MERIDIAN DAILY", ("Hana Okafor",)),
    ("By Jane Doe and John Roe REUTERS", ("Jane Doe", "John Roe")),
    # a reading time after the name
    ("By Jane Doe 15 min read", ("Jane Doe",)),
    ("By Jane Doe 2 minutes", ("Jane Doe",)),
    # credentials stay with the name they follow
    ("By Jane Doe, MS, RD, FAND", ("Jane Doe, MS, RD, FAND",)),
    ("By Jane Doe, PhD", ("Jane Doe, PhD",)),
    ("By Jane Doe, Ph.D.", ("Jane Doe, Ph.D.",)),
    ("By John Roe Jr.", ("John Roe Jr.",)),
    ("By Dr. Jane Doe", ("Dr. Jane Doe",)),
    # a dangling preposition, its category or date lost by the text dump
    ("May 18, 2023 By Jane Doe In", ("Jane Doe",)),
    ("By Jane Doe On", ("Jane Doe",)),
    ("By Thi Le", ("Thi Le",)),
    ("By Tom May", ("Tom May",)),
    ("Written By Audiophile On", None),  # one word: a brand, not a cut name
    # a job title glued on by the text dump
    ("By Jane DoeSenior Editor", ("Jane Doe",)),
    ("By Jane DoeFounder at Example", ("Jane Doe",)),
    ("By Ann McEditor", ("Ann McEditor",)),
    # a company's legal form is no credential and no second author
    ("By Example Media, Inc.", ("Example Media, Inc",)),
    ("By Example Media, LLC", ("Example Media, LLC",)),
    ("By Jane Doe, Example Media, Inc.", ("Jane Doe",)),
    # names of many shapes
    ("By J. R. Roe", ("J. R. Roe",)),
    ("By J.R.R. Roe", ("J.R.R. Roe",)),
    ("By Jean-Luc Dupont", ("Jean-Luc Dupont",)),
    ("By Mary O'Brien", ("Mary O'Brien",)),
    ("By Ludwig van Dijk", ("Ludwig van Dijk",)),
    ("By Ana María de la Cruz", ("Ana María de la Cruz",)),
    ("By Ahmed al-Rashid", ("Ahmed al-Rashid",)),
    ("By Jane McAllister", ("Jane McAllister",)),
    # agencies and groups sign alone
    ("By Reuters", ("Reuters",)),
    ("By The Associated Press", ("The Associated Press",)),
    ("By Example Staff", ("Example Staff",)),
    ("By Example Team", ("Example Team",)),
    ("By The Editorial Board", ("The Editorial Board",)),
    ("By The Daily Courier", ("The Daily Courier",)),
    # other languages
    ("Von Max Mustermann", ("Max Mustermann",)),
    ("Von Max Mustermann und Erika Musterfrau", ("Max Mustermann", "Erika Musterfrau")),
    ("Par Jean Dupont", ("Jean Dupont",)),
    ("Par Jean Dupont et Marie Lefèvre", ("Jean Dupont", "Marie Lefèvre")),
    ("Por Juan Pérez", ("Juan Pérez",)),
    ("Por Juan Pérez y María López", ("Juan Pérez", "María López")),
    ("Автор: Иван Петров", ("Иван Петров",)),
    ("Текст: Иван Петров и Анна Смирнова", ("Иван Петров", "Анна Смирнова")),
    ("Di Mario Rossi", ("Mario Rossi",)),
    ("Door Jan de Vries", ("Jan de Vries",)),
    ("Av Anna Svensson", ("Anna Svensson",)),
    ("Af Lars Hansen och Mette Holm", ("Lars Hansen", "Mette Holm")),
    ("Oleh Budi Santoso", ("Budi Santoso",)),
    ("Penulis: Siti Rahma", ("Siti Rahma",)),
    ("Yazar: Ahmet Yılmaz", ("Ahmet Yılmaz",)),
    ("Tác giả: Nguyễn Văn Bình", ("Nguyễn Văn Bình",)),
    ("Kirjoittaja: Matti Virtanen", ("Matti Virtanen",)),
    ("Szerző: Nagy Péter", ("Nagy Péter",)),
    ("Tekst: Jan Kowalski", ("Jan Kowalski",)),
    ("Του Γιάννη Παπαδόπουλου", ("Γιάννη Παπαδόπουλου",)),
    ("Συντάκτης: Γιάννης Παππάς", ("Γιάννης Παππάς",)),
    # scripts without capitals: the label tells the line
    ("记者 王明", ("王明",)),
    ("作者：李华", ("李华",)),
    ("文/王明", ("王明",)),
    ("文/图 王明", ("王明",)),
    ("文／攝：李華", ("李華",)),
    ("图文：王明 李华", ("王明", "李华")),
    ("本报记者 王明 李华", ("王明", "李华")),
    ("记者 王明 报道", ("王明",)),
    ("记者 王明 通讯员 李华", ("王明", "李华")),
    ("作者：王明、李华", ("王明", "李华")),
    ("来源：新华网 作者：李华", ("李华",)),
    ("執筆：山田太郎", ("山田太郎",)),
    ("執筆：山田 太郎", ("山田 太郎",)),
    ("執筆：山田太郎、佐藤花子", ("山田太郎", "佐藤花子")),
    ("홍길동 기자 입력 2024.05.06 09:15", ("홍길동",)),
    ("홍길동 기자", ("홍길동",)),
    ("홍길동·김철수 기자 hong@example.kr", ("홍길동", "김철수")),
    ("글: 홍길동", ("홍길동",)),
    ("بقلم: أحمد علي", ("أحمد علي",)),
    ("بقلم أحمد علي، محمد حسن", ("أحمد علي", "محمد حسن")),
    ("كتب: أحمد علي", ("أحمد علي",)),
    ("نویسنده: علی رضایی", ("علی رضایی",)),
    ("מאת דני כהן", ("דני כהן",)),
    ("लेखक: राम कुमार", ("राम कुमार",)),
    ("โดย สมชาย ใจดี", ("สมชาย ใจดี",)),
    # a dateline, then "by" and the names
    ("Posted on March 12, 2021 by Jane Doe", ("Jane Doe",)),
    ("March 12, 2021 by Jane Doe | News", ("Jane Doe",)),
    ("Posted on March 12, 2021 by admin", ("admin",)),
    ("by admin", ("admin",)),
    ("by admin | March 12, 2021", ("admin",)),
    # glued by a text dump
    ("ByJane Doe", ("Jane Doe",)),
    ("By Jane DoePublished: Jan 29, 2025", ("Jane Doe",)),
    ("By Jane Doe UpdatedJanuary 25, 2026", ("Jane Doe",)),
    ("Written byby Jane Doe", ("Jane Doe",)),
    ("Written by: Jane Doe Jane Doe", ("Jane Doe",)),
    # the byline as a sentence, as a post's first or last line gives it
    ("This post was written by Jane Doe, Head of Marketing.", ("Jane Doe",)),
    ("This blog post was authored by Jane Doe, Managing Principal, Example Studio.", ("Jane Doe",)),
    ("This article is written by Jane Doe and John Roe.", ("Jane Doe", "John Roe")),
    ("Contributors: Jane Doe", ("Jane Doe",)),
    ("Guide by Jane Doe", ("Jane Doe",)),
    ("Review by Jane Doe", ("Jane Doe",)),
    ("By Jane Doe Former Deputy Tech Editor", ("Jane Doe",)),
    ("By Jane Doe Guest Writer", ("Jane Doe",)),
    # a description in lower case after a full name
    ("By Jane Doe, gastroenterologist", ("Jane Doe",)),
    ("By Jane Doe, MD, gastroenterologist at Example Health", ("Jane Doe, MD",)),
    ("By Jane Doe, who covers energy, and John Roe, Reporter", ("Jane Doe", "John Roe")),
]


@pytest.mark.parametrize(("line", "names"), BYLINES)
def test_byline(line: str, names: tuple[str, ...]) -> None:
    assert parse_byline(line) == names


NOT_BYLINES = [
    "By subscribing to our online newspaper, you get full digital access to every story.",
    "By Subscribing To Our Newsletter You Agree To Our Terms",
    "By clicking Continue you agree to the terms of use.",
    "By Clicking Continue",
    "By continuing to browse the site you accept cookies.",
    "By the end of the year, the bridge will be finished.",
    "By 2030 the city will have doubled in size.",
    "By far the best result of the season.",
    "By Tuesday",
    "By Design",
    "By Role",
    "By Industry",
    "BY INDUSTRY",
    "By Use Case",
    "By learning from the examples set by others, you can do better.",
    "by the way",
    "By",
    "Byline",
    "Byron Smith",
    "Author: the team behind the project and everyone who helped",
    "text: string;",
    "Door Locks",
    "Par excellence",
    "Av og til",
    "Oleh karena itu",
    # labels that are also common words need their colon ("books", "text", "writing")
    "كتب جديدة",
    "文化 新闻",
    "글 목록",
    # a sentence that starts with the label's word
    "记者获悉，今年全市新建学校十所。",
    "图文并茂的报道很受读者欢迎。",
    "记者 从市交通局获悉，大桥将于年底通车。",
    "بقلم الرصاص على الورق",
    "홍길동 기자 역시 현장을 찾았다",
    "记者 江南古镇文化遗产数字化保护工程",
    "Von heute an gilt die neue Regel für alle Mitarbeiter.",
    "Posted in News",
    "Edited by Jane Doe",
    "Reviewed by Jane Doe",
    "This post was written by hand.",
    "This post was written by me.",
    "This article was written by our editorial team.",
    "This post may contain affiliate links.",
    "Guide by Topic",
    "By Christmas, we will know more.",
    "By Tuesday, the city said it would reopen the bridge.",
    "Review by Category",
    "Contributors",
    "Jane Doe",
    "The minister met the envoy on Friday.",
    "",
    "   ",
]


@pytest.mark.parametrize("line", NOT_BYLINES)
def test_not_a_byline(line: str) -> None:
    assert parse_byline(line) is None


# --------------------------------------------------------------------------------------------
# Bare name lines
# --------------------------------------------------------------------------------------------

PERSON_NAMES = [
    "Jane Doe",
    "JANE DOE",
    "Dylan Roe, MS, RD, FAND",
    "Zora Quill, MD",
    "Jane Q. Public",
    "Dr. Zora Quill",
    "Marie Lefèvre",
    "José Álvarez",
    "Jean-Luc Dupont",
    "Иван Петров",
    "Mohammed al-Farsi",
    "Priya Raman",
]


@pytest.mark.parametrize("line", PERSON_NAMES)
def test_looks_like_person_name(line: str) -> None:
    assert looks_like_person_name(line)


NOT_PERSON_NAMES = [
    "Related Articles",
    "Latest News",
    "Follow us on Twitter",
    "Battery Capacity",
    "Kitchen Renovation Costs",
    "West Palm Beach, FL",
    "Jane",
    "Jane Doe.",
    "Jane Doe said the plan would work.",
    "By Jane Doe",
    "Share This Article",
    "12 March 2021",
    "Thursday March 28 2024",
    "Azernews.Az",
    "NASA",
    # companies and institutions, though a given name or a capitalised form is in them
    "Example Media, LLC",
    "Jordan Roe Consulting, INC",
    "Example Holdings, Ltd.",
    "Logan University",
    "Emily Roe Foundation",
    "",
]


@pytest.mark.parametrize("line", NOT_PERSON_NAMES)
def test_not_a_person_name(line: str) -> None:
    assert not looks_like_person_name(line)


@pytest.mark.parametrize(
    ("line", "holder"),
    [
        ("© 2025 Jane Doe. All rights reserved.", "Jane Doe"),
        ("ⓒ 2025 Jane Doe", "Jane Doe"),
        ("© Copyright 2012-2025 Emily Roe", "Emily Roe"),
        ("Copyright Jane Doe 2012-2025. CC BY-NC 4.0.", "Jane Doe"),
        ("Copyright (c) 2024, Emily Roe", "Emily Roe"),
        ("© 2024 Emily Roe All Rights Reserved", "Emily Roe"),
        ("©2023 Jane Doe | Powered by WordPress", "Jane Doe"),
        ("© 2026 Angela Roe, MD • All Rights Reserved", "Angela Roe, MD"),
        # no person: a company, an institution, a blog's name
        ("© 2025 Example Media, LLC. All rights reserved.", None),
        ("© 2026 Logan University. All rights reserved.", None),
        ("Copyright © 2025 Jane Doe's Tech Blog", None),
        # no year: a photo credit
        ("© Jane Doe", None),
        # not a notice, or more than a name after it
        ("2024 Jane Doe", None),
        ("© 2024 Jane Doe said the plan would work.", None),
        ("Jane Doe", None),
    ],
)
def test_copyright_holder(line: str, holder: str | None) -> None:
    assert copyright_holder(line) == holder


AUTHOR_LINES: list[tuple[str, tuple[str, ...]]] = [
    ("Jane Doe", ("Jane Doe",)),
    ("Jane Doe and John Roe", ("Jane Doe", "John Roe")),
    ("Jane Doe, John Roe & Priya Raman", ("Jane Doe", "John Roe", "Priya Raman")),
    ("Jane Doe, Staff Writer", ("Jane Doe",)),
    # the credentials are part of how the author signs
    ("Dylan Roe, MS, RD, FAND", ("Dylan Roe, MS, RD, FAND",)),
    ("Jane Doe | March 3, 2021", ("Jane Doe",)),
    ("Jane Doe March 3, 2021 · 5 min read", ("Jane Doe",)),
    ("Jane Doe | Guest Columnist", ("Jane Doe",)),
    ("By Jane Doe", ("Jane Doe",)),
]


@pytest.mark.parametrize(("line", "names"), AUTHOR_LINES)
def test_clean_author_line(line: str, names: tuple[str, ...]) -> None:
    assert clean_author_line(line) == names


NOT_AUTHOR_LINES = [
    "Related Articles",
    "Battery Capacity",
    "Jane Doe.",
    "Jane Doe said the plan would work",
    "Jane Doe 12 people were hurt",
    "Jane",
    "Follow us on Twitter @example",
    "Kitchen and Bath Remodeling",
    "",
]


@pytest.mark.parametrize("line", NOT_AUTHOR_LINES)
def test_not_an_author_line(line: str) -> None:
    assert clean_author_line(line) is None


# --------------------------------------------------------------------------------------------
# Name lines known by their place (under the title, beside the date)
# --------------------------------------------------------------------------------------------

PLACED_AUTHORS: list[tuple[str, tuple[str, ...]]] = [
    ("Jane Doe", ("Jane Doe",)),
    # no given-name list knows these: the place is the evidence
    ("Tesfaye Girmachew", ("Tesfaye Girmachew",)),
    ("KOFI BOATENG-ASARE", ("KOFI BOATENG-ASARE",)),
    ("Tesfaye Girmachew and Lior Ben-Ami", ("Tesfaye Girmachew", "Lior Ben-Ami")),
    ("Susan", ("Susan",)),
    ("Everfit Team", ("Everfit Team",)),
    ("The Example editors", ("The Example editors",)),
    ("Tesfaye Girmachew | Senior Writer", ("Tesfaye Girmachew",)),
    ("Tesfaye Girmachew March 3, 2021", ("Tesfaye Girmachew",)),
    ("Dylan Bailey, MS, RD, FAND", ("Dylan Bailey, MS, RD, FAND",)),
    ("By Tesfaye Girmachew", ("Tesfaye Girmachew",)),
    ("Tesfaye Girmachew MERIDIAN DAILY", ("Tesfaye Girmachew",)),
    # capitals that are not an outlet stay with the name
    ("Jane Doe MD", ("Jane Doe MD",)),
]


@pytest.mark.parametrize(("line", "names"), PLACED_AUTHORS)
def test_parse_author_line(line: str, names: tuple[str, ...]) -> None:
    assert parse_author_line(line) == names


NOT_PLACED_AUTHORS = [
    "",
    "Marketing",  # a single word must be a known given name
    "Insights",
    "Fact Checked",  # words that end like verbs and nouns
    "Wedding Planning",
    "Risk Management",
    "ML Tools",  # a short acronym
    "Nutrition & Recipes",
    "Home",
    "Related Articles",
    "Share this article",
    "Here is what we found this year.",
    "March 3, 2021",
    "3 min read",
    "the allotment team",
    "Council Council Council",  # one word repeated: a stutter, no name
]


@pytest.mark.parametrize("line", NOT_PLACED_AUTHORS)
def test_not_a_placed_author_line(line: str) -> None:
    assert parse_author_line(line) is None


DATELINE_AUTHORS: list[tuple[str, tuple[str, ...] | None]] = [
    ("Jane Doe | March 3, 2021", ("Jane Doe",)),
    ("Tesfaye Girmachew March 3, 2021", ("Tesfaye Girmachew",)),
    ("Dec 26, 2025 \N{BULLET} Tesfaye Girmachew in Allotments", ("Tesfaye Girmachew",)),
    ("by Jane Doe \N{BLACK CIRCLE} December 23, 2025 \N{BLACK CIRCLE} 6 min read", ("Jane Doe",)),
    ("May 3, 2017 By Jane Doe 4 Comments", ("Jane Doe",)),
    ("Posted on May 3, 2017 Posted by Jane Doe 59 Comments", ("Jane Doe",)),
    ("Dec 17, 2025Jane Doe", ("Jane Doe",)),
    ("12 Comments | Jane Doe | Last Updated: March 11, 2019", ("Jane Doe",)),
    ("Tesfaye Girmachew on Dec. 13, 2025", ("Tesfaye Girmachew",)),
    ("Tesfaye Girmachew at 5:02 pm, March 3, 2021", ("Tesfaye Girmachew",)),
    # places, labels and furniture are not authors
    ("New York, March 3, 2021", None),
    ("LONDON, March 3, 2021 (Reuters)", None),
    ("WASHINGTON \N{EM DASH} March 3, 2021", None),
    ("Updated: March 5, 2021", None),
    ("Publicado el s\N{LATIN SMALL LETTER A WITH ACUTE}bado, 3 de febrero de 2024, 11:45", None),
    ("Allotments \N{MIDDLE DOT} March 2, 2022 \N{MIDDLE DOT} 5 min read", None),
    ("no date here: Jane Doe", None),
]


@pytest.mark.parametrize(("line", "names"), DATELINE_AUTHORS)
def test_dateline_authors(line: str, names: tuple[str, ...] | None) -> None:
    assert dateline_authors(line) == names


LEAD_CREDITS = [
    # Chinese: a dispatch line (电, 讯), then the reporters in brackets
    ("新华社北京3月12日电（记者王明、李华）国务院召开常务会议。", ("王明", "李华")),
    ("本报讯（记者 王明 通讯员 李华）近日，古镇启动保护工程。", ("王明", "李华")),
    ("中新网上海5月6日电 (记者 陈晓东) 上海今天发布新规。", ("陈晓东",)),
    ("本报北京5月6日讯（记者王明通讯员李华）大桥完工。", ("王明", "李华")),
    ("新華社北京3月12日電（記者王明）國務院召開會議。", ("王明",)),
    ("本报讯（记者 王明 报道）江南古镇启动工程。", ("王明",)),
    # Korean: an optional (place=agency), the names, 기자 and "="
    ("(서울=연합뉴스) 홍길동 기자 = 정부는 12일 대책을 발표했다.", ("홍길동",)),
    ("[세종=뉴시스]홍길동·김철수 기자 = 정부는 대책을 발표했다.", ("홍길동", "김철수")),
    ("【서울=뉴시스】 홍길동 기자 = 정부는 대책을 발표했다.", ("홍길동",)),
    ("홍길동 특파원 = 미국 정부는 새 정책을 내놓았다.", ("홍길동",)),
    # Japanese: 【place＝name】; an agency in place of a name is dropped
    ("【ワシントン＝山田太郎】米政府は12日、新たな方針を発表した。", ("山田太郎",)),
    ("【北京＝李華、上海＝王明】中国政府は新たな方針を示した。", ("李華", "王明")),
    ("【ロンドン=田中花子、パリ＝共同】欧州各国は対応を急いだ。", ("田中花子",)),
    # no credit
    ("【ニューヨーク＝共同】米株式市場は続伸した。", None),
    ("【速報】米政府が新方針", None),
    ("本报讯 江南古镇文化遗产数字化保护工程近日正式启动。", None),
    ("新华社北京3月12日电 国务院召开常务会议。", None),
    ("新华社北京3月12日电（来源：新华网）国务院召开会议。", None),
    ("据新华社电（图）大桥完工。", None),
    ("홍길동 기자 역시 현장을 찾았다.", None),
    ("(서울=연합뉴스) 정부는 12일 대책을 발표했다.", None),
    ("WASHINGTON (AP) \N{EM DASH} The council voted on Tuesday.", None),
    ("(Reuters) - Shares rose.", None),
    ("The council voted (by a wide margin) on Tuesday.", None),
    ("", None),
]


@pytest.mark.parametrize(("paragraph", "names"), LEAD_CREDITS)
def test_lead_credit(paragraph: str, names: tuple[str, ...] | None) -> None:
    assert lead_credit(paragraph) == names


@pytest.mark.parametrize(
    "line", ["Senior Writer", "Marketing Director", "Tech Writer, Example Media", "Staff Reporter"]
)
def test_job_title(line: str) -> None:
    assert looks_like_job_title(line)


@pytest.mark.parametrize(
    "line",
    ["Jane Doe", "The writer said the plan was late.", "Editor's picks: 5 stories", "Home", ""],
)
def test_not_a_job_title(line: str) -> None:
    assert not looks_like_job_title(line)


# --------------------------------------------------------------------------------------------
# Mastheads
# --------------------------------------------------------------------------------------------

SITES = [
    ("Azernews.Az", "Azernews.Az"),
    ("www.example.co.uk", "example.co.uk"),
    ("ExampleNews.com", "ExampleNews.com"),
    ("https://www.example.org/", "example.org"),
    ("  example-daily.de  ", "example-daily.de"),
    ("The Daily Courier", "The Daily Courier"),
    ("Riverside  Gazette", "Riverside Gazette"),
    ("Berliner Tageblatt", "Berliner Tageblatt"),
    ("Times of Example", "Times of Example"),
    ("Pine Hollow Record", "Pine Hollow Record"),
    ("Der Wellentaler Bote", "Der Wellentaler Bote"),
    ("Le Réveil de la Sorgue", "Le Réveil de la Sorgue"),
    ("Вестник Залива", "Вестник Залива"),
    ("Radio Kestrel", "Radio Kestrel"),
    ("江南日报", "江南日报"),
    ("海岸時報", "海岸時報"),
    ("해안일보", "해안일보"),
    ("صحيفة المدينة", "صحيفة المدينة"),
]


@pytest.mark.parametrize(("line", "site"), SITES)
def test_site_name(line: str, site: str) -> None:
    assert parse_site_name(line) == site


NOT_SITES = [
    "index.html",
    "setup.py",
    "e.g.",
    "Loading...",
    "Latest News",
    "Breaking News",
    "News",
    "Follow us on Twitter @example",
    "Thursday March 28 2024",
    "Jane Doe",
    "ML.NET",
    "The city council approved the budget for the coming year.",
    "Format: Media Collection",
    "Posted in News Release",
    "Industry Standard",
    # brand-shaped, but with no mark of a site: looks_like_brand, not parse_site_name
    "Crumb & Crust",
    "Garden Notes",
    # "news" alone names a section, not a paper; a headline is no newspaper name
    "国际新闻",
    "스포츠 뉴스",
    "日报",
    "江南古镇启动文化遗产数字化保护工程",
    "",
]


@pytest.mark.parametrize("line", NOT_SITES)
def test_not_a_site(line: str) -> None:
    assert parse_site_name(line) is None


BRANDS = [
    ("Crumb & Crust", "Crumb & Crust"),
    ("Garden Notes", "Garden Notes"),
    ("  Slow Roads Travel ", "Slow Roads Travel"),
    ("SportBlast", "SportBlast"),
    ("NPR", "NPR"),
    ("Le Réveil de la Sorgue", "Le Réveil de la Sorgue"),
]


@pytest.mark.parametrize(("line", "brand"), BRANDS)
def test_looks_like_brand(line: str, brand: str) -> None:
    assert looks_like_brand(line) == brand


NOT_BRANDS = [
    "Menu",
    "Sign In",
    "Search",
    "News",
    "World News",
    "Contact Us",
    "Recipes",
    "Home > Sport > Football",
    "Our work",
    "Get involved",
    "Jane Doe",
    "Notes from a small kitchen in Valencia",
    "Why my sourdough finally stopped collapsing",
    "Top 10 Trends",
    "Loading...",
    "",
]


@pytest.mark.parametrize("line", NOT_BRANDS)
def test_not_a_brand(line: str) -> None:
    assert looks_like_brand(line) is None


# --------------------------------------------------------------------------------------------
# Titles
# --------------------------------------------------------------------------------------------

NORMALIZED = [
    ("Hello World", "hello world"),
    ("  Hello   World  ", "hello world"),
    ("\N{LEFT DOUBLE QUOTATION MARK}Hello\N{RIGHT DOUBLE QUOTATION MARK} World", '"hello" world'),
    ("It\N{RIGHT SINGLE QUOTATION MARK}s here", "it's here"),
    ("Covid\N{EN DASH}19 \N{EM DASH} the story", "covid-19 - the story"),
    ("Wait for it\N{HORIZONTAL ELLIPSIS}", "wait for it"),
    ("Is it over?!", "is it over"),
    ("Title.", "title"),
    ("The `quoted` word", "the 'quoted' word"),  # a backtick is an apostrophe, as in any line
    ("ＦＵＬＬ　ＷＩＤＴＨ", "full width"),
    ("STRASSE Straße", "strasse strasse"),
    ("", ""),
]


@pytest.mark.parametrize(("text", "key"), NORMALIZED)
def test_normalize_title(text: str, key: str) -> None:
    assert normalize_title(text) == key


def test_normalize_title_compares_variants() -> None:
    a = "Azerbaijani defence chief, EU rep mull attacks \N{EN DASH} report"
    b = "  AZERBAIJANI Defence Chief, EU Rep Mull Attacks - Report.  "
    assert normalize_title(a) == normalize_title(b)


# Lines of the table above, and any text without a line break (quotes, dashes, full-width
# forms, odd spaces and control characters among them).
_TITLE_LINES = st.lists(
    st.sampled_from([t for t, _k in NORMALIZED])
    | st.text(alphabet=st.characters(blacklist_characters="\n"), max_size=40),
    max_size=8,
)


@given(_TITLE_LINES, st.integers(min_value=0, max_value=50))
def test_title_keys_of_many_lines_are_each_lines_key(lines: list[str], limit: int) -> None:
    # all lines are folded at once: each key must be the one its line gets alone
    expected = [normalize_title(line) if len(line) <= limit else "" for line in lines]
    assert title_keys(lines, limit) == expected


def test_title_keys_of_ascii_and_other_lines_together() -> None:
    quote = "Quote \N{RIGHT SINGLE QUOTATION MARK}s"
    lines = ["Plain  Title.", "ＦＵＬＬ　ＷＩＤＴＨ", quote, "x" * 30]
    assert title_keys(lines, 20) == ["plain title", "full width", "quote 's", ""]


SPLITS: list[tuple[str, tuple[str, str | None]]] = [
    ("Ministers meet to discuss the border | The Daily Courier",
     ("Ministers meet to discuss the border", "The Daily Courier")),
    ("Ministers meet to discuss the border - Example.com",
     ("Ministers meet to discuss the border", "Example.com")),
    ("Ministers meet to discuss the border \N{EM DASH} Example News",
     ("Ministers meet to discuss the border", "Example News")),
    ("Ministers meet to discuss the border | World | Example News",
     ("Ministers meet to discuss the border", "Example News")),
    ("Example.com: Ministers meet to discuss the border",
     ("Ministers meet to discuss the border", "Example.com")),
    # no split at ordinary hyphens or at a spaced dash before a subtitle
    ("Covid-19 cases rise in the region", ("Covid-19 cases rise in the region", None)),
    ("X - the story of a letter", ("X - the story of a letter", None)),
    ("I tried it for a month \N{EM DASH} and it may replace my gym",
     ("I tried it for a month \N{EM DASH} and it may replace my gym", None)),
    ("Building a pipeline - Part 1", ("Building a pipeline - Part 1", None)),
    ("Best bread machines \N{EN DASH} My Favorites!",
     ("Best bread machines \N{EN DASH} My Favorites!", None)),
    ("Ministers meet | Example", ("Ministers meet", "Example")),
    # the short side must be the site: a long right side is part of the title
    ("Q&A | Part 2", ("Q&A | Part 2", None)),
    ("Ministers | Example News Today From The Capital",
     ("Ministers | Example News Today From The Capital", None)),
    ("Just a title", ("Just a title", None)),
    ("", ("", None)),
    # a newspaper's name before a colon; a phrase with a newspaper word is not one
    ("Valley News: Ministers meet to discuss the border",
     ("Ministers meet to discuss the border", "Valley News")),
    ("Diario de la Vega Alta: Ministros se reúnen en la frontera",
     ("Ministros se reúnen en la frontera", "Diario de la Vega Alta")),
    ("Metro News MBA Rankings: Full & Part Time Programs",
     ("Metro News MBA Rankings: Full & Part Time Programs", None)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "split"), SPLITS)
def test_split_title_suffix(text: str, split: tuple[str, str | None]) -> None:
    assert split_title_suffix(text) == split


# --------------------------------------------------------------------------------------------
# Totality and linear time
# --------------------------------------------------------------------------------------------


@given(st.text())
def test_never_raises(text: str) -> None:
    names = parse_byline(text)
    assert names is None or (names and all(isinstance(n, str) and n for n in names))
    names = clean_author_line(text)
    assert names is None or (names and all(n for n in names))
    names = parse_author_line(text)
    assert names is None or (names and all(n for n in names))
    names = dateline_authors(text)
    assert names is None or (names and all(n for n in names))
    names = lead_credit(text)
    assert names is None or (names and all(n and n in text for n in names))
    assert isinstance(looks_like_job_title(text), bool)
    assert isinstance(strip_title_date(text), str)
    assert isinstance(looks_like_person_name(text), bool)
    holder = copyright_holder(text)
    assert holder is None or (holder in text and looks_like_person_name(holder))
    site = parse_site_name(text)
    assert site is None or site
    brand = looks_like_brand(text)
    assert brand is None or brand == " ".join(text.split())
    key = normalize_title(text)
    assert normalize_title(key) == key
    title, site = split_title_suffix(text)
    assert isinstance(title, str)
    assert site is None or site in text or site in text.replace("www.", "")


byline_parts = st.sampled_from(
    ["By", "by", "Jane", "Doe", "and", "&", ",", " ", "  ", "|", "-", "Reuters", "Staff",
     "Writer", "MS", "Ph.D.", "J.", "van", "al-", "O'", "March", "12", "2021", ":", "(",
     "Updated", "Written", "Author", "Von", "und", "Par", "et"]
)  # fmt: skip


@given(st.lists(byline_parts, max_size=30))
def test_never_raises_on_byline_soup(parts: list[str]) -> None:
    text = "".join(parts)
    for names in (parse_byline(text), clean_author_line(text), parse_author_line(text)):
        assert names is None or all(n.strip() == n and n for n in names)


N = 10**5
HOSTILE = {
    "by-by": "By " * (N // 3),
    "a": "a" * 10**6,
    "digits": "7" * N,
    "dots": "1." * N,
    "names": "By " + "Jane Doe, " * (N // 10),
    "ands": "By Jane" + " and" * (N // 4),
    "initials": "By " + "J. " * (N // 3),
    "hyphens": "By Jean" + "-Luc" * (N // 4),
    "apostrophes": "By O" + "'O" * (N // 2),
    "domain": "www." + "a." * (N // 2) + "com",
    "domain-dashes": "a" + "-" * N + ".com",
    "pipes": "Title " + "| " * (N // 2) + "Site",
    "dashes": "Title" + " - " * (N // 3) + "Site",
    "spaces": "Title" + " " * N + "| Site",
    "capitals": "Jane " * (N // 5),
    "quotes": "\N{LEFT DOUBLE QUOTATION MARK}" * N,
    "han-credit": "新华社" * (N // 3) + "电（记者" + "王明、" * (N // 3),
    "hangul-credit": "(서울=" * (N // 4) + "홍길동 " * (N // 4) + "기자 =",
    "ja-credit": "【" + "ワシントン＝" * (N // 6) + "】",
    "copyright": "© 2024 " * (N // 7) + "Jane Doe",
    "copyright-years": "Copyright " + "2012-2025, " * (N // 11),
}


@needs_alarm
@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_linear_on_hostile_input(name: str) -> None:
    text = HOSTILE[name]
    with alarm(10):
        byline = parse_byline(text)
        author = clean_author_line(text)
        placed = parse_author_line(text)
        on_dateline = dateline_authors(text)
        lead = lead_credit(text)
        job = looks_like_job_title(text)
        stripped = strip_title_date(text)
        person = looks_like_person_name(text)
        holder = copyright_holder(text)
        site = parse_site_name(text)
        brand = looks_like_brand(text)
        key = normalize_title(text)
        title, suffix = split_title_suffix(text)
    # far too long to be a byline, a name, a masthead or a split title
    assert (byline, author, placed, on_dateline, job, person, site, brand, suffix) == (
        (None, None, None, None, False, False, None, None, None)
    )
    assert lead is None and holder is None
    assert stripped == text
    assert title == text
    assert len(key) <= len(text)


@pytest.mark.parametrize(
    ("text", "split"),
    [
        (
            "How a seed library keeps beans alive | Opinion",
            ("How a seed library keeps beans alive", "Opinion"),
        ),
        ("Seed library review | Video", ("Seed library review", "Video")),
        # after a dash, or with more words, a section word is part of the headline
        (
            "How a seed library keeps beans alive - Opinion",
            ("How a seed library keeps beans alive - Opinion", None),
        ),
        ("Keeping beans alive | Part 2", ("Keeping beans alive | Part 2", None)),
    ],
)
def test_section_label_after_a_pipe(text: str, split: tuple[str, str | None]) -> None:
    assert split_title_suffix(text) == split


@pytest.mark.parametrize(
    ("title", "stripped"),
    [
        ("Advent of Allotments week 2 20 December 2025", "Advent of Allotments week 2"),
        ("Dec 18 2025 Preparing the beds for winter", "Preparing the beds for winter"),
        # a numeric date, a date set off by a colon, a date that is the whole line: kept
        ("Allotment Wrap-Up 12/19/2025", "Allotment Wrap-Up 12/19/2025"),
        ("March 3, 2021: the day the river rose", "March 3, 2021: the day the river rose"),
        ("Posted March 3, 2021", "Posted March 3, 2021"),
        ("Top 10 seed swaps of 2025", "Top 10 seed swaps of 2025"),
        ("News 12 March 2021 16:20", "News 12 March 2021 16:20"),
    ],
)
def test_strip_title_date(title: str, stripped: str) -> None:
    assert strip_title_date(title) == stripped
