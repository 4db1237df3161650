"""The date grammar: find_date, parse_dateline, parse_banner.

Tables of lines as pages print them (every text written for these tests) with the value,
offset, flags and span each function must give; lines it must refuse; and hostile inputs
that a backtracking pattern would hang on.
"""

from __future__ import annotations

import datetime as dt

import pytest
from guards import alarm, needs_alarm
from hypothesis import given
from hypothesis import strategies as st

from cleanscrape import parse
from cleanscrape.dates import (
    MONTHS,
    WEEKDAYS,
    ZONE_OFFSETS,
    DateMatch,
    date_from_url,
    date_spans,
    find_date,
    find_dates,
    parse_banner,
    parse_dateline,
    publication_date,
    settle_on_page,
)


def tz(hours: int, minutes: int = 0) -> dt.timezone:
    sign = -1 if hours < 0 else 1
    return dt.timezone(dt.timedelta(hours=hours, minutes=sign * minutes))


UTC = dt.timezone.utc

# line -> (value, has_time, has_zone, has_weekday, label); value is naive without a zone.
DATELINES: list[tuple[str, dt.datetime, bool, bool, bool, str | None]] = [
    # the seeds' form: the offset sign is the real one (+4 h), not POSIX's inverted one
    ("12 March 2021 16:20 (UTC+04:00)", dt.datetime(2021, 3, 12, 16, 20, tzinfo=tz(4)),
     True, True, False, None),
    # a full stop after the day, as some publishing systems print it
    ("December 19. 2025", dt.datetime(2025, 12, 19), False, False, False, None),
    ("December 19. 2025 at 13:01", dt.datetime(2025, 12, 19, 13, 1), True, False, False, None),
    # a blog's dateline with the post's categories after it
    ("Posted on March 3, 2021 in Gardening, Seed Swaps, Valley News", dt.datetime(2021, 3, 3),
     False, False, False, "posted"),
    # a long list of categories (and a second date glued to the first) still is one
    ("Posted on March 3, 2021March 9, 2021 in Gardening, Seed Swaps, Valley News, Master of"
     " Science in Soil & Plant Care, Community Gardens & Allotments, Online Resources,"
     " Thought Leadership", dt.datetime(2021, 3, 3), False, False, False, "posted"),
    ("3 July 2019 09:05 (UTC-03:30)", dt.datetime(2019, 7, 3, 9, 5, tzinfo=tz(-3, 30)),
     True, True, False, None),
    ("March 12, 2021 4:20 PM EST", dt.datetime(2021, 3, 12, 16, 20, tzinfo=tz(-5)),
     True, True, False, None),
    ("June 2, 2022 11:05 AM EDT", dt.datetime(2022, 6, 2, 11, 5, tzinfo=tz(-4)),
     True, True, False, None),
    ("Jan 5, 2020 7:00 am PST", dt.datetime(2020, 1, 5, 7, 0, tzinfo=tz(-8)),
     True, True, False, None),
    ("Jan 5, 2020 12:30 AM CST", dt.datetime(2020, 1, 5, 0, 30, tzinfo=tz(-6)),
     True, True, False, None),
    ("Aug 9, 2023 12:10 PM MDT", dt.datetime(2023, 8, 9, 12, 10, tzinfo=tz(-6)),
     True, True, False, None),
    ("9 August 2023 08:00 BST", dt.datetime(2023, 8, 9, 8, 0, tzinfo=tz(1)),
     True, True, False, None),
    ("9 August 2023 08:00 CEST", dt.datetime(2023, 8, 9, 8, 0, tzinfo=tz(2)),
     True, True, False, None),
    ("9 August 2023 08:00 MSK", dt.datetime(2023, 8, 9, 8, 0, tzinfo=tz(3)),
     True, True, False, None),
    ("9 August 2023 08:00 IST", dt.datetime(2023, 8, 9, 8, 0, tzinfo=tz(5, 30)),
     True, True, False, None),
    ("9 August 2023 08:00 JST", dt.datetime(2023, 8, 9, 8, 0, tzinfo=tz(9)),
     True, True, False, None),
    ("9 August 2023 08:00 AEST", dt.datetime(2023, 8, 9, 8, 0, tzinfo=tz(10)),
     True, True, False, None),
    ("2 February 2023 08:00 AEDT", dt.datetime(2023, 2, 2, 8, 0, tzinfo=tz(11)),
     True, True, False, None),
    ("2021-03-12T16:20:00Z", dt.datetime(2021, 3, 12, 16, 20, tzinfo=UTC), True, True, False,
     None),
    ("2021-03-12T16:20:00+04:00", dt.datetime(2021, 3, 12, 16, 20, tzinfo=tz(4)),
     True, True, False, None),
    ("2021-03-12T16:20:07.250-0500", dt.datetime(2021, 3, 12, 16, 20, 7, tzinfo=tz(-5)),
     True, True, False, None),
    ("2021-03-12 16:20", dt.datetime(2021, 3, 12, 16, 20), True, False, False, None),
    ("2021/03/12", dt.datetime(2021, 3, 12), False, False, False, None),
    ("12.03.2021 16:20", dt.datetime(2021, 3, 12, 16, 20), True, False, False, None),
    ("12-03-2021", dt.datetime(2021, 3, 12), False, False, False, None),
    # slash dates: month first as in the US unless the first number is over 12
    ("03/12/2021", dt.datetime(2021, 3, 12), False, False, False, None),
    ("12/03/2021", dt.datetime(2021, 12, 3), False, False, False, None),
    ("25/03/2021", dt.datetime(2021, 3, 25), False, False, False, None),
    # dots: day first unless only the other reading is a date
    ("03.25.2021", dt.datetime(2021, 3, 25), False, False, False, None),
    ("Fri 12 Mar 2021 16.20 GMT", dt.datetime(2021, 3, 12, 16, 20, tzinfo=UTC), True, True,
     True, None),
    ("Friday, March 12, 2021", dt.datetime(2021, 3, 12), False, False, True, None),
    ("Updated: March 12, 2021", dt.datetime(2021, 3, 12), False, False, False, "updated"),
    ("Last updated on 14 May 2022", dt.datetime(2022, 5, 14), False, False, False, "updated"),
    ("Published 12 Mar 2021", dt.datetime(2021, 3, 12), False, False, False, "published"),
    ("First published: 2 Oct 2018", dt.datetime(2018, 10, 2), False, False, False,
     "published"),
    ("Posted on March 12, 2021 by Jane Doe", dt.datetime(2021, 3, 12), False, False, False,
     "posted"),
    ("Mar. 12, 2021", dt.datetime(2021, 3, 12), False, False, False, None),
    ("Sept. 30, 2020", dt.datetime(2020, 9, 30), False, False, False, None),
    ("12th March 2021", dt.datetime(2021, 3, 12), False, False, False, None),
    ("1st of June 2020", dt.datetime(2020, 6, 1), False, False, False, None),
    ("March 12th, 2021 at 4:20 p.m.", dt.datetime(2021, 3, 12, 16, 20), True, False, False,
     None),
    ("4:20 PM ET, Fri March 12, 2021", dt.datetime(2021, 3, 12, 16, 20, tzinfo=tz(-5)),
     True, True, True, None),
    # ET follows US daylight time: 14 March 2021 was the switch
    ("9:15 AM ET, Mon March 15, 2021", dt.datetime(2021, 3, 15, 9, 15, tzinfo=tz(-4)),
     True, True, True, None),
    ("Nov 2, 2006 10:00 AM PT", dt.datetime(2006, 11, 2, 10, 0, tzinfo=tz(-8)),
     True, True, False, None),
    ("Oct 26, 2006 10:00 AM PT", dt.datetime(2006, 10, 26, 10, 0, tzinfo=tz(-7)),
     True, True, False, None),
    ("12 March 2021 16:20 GMT+2", dt.datetime(2021, 3, 12, 16, 20, tzinfo=tz(2)),
     True, True, False, None),
    ("12 March 2021 16:20 UTC-05:00", dt.datetime(2021, 3, 12, 16, 20, tzinfo=tz(-5)),
     True, True, False, None),
    ("12 March 2021 16:20 UTC\N{MINUS SIGN}3", dt.datetime(2021, 3, 12, 16, 20, tzinfo=tz(-3)),
     True, True, False, None),
    ("12 March 2021 16:20 +0400", dt.datetime(2021, 3, 12, 16, 20, tzinfo=tz(4)),
     True, True, False, None),
    ("16:20, 12 March 2021", dt.datetime(2021, 3, 12, 16, 20), True, False, False, None),
    ("12 March 2021 | 16:20", dt.datetime(2021, 3, 12, 16, 20), True, False, False, None),
    ("November 3, 2025 (8:42 AM ET)", dt.datetime(2025, 11, 3, 8, 42, tzinfo=tz(-5)),
     True, True, False, None),
    # German, French, Spanish, Portuguese, Italian, Dutch, Russian
    ("Donnerstag, 28. März 2024", dt.datetime(2024, 3, 28), False, False, True, None),
    ("Veröffentlicht am 12.03.2021 um 16:20 Uhr", dt.datetime(2021, 3, 12, 16, 20), True,
     False, False, "published"),
    ("Aktualisiert am 3. Okt. 2022, 08:15 Uhr MESZ",
     dt.datetime(2022, 10, 3, 8, 15, tzinfo=tz(2)), True, True, False, "updated"),
    ("Publié le 1er mars 2021", dt.datetime(2021, 3, 1), False, False, False, "published"),
    ("Mis à jour le 12 févr. 2021 à 16h20", dt.datetime(2021, 2, 12, 16, 20), True, False,
     False, "updated"),
    ("jeudi 28 mars 2024", dt.datetime(2024, 3, 28), False, False, True, None),
    ("Publicado el 12 de marzo de 2021 a las 16:20", dt.datetime(2021, 3, 12, 16, 20), True,
     False, False, "published"),
    ("Actualizado: 5 dic. 2020", dt.datetime(2020, 12, 5), False, False, False, "updated"),
    ("12 de março de 2021 às 16h20", dt.datetime(2021, 3, 12, 16, 20), True, False, False,
     None),
    ("Pubblicato il 12 marzo 2021 alle 16:20", dt.datetime(2021, 3, 12, 16, 20), True, False,
     False, "published"),
    ("Gepubliceerd op 12 maart 2021 om 16:20", dt.datetime(2021, 3, 12, 16, 20), True, False,
     False, "published"),
    ("Опубликовано: 12 марта 2021 г., 16:20", dt.datetime(2021, 3, 12, 16, 20), True, False,
     False, "published"),
    ("Обновлено 3 сентября 2020 в 09:45 МСК", dt.datetime(2020, 9, 3, 9, 45, tzinfo=tz(3)),
     True, True, False, "updated"),
    ("2021年3月12日 16:20", dt.datetime(2021, 3, 12, 16, 20), True, False, False, None),
    # full month names of more languages
    ("12 marca 2021, 16:20", dt.datetime(2021, 3, 12, 16, 20), True, False, False, None),
    ("12. března 2021 16:20", dt.datetime(2021, 3, 12, 16, 20), True, False, False, None),
    ("12 березня 2021 о 16:20", dt.datetime(2021, 3, 12, 16, 20), True, False, False, None),
    ("12. marraskuuta 2021", dt.datetime(2021, 11, 12), False, False, False, None),
    ("12 Μαρτίου 2021", dt.datetime(2021, 3, 12), False, False, False, None),
    ("1 Ekim 2024, 09:30", dt.datetime(2024, 10, 1, 9, 30), True, False, False, None),
    ("7 MAYIS 2020", dt.datetime(2020, 5, 7), False, False, False, None),
    ("3 Agustus 2023 14:05 WIB", dt.datetime(2023, 8, 3, 14, 5, tzinfo=tz(7)), True, True,
     False, None),
    ("12 augusti 2021 kl. 16.20", dt.datetime(2021, 8, 12, 16, 20), True, False, False, None),
    ("12 iunie 2019", dt.datetime(2019, 6, 12), False, False, False, None),
    ("12 Mac 2021", dt.datetime(2021, 3, 12), False, False, False, None),
    ("12 مارس 2021", dt.datetime(2021, 3, 12), False, False, False, None),
    ("2021年3月12日 16時20分", dt.datetime(2021, 3, 12, 16, 20), True, False, False, None),
    ("2021年3月12日 16时5分30秒", dt.datetime(2021, 3, 12, 16, 5, 30), True, False, False, None),
    ("2021년 3월 12일 16:20", dt.datetime(2021, 3, 12, 16, 20), True, False, False, None),
    ("2021.03.12. 오후 4:20", dt.datetime(2021, 3, 12, 16, 20), True, False, False, None),
    ("2021.03.12 오전 12:05", dt.datetime(2021, 3, 12, 0, 5), True, False, False, None),
    ("2021年3月12日 下午4:20", dt.datetime(2021, 3, 12, 16, 20), True, False, False, None),
    ("2021年3月12日（金）16時20分", dt.datetime(2021, 3, 12, 16, 20), True, False, False, None),
    ("2021.03.12(금) 16:20", dt.datetime(2021, 3, 12, 16, 20), True, False, False, None),
    ("12.03.2021. 16:20", dt.datetime(2021, 3, 12, 16, 20), True, False, False, None),
    ("입력 2021.03.12. 오후 4:20", dt.datetime(2021, 3, 12, 16, 20), True, False, False, "published"),  # noqa: E501
    ("发布时间：2021-03-12 16:20", dt.datetime(2021, 3, 12, 16, 20), True, False, False, "published"),  # noqa: E501
    ("更新時間：2021-03-12", dt.datetime(2021, 3, 12), False, False, False, "updated"),
    ("公開日：2021年3月12日", dt.datetime(2021, 3, 12), False, False, False, "published"),
    ("تاريخ النشر: 12 مارس 2021", dt.datetime(2021, 3, 12), False, False, False, "published"),
    # weekdays and labels of more languages
    ("piątek, 12 marca 2021 16:20", dt.datetime(2021, 3, 12, 16, 20), True, False, True, None),
    ("Cuma, 12 Mart 2021 16:20", dt.datetime(2021, 3, 12, 16, 20), True, False, True, None),
    ("Jumat, 12 Maret 2021 16:20 WIB", dt.datetime(2021, 3, 12, 16, 20, tzinfo=tz(7)), True,
     True, True, None),
    ("Opublikowano: 12.03.2021 16:20", dt.datetime(2021, 3, 12, 16, 20), True, False, False,
     "published"),
    ("Güncelleme: 12.03.2021 16:20", dt.datetime(2021, 3, 12, 16, 20), True, False, False,
     "updated"),
    ("Publicerad 12 mars 2021", dt.datetime(2021, 3, 12), False, False, False, "published"),
    ("نُشر في 12 مارس 2021 - 16:20", dt.datetime(2021, 3, 12, 16, 20), True, False, False,
     "published"),
    # Hebrew months, with and without the prefix "in"
    ("12 במרץ 2024", dt.datetime(2024, 3, 12), False, False, False, None),
    ("פורסם: 12 מרץ 2024 16:20", dt.datetime(2024, 3, 12, 16, 20), True, False, False,
     "published"),
    # Thai months, full and abbreviated, and years of the Buddhist era (2567 BE is 2024)
    ("12 มีนาคม 2567", dt.datetime(2024, 3, 12), False, False, False, None),
    ("12 มี.ค. 2567 16:20 น.", dt.datetime(2024, 3, 12, 16, 20), True, False, False, None),
    ("วันศุกร์ที่ 12 มีนาคม พ.ศ. 2567", dt.datetime(2024, 3, 12), False, False, True, None),
    ("เผยแพร่: 12 มี.ค. 2567 16:20 น.", dt.datetime(2024, 3, 12, 16, 20), True, False, False,
     "published"),
    ("12 มีนาคม 2024", dt.datetime(2024, 3, 12), False, False, False, None),
    # a two-digit year of the Buddhist era after a Thai month: 66 is 2566 BE, 2023
    ("15 พ.ย. 66", dt.datetime(2023, 11, 15), False, False, False, None),
    ("๑๕ พ.ย. ๖๖", dt.datetime(2023, 11, 15), False, False, False, None),
    ("15 พ.ย.66", dt.datetime(2023, 11, 15), False, False, False, None),
    ("15 พฤศจิกายน 66 10:30 น.", dt.datetime(2023, 11, 15, 10, 30), True, False, False, None),
    ("วันพุธที่ 15 พ.ย. 66", dt.datetime(2023, 11, 15), False, False, True, None),
    ("เผยแพร่: 15 พ.ย. 66 10:30 น.", dt.datetime(2023, 11, 15, 10, 30), True, False, False,
     "published"),
    # Persian (Solar Hijri) dates, converted to the Gregorian calendar: 15 Aban 1402 is
    # 6 November 2023
    ("۱۵ آبان ۱۴۰۲", dt.datetime(2023, 11, 6), False, False, False, None),
    ("15 آبان 1402", dt.datetime(2023, 11, 6), False, False, False, None),
    ("یکشنبه ۱۴ آبان ۱۴۰۲ - ۱۰:۳۰", dt.datetime(2023, 11, 5, 10, 30), True, False, True,
     None),
    ("۱۴۰۲/۰۸/۱۵", dt.datetime(2023, 11, 6), False, False, False, None),
    ("۱۴۰۲-۰۸-۱۵", dt.datetime(2023, 11, 6), False, False, False, None),
    # ASCII digits in a Persian line (a letter Arabic does not write: the yeh of تاریخ)
    ("تاریخ انتشار: 1402/08/15 10:30", dt.datetime(2023, 11, 6, 10, 30), True, False, False,
     "published"),
    ("۱۰:۳۰ - ۱۴۰۲/۰۸/۱۵", dt.datetime(2023, 11, 6, 10, 30), True, False, False, None),
    ("تاریخ انتشار: ۱۴۰۲/۰۸/۱۵", dt.datetime(2023, 11, 6), False, False, False, "published"),
    ("انتشار: ۱۵ آبان ۱۴۰۲ - ۱۰:۳۰", dt.datetime(2023, 11, 6, 10, 30), True, False, False,
     "published"),
    ("منتشر شده در ۱۵ آبان ۱۴۰۲", dt.datetime(2023, 11, 6), False, False, False, "published"),
    ("به\u200cروزرسانی: ۱۵ آبان ۱۴۰۲", dt.datetime(2023, 11, 6), False, False, False,
     "updated"),
    ("آخرین بروزرسانی: ۱۴۰۲/۰۸/۱۵ ۱۰:۳۰", dt.datetime(2023, 11, 6, 10, 30), True, False,
     False, "updated"),
    ("سه\u200cشنبه ۱۶ آبان ۱۴۰۲", dt.datetime(2023, 11, 7), False, False, True, None),
    ("سه شنبه ۱۶ آبان ۱۴۰۲", dt.datetime(2023, 11, 7), False, False, True, None),
    ("پنج\u200cشنبه، ۱۸ آبان ۱۴۰۲، ساعت ۱۰:۳۰", dt.datetime(2023, 11, 9, 10, 30), True,
     False, True, None),
    # the Arabic yeh and kaf, as Arabic keyboards type them
    ("يكشنبه ۱۴ آبان ۱۴۰۲", dt.datetime(2023, 11, 5), False, False, True, None),
    ("۱۵ ارديبهشت ۱۴۰۳", dt.datetime(2024, 5, 4), False, False, False, None),
    ("۱۰ دی ۱۴۰۲", dt.datetime(2023, 12, 31), False, False, False, None),
    ("۱ فروردین ۱۴۰۳", dt.datetime(2024, 3, 20), False, False, False, None),
    ("۳۰ اسفند ۱۴۰۳", dt.datetime(2025, 3, 20), False, False, False, None),  # a leap year
    ("۱۵ امرداد ۱۴۰۲", dt.datetime(2023, 8, 6), False, False, False, None),
    # Iran's zone, by name or offset
    ("۱۴ آبان ۱۴۰۲ ساعت ۱۰:۳۰ (IRST)", dt.datetime(2023, 11, 5, 10, 30, tzinfo=tz(3, 30)),
     True, True, False, None),
    ("۱۴۰۲-۰۸-۱۵T۱۰:۳۰+۰۳:۳۰", dt.datetime(2023, 11, 6, 10, 30, tzinfo=tz(3, 30)), True, True,
     False, None),
    # "month" after the month's name, with a space or a zero-width non-joiner
    ("۱۵ آبان ماه ۱۴۰۲", dt.datetime(2023, 11, 6), False, False, False, None),
    ("۱۵ آبان\u200cماه ۱۴۰۲", dt.datetime(2023, 11, 6), False, False, False, None),
    ("یکشنبه ۱۴ آبان ماه ۱۴۰۲ ساعت ۱۰:۳۰", dt.datetime(2023, 11, 5, 10, 30), True, False,
     True, None),
    # the Gregorian months in Persian (BBC Persian), also with the Arabic yeh
    ("۱۴ نوامبر ۲۰۲۳", dt.datetime(2023, 11, 14), False, False, False, None),
    ("۱۴ نوامبر ۲۰۲۳ - ۱۰:۳۰", dt.datetime(2023, 11, 14, 10, 30), True, False, False, None),
    ("۱۲ مه ۲۰۲۴", dt.datetime(2024, 5, 12), False, False, False, None),
    ("۳ ژوئیه ۲۰۲۱", dt.datetime(2021, 7, 3), False, False, False, None),
    ("۳ ژوئيه ۲۰۲۱", dt.datetime(2021, 7, 3), False, False, False, None),
    ("۲۰ ژانویه ۲۰۲۵", dt.datetime(2025, 1, 20), False, False, False, None),
    # the months of Afghanistan (Dari) take Solar Hijri years too
    ("۱۵ حمل ۱۴۰۳", dt.datetime(2024, 4, 3), False, False, False, None),
    ("۲۶ اسد ۱۴۰۲", dt.datetime(2023, 8, 17), False, False, False, None),
    ("۱ جدی ۱۴۰۲", dt.datetime(2023, 12, 22), False, False, False, None),
    # Gregorian dates in Persian text stay Gregorian
    ("۲۰۲۴/۰۳/۲۰", dt.datetime(2024, 3, 20), False, False, False, None),
    ("تاریخ انتشار: ۲۰۲۴/۰۳/۲۰", dt.datetime(2024, 3, 20), False, False, False, "published"),
    # digits of other scripts
    ("١٢ مارس ٢٠٢١", dt.datetime(2021, 3, 12), False, False, False, None),
    ("نشر بتاريخ ١٢ مارس ٢٠٢١ ١٦:٢٠", dt.datetime(2021, 3, 12, 16, 20), True, False, False,
     "published"),
    ("２０２４年３月１２日", dt.datetime(2024, 3, 12), False, False, False, None),
    # a Chinese, Japanese or Korean weekday after the date or its time, bracketed or not
    ("2024年3月12日 星期二 16:20", dt.datetime(2024, 3, 12, 16, 20), True, False, False, None),
    ("2024年3月12日（星期二）", dt.datetime(2024, 3, 12), False, False, False, None),
    ("2024-03-12 周二", dt.datetime(2024, 3, 12), False, False, False, None),
    ("2024年3月12日 火曜日", dt.datetime(2024, 3, 12), False, False, False, None),
    ("2024년 3월 12일 화요일 오후 4:20", dt.datetime(2024, 3, 12, 16, 20), True, False, False,
     None),
    ("发布时间：2024年03月12日 16:20 星期二", dt.datetime(2024, 3, 12, 16, 20), True, False,
     False, "published"),
    # a slash date that reads both ways: the printed weekday settles it ...
    ("Fri 05/03/2021", dt.datetime(2021, 3, 5), False, False, True, None),
    ("Mon 05/03/2021", dt.datetime(2021, 5, 3), False, False, True, None),
    ("Friday, 03.05.2021", dt.datetime(2021, 3, 5), False, False, True, None),
    # ... and so does a label or weekday of a language whose readers write the day first
    ("Publié le 05/03/2021 à 16h20", dt.datetime(2021, 3, 5, 16, 20), True, False, False,
     "published"),
    ("Veröffentlicht am 05/03/2021", dt.datetime(2021, 3, 5), False, False, False,
     "published"),
    ("Thứ Sáu, 5/3/2021, 16:20 (GMT+7)", dt.datetime(2021, 3, 5, 16, 20, tzinfo=tz(7)), True,
     True, True, None),
    ("Cập nhật: 05/03/2021 16:20", dt.datetime(2021, 3, 5, 16, 20), True, False, False,
     "updated"),
    ("Date: 05/03/2021", dt.datetime(2021, 5, 3), False, False, False, "published"),
    ("Datum: 05/03/2021", dt.datetime(2021, 3, 5), False, False, False, "published"),
    # a US zone's offset follows the reading settled on: 7 March 2021 was a Sunday, before
    # daylight time; 3 July a Saturday, in it
    ("Sun 07/03/2021 10:00 ET", dt.datetime(2021, 3, 7, 10, 0, tzinfo=tz(-5)), True, True,
     True, None),
    ("Sat 07/03/2021 10:00 ET", dt.datetime(2021, 7, 3, 10, 0, tzinfo=tz(-4)), True, True,
     True, None),
    # two-digit years where they cannot be anything else
    ("12.03.21", dt.datetime(2021, 3, 12), False, False, False, None),
    ("3/12/21", dt.datetime(2021, 3, 12), False, False, False, None),
    ("Mar 12, '21", dt.datetime(2021, 3, 12), False, False, False, None),
    ("12 Mar '98", dt.datetime(1998, 3, 12), False, False, False, None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("line", "value", "has_time", "has_zone", "has_weekday", "label"), DATELINES
)
def test_find_date_reads_each_form(
    line: str,
    value: dt.datetime,
    has_time: bool,
    has_zone: bool,
    has_weekday: bool,
    label: str | None,
) -> None:
    m = find_date(line)
    assert m is not None
    assert m.value == value
    assert m.value.utcoffset() == value.utcoffset()
    assert (m.has_time, m.has_zone, m.has_weekday, m.label) == (
        has_time,
        has_zone,
        has_weekday,
        label,
    )
    assert (m.value.tzinfo is not None) == has_zone


# bylines that carry a date: find_date reads the date, parse_dateline leaves the line to
# fields.parse_byline
BYLINES_WITH_DATES = [
    "Posted on March 12, 2021 by Jane Doe",
    "Posted on March 12, 2021 by admin",
    "By Jane Doe • 12 March 2021",
    "By Jane Doe | Updated March 12, 2021 4:20 PM EST",
    "March 12, 2021 by Jane Doe | News",
    "Publié le 12 mars 2021 par Jean Dupont",
]


@pytest.mark.parametrize("line", [row[0] for row in DATELINES if row[0] not in BYLINES_WITH_DATES])
def test_each_form_alone_is_a_dateline(line: str) -> None:
    assert parse_dateline(line) == find_date(line)


@pytest.mark.parametrize("line", BYLINES_WITH_DATES)
def test_a_byline_with_a_date_is_not_a_dateline(line: str) -> None:
    m = find_date(line)
    assert m is not None
    assert m.value.date() == dt.date(2021, 3, 12)
    assert parse_dateline(line) is None


def test_zone_after_the_date_belongs_to_a_leading_time() -> None:
    m = parse_dateline("07:45, 19 Jan 2023 GMT")
    assert m is not None
    assert m.value == dt.datetime(2023, 1, 19, 7, 45, tzinfo=UTC)
    assert (m.start, m.end) == (0, 22)
    m = parse_dateline("9:30 am, 4 May 2022 BST")
    assert m is not None
    assert m.value == dt.datetime(2022, 5, 4, 9, 30, tzinfo=tz(1))
    # without a time the zone is not read: midnight in a zone would be invented
    m = find_date("19 Jan 2023 GMT")
    assert m is not None
    assert (m.has_time, m.has_zone, m.end) == (False, False, 11)


def test_offset_sign_is_not_inverted() -> None:
    m = find_date("12 March 2021 16:20 (UTC+04:00)")
    assert m is not None
    assert m.value.utcoffset() == dt.timedelta(hours=4)
    assert m.value.astimezone(UTC) == dt.datetime(2021, 3, 12, 12, 20, tzinfo=UTC)


# line -> (start, end) of the date expression: weekday, time and zone in, label out
SPANS: list[tuple[str, tuple[int, int]]] = [
    ("12 March 2021 16:20 (UTC+04:00)", (0, 31)),
    ("Updated: March 12, 2021", (9, 23)),
    ("Posted on March 12, 2021 by Jane Doe", (10, 24)),
    ("WASHINGTON — March 12, 2021", (13, 27)),
    ("4:20 PM ET, Fri March 12, 2021", (0, 30)),
    ("The vote on 2021-03-12 was close", (12, 22)),
    ("Seen on Fri, 12 Mar 2021 at noon", (8, 24)),
]


@pytest.mark.parametrize(("line", "span"), SPANS)
def test_span(line: str, span: tuple[int, int]) -> None:
    m = find_date(line)
    assert m is not None
    assert (m.start, m.end) == span


def test_find_date_takes_the_first_date_in_prose() -> None:
    text = (
        "The council met on 4 May 2019 and again on 9 June 2020, when the plan that had been "
        "drafted on March 2, 2018 was finally approved."
    )
    m = find_date(text)
    assert m is not None
    assert m.value == dt.datetime(2019, 5, 4)
    assert text[m.start : m.end] == "4 May 2019"


def test_find_date_skips_impossible_candidates() -> None:
    m = find_date("Not 31 June 2021 but 30 June 2021.")
    assert m is not None
    assert m.value == dt.datetime(2021, 6, 30)


def test_text_dump_glue() -> None:
    # text dumps glue a byline to its date, two dates together, a year to a time
    m = find_date("by Jane RoeNovember 20, 2007")
    assert m is not None
    assert m.value == dt.datetime(2007, 11, 20)
    m = find_date("June 29, 2020November 12, 2021")
    assert m is not None
    assert (m.value, m.end) == (dt.datetime(2020, 6, 29), 13)
    m = find_date("October 17, 20236:01 PM ET")
    assert m is not None
    assert m.value == dt.datetime(2023, 10, 17, 18, 1, tzinfo=tz(-4))
    m = find_date("Staff WriterUpdated Sep 17, 2025")
    assert m is not None
    assert m.label == "updated"
    # a reading time glued to the year: "Mar 27, 2025" + "5 mins"
    for glued in ("Mar 27, 20255 mins", "March 27, 202512 min read", "27 March 20253 Minutes"):
        m = find_date(glued)
        assert m is not None, glued
        assert m.value == dt.datetime(2025, 3, 27), glued
        assert parse_dateline(glued) is not None, glued
    # but a year is not cut out of a longer number
    assert find_date("Order 2025512 shipped") is None


NOT_DATES = [
    "",
    # a year of the Buddhist era needs a Thai month before it
    "12 March 2567",
    "2567 Main Street",
    "2 hours ago",
    "Yesterday at 4:20 PM",
    "At a meeting that took place on March 12, the two ministers spoke.",
    "The 44-day war in 2020 changed the region.",
    "Feb 30, 2021",
    "31 April 2021",
    "12/13/14/2021",
    "Month 13: 13/13/2021",
    "12 March 2021 25:00",
    "12 March 2021 16:75",
    "2021年3月12日 16時75分",
    # an afternoon word with a 24-hour time, or with an AM/PM as well
    "2021.03.12. 오후 16:20",
    "2021.03.12 오후 4:20 pm",
    "12 Nisan 5784",  # a Hebrew calendar date: no year in range
    "the new iMac 12, 2021 edition",  # Malay "Mac" (March) counts only day-first
    "12 March 2021 16:20 UTC+19:00",
    "12 March 2021 13:20 PM",
    "1.1.1.1",
    "192.168.10.12",
    "Version 2.10.21 is out",
    "Call 555-12-2021 now",
    "out 12 2021 is not a Portuguese date, the month comes second",
    "12 Foo 2021",
    "12 March 1850",
    "Chapter 12, 2021 edition",
    "December 19.2025",  # no space after the full stop: a version or a number
    "ISBN 978-3-16-148410-0",
    # a two-digit year counts only after a Thai month, and not as a time
    "15 March 66",
    "ราคา 66 บาท",
    "15 พ.ย. 10:30 น.",
    # Persian text: numbers that are no dates, the month دی (Dey) without a day or a year
    "در این جلسه ۱۲ نفر از ۱۴۰۰ عضو انجمن شرکت کردند",
    "در ماه دی ۱۴۰۲ هوا بسیار سرد بود",
    "سفر ۵ دی آغاز شد و ۱۲ روز طول کشید",
    "قیمت ۳ دی\u200cوی\u200cدی ۱۴۰۰ تومان است",
    # a Solar Hijri month with a year out of its range, or a Gregorian one
    "۱۵ آبان ۱۲۹۹",
    "۱۵ آبان ۱۵۰۱",
    "۱۵ آبان ۲۰۲۳",
    # "month" with no month's name before it; a Gregorian month with a Solar Hijri year
    "۱۵ ماه ۱۴۰۲",
    "۱۵ نوامبر ۱۴۰۲",
    "۱۲۹۹/۰۸/۱۵",
    "۱۴۵۱/۰۸/۱۵",
    # a Solar Hijri year only in a Persian line: a code in English, the lunar Hijri
    # calendar in Arabic (its years are the Solar calendar's too)
    "1402/08/15 10:30",
    "ISO 1400-1-12",
    "تاريخ النشر: 1445/09/15",
    # impossible Solar Hijri dates: 1402 is a common year, months 7-12 have 30 days
    "۳۰ اسفند ۱۴۰۲",
    "۳۱ مهر ۱۴۰۲",
    "۱۴۰۲/۱۳/۰۱",
    "۱۴۰۲/۱۲/۳۰",
    "۱۴۰۲/۰۷/۳۱",
    # a year first with a lunar Hijri mark is of the calendar of Arabia, not converted here
    "1445/09/15هـ",
    "1445/09/15 هجري",
    "۱۴۴۵/۰۹/۱۵ ه.ق",
]


@pytest.mark.parametrize("line", NOT_DATES)
def test_not_a_date(line: str) -> None:
    assert find_date(line) is None
    assert parse_dateline(line) is None
    assert parse_banner(line) is None


DATELINE_EXTRAS = [
    "WASHINGTON — March 12, 2021",
    "BAKU, Azerbaijan (Reuters) - 12 March 2021",
    "March 12, 2021 · 5 min read",
    "12 March 2021 | 3 min read",
    "Published 12 Mar 2021, updated 13 Mar 2021 09:00 GMT",
    "Publié le 12 mars 2021 à 16h20, mis à jour le 13 mars 2021 à 08h00",
    "March 12, 2021 | 12 Comments",
    "Jane Roe March 3, 2021 · 4 min read",
    "Lesezeit: 4 Min. · 12.03.2021",
    # labelled fields in a script without capitals
    "2021-03-12 16:20 来源：新华网 作者：李华",
    "发布时间：2021-03-12 16:20 来源：新华网",
    "입력 2021.03.12. 오후 4:20 수정 2021.03.12. 오후 5:00",
]


@pytest.mark.parametrize("line", DATELINE_EXTRAS)
def test_dateline_with_furniture(line: str) -> None:
    m = parse_dateline(line)
    assert m is not None
    assert m == find_date(line)


NOT_DATELINES = [
    # categories only after a label; prose after a labelled date stays prose
    "March 3, 2021 in Gardening, Seed Swaps, Valley News, Allotments",
    "Posted on March 3, 2021 in which the minister said the talks would go on",
    "On March 12, 2021 the minister said that the talks would go on.",
    "The report, published on 12 March 2021, found that prices had doubled.",
    "March 12, 2021 was a cold day in the capital and the streets were empty.",
    "Signed on 12 March 2021 by the two foreign ministers in the capital of the country",
    "12 March 2021 16:20 - 18:00",
    "Tickets from 12 March 2021, 20 euros",
    "WHERE created_at > '2021-01-01'",
    "x" * 150 + " 12 March 2021",
    # a sentence in a script without capitals: its words are no labelled fields
    "该项目将于2021年3月12日启动",
    "江南古镇2021年3月12日启动保护工程",
    # over 160 characters, only categories may follow a labelled date
    "Posted on March 3, 2021 " + "and then " * 20,
    "Posted on March 3, 2021 in " + "Gardening, " * 30,
]


@pytest.mark.parametrize("line", NOT_DATELINES)
def test_prose_with_a_date_is_not_a_dateline(line: str) -> None:
    assert parse_dateline(line) is None


BANNERS = [
    ("Thursday March 28 2024", dt.date(2024, 3, 28)),
    ("Thursday, 28 March 2024", dt.date(2024, 3, 28)),
    ("Thursday, March 28, 2024", dt.date(2024, 3, 28)),
    ("Donnerstag, 28. März 2024", dt.date(2024, 3, 28)),
    ("Donnerstag, den 28. März 2024", dt.date(2024, 3, 28)),
    ("jeudi 28 mars 2024", dt.date(2024, 3, 28)),
    ("jueves, 28 de marzo de 2024", dt.date(2024, 3, 28)),
    ("четверг, 28 марта 2024", dt.date(2024, 3, 28)),
    ("  Thu 10 Jul 2025  ", dt.date(2025, 7, 10)),
    ("شنبه ۱۳ آبان ۱۴۰۲", dt.date(2023, 11, 4)),
    ("شنبه، ۱۳ آبان ۱۴۰۲", dt.date(2023, 11, 4)),
]


@pytest.mark.parametrize(("line", "day"), BANNERS)
def test_banner(line: str, day: dt.date) -> None:
    assert parse_banner(line) == day


NOT_BANNERS = [
    "March 28 2024",  # no weekday: a dateline, not a banner
    "Thursday March 28 2024 10:00",  # a time
    "Updated Thursday March 28 2024",  # a label
    "Thursday March 28 2024 by Jane Doe",
    "Thursday",
    "Thursday March 28",
    "Thursday March 28 2024, the day the bridge finally opened to all traffic again",
]


@pytest.mark.parametrize("line", NOT_BANNERS)
def test_not_a_banner(line: str) -> None:
    assert parse_banner(line) is None


def test_banner_and_dateline_are_told_apart() -> None:
    banner, dateline = "Thursday March 28 2024", "12 March 2021 16:20 (UTC+04:00)"
    assert parse_banner(banner) == dt.date(2024, 3, 28)
    assert parse_banner(dateline) is None
    m = parse_dateline(dateline)
    assert m is not None
    assert m.value.date() == dt.date(2021, 3, 12)


def test_tables_are_consistent() -> None:
    assert set(MONTHS.values()) == set(range(1, 13))
    assert set(WEEKDAYS.values()) == set(range(1, 8))
    assert all(name == name.casefold() for name in MONTHS)
    assert all(abs(minutes) <= 14 * 60 for minutes in ZONE_OFFSETS.values())
    for name in ("march", "märz", "mars", "marzo", "março", "maart", "марта", "март"):
        assert MONTHS[name] == 3


def test_more_month_tables_name_twelve_months_and_agree() -> None:
    from cleanscrape.dates import _MONTH_WORDS, _MORE_MONTHS

    seen: dict[str, int] = {
        word.casefold(): num for num, words in _MONTH_WORDS.items() for word in words
    }
    for language, names in _MORE_MONTHS.items():
        months = names.split()
        assert len(months) == 12, language
        for num, spellings in enumerate(months, 1):
            for word in spellings.split("/"):
                # a name two languages share means the same month in both
                assert seen.setdefault(word.casefold(), num) == num, (language, word)
                assert MONTHS[word.casefold()] == num
    for name in ("marca", "března", "березня", "maaliskuuta", "μαρτίου", "mart", "maret"):
        assert MONTHS[name] == 3


def test_more_weekday_tables_name_seven_days_and_agree() -> None:
    from cleanscrape.dates import _ENGLISH_WEEKDAYS, _MORE_WEEKDAYS, _OTHER_WEEKDAYS

    assert len(_ENGLISH_WEEKDAYS) == len(_OTHER_WEEKDAYS) == 7
    for language, names in _MORE_WEEKDAYS.items():
        days = names.split()
        assert len(days) == 7, language
        for num, spellings in enumerate(days, 1):
            for word in spellings.split("/"):
                assert WEEKDAYS[word.replace("_", " ").casefold()] == num, (language, word)
    for name in ("piątek", "pátek", "fredag", "perjantai", "cuma", "jumat", "thứ sáu"):
        assert WEEKDAYS[name] == 5


def test_month_first_words_are_english_labels_and_weekdays() -> None:
    from cleanscrape.dates import _ENGLISH_LABELS, _LABELS, _MONTH_FIRST_WORDS

    assert set(_ENGLISH_LABELS) <= set(_LABELS)
    assert {"published", "last updated", "fri", "friday"} <= _MONTH_FIRST_WORDS
    assert not {"publié", "veröffentlicht", "vendredi", "thứ sáu"} & _MONTH_FIRST_WORDS
    assert all(WEEKDAYS.get(w) for w in _MONTH_FIRST_WORDS if w not in _ENGLISH_LABELS)


def test_a_slash_date_its_line_cannot_settle_carries_the_other_reading() -> None:
    m = parse_dateline("Published 05/03/2021 16:20")
    assert m is not None
    assert m.value == dt.datetime(2021, 5, 3, 16, 20)
    assert m.alternative == dt.datetime(2021, 3, 5, 16, 20)
    # settled on the line: by the weekday, by a label of another language, by a number
    # over 12, or a dot date (day first everywhere)
    for line in ("Fri 05/03/2021", "Mon 05/03/2021", "Publié le 05/03/2021", "25/03/2021",
                 "05.03.2021", "March 5, 2021"):  # fmt: skip
        found = parse_dateline(line)
        assert found is not None and found.alternative is None, line


def test_the_alternative_keeps_the_zone_of_its_own_day() -> None:
    m = parse_dateline("07/03/2021 10:00 ET")
    assert m is not None and m.alternative is not None
    assert m.value.utcoffset() == dt.timedelta(hours=-4)  # 3 July: daylight time
    assert m.alternative.utcoffset() == dt.timedelta(hours=-5)  # 7 March: standard time


@pytest.mark.parametrize(
    ("url", "text", "day_first"),
    [
        # the URL's date, when it is one of the readings, wins over everything else
        ("https://example.co.uk/2021/05/03/story", "25/02/2021", False),
        ("https://example.com/2021/03/05/story", "02/25/2021", True),
        ("https://example.com/blog/2021/march/05/story", "", True),
        # then the page's other slash dates that read one way only ...
        ("https://example.com/story", "Comments\n25/02/2021 Jo\n18/02/2021 Al", True),
        ("https://example.co.uk/story", "Comments\n02/25/2021 Jo", False),
        # ... unless they disagree; then the country domain
        ("https://example.co.uk/story", "25/02/2021\n02/25/2021", True),
        ("https://example.de/story", "", True),
        ("https://news.example.com.br/story", None, True),
        ("https://example.com/story", "", False),
        ("https://example.io/story", "", False),
        (None, None, False),
        ("not a url", "", False),
    ],
)
def test_settle_on_page(url: str | None, text: str | None, day_first: bool) -> None:
    m = parse_dateline("Published 05/03/2021")
    assert m is not None and m.alternative is not None
    want = m.alternative if day_first else m.value
    assert settle_on_page(m, url=url, text=text) == want


def test_settle_on_page_leaves_a_settled_date() -> None:
    m = parse_dateline("March 5, 2021")
    assert m is not None
    assert settle_on_page(m, url="https://example.co.uk/", text="25/02/2021") == m.value


def test_digits_of_other_scripts() -> None:
    # one character for one: the span is that of the text as given
    m = find_date("نشر ١٢ مارس ٢٠٢١ هنا")
    assert m is not None and (m.start, m.end) == (4, 16)
    assert date_from_url("https://example.org/٢٠٢١/٠٣/١٢/story") == dt.date(2021, 3, 12)
    # a digit newer than Python's Unicode tables is no digit here (and no crash)
    for text in ("\U000116d0", "\U000116d0 March 2021", "12 March 2\U000116d021"):
        assert find_date(text) is None
        assert date_from_url("https://example.org/" + text) is None


def test_date_match_is_frozen() -> None:
    m = find_date("12 March 2021")
    assert isinstance(m, DateMatch)
    with pytest.raises(AttributeError):
        m.start = 3  # type: ignore[misc]


@given(st.text())
def test_never_raises(text: str) -> None:
    for fn in (find_date, parse_dateline):
        m = fn(text)
        assert m is None or 0 <= m.start < m.end <= len(text)
    b = parse_banner(text)
    assert b is None or isinstance(b, dt.date)


@given(st.text(), st.one_of(st.none(), st.text()), st.one_of(st.none(), st.text()))
def test_settle_on_page_never_raises(line: str, url: str | None, text: str | None) -> None:
    m = parse_dateline("05/03/2021 " + line)
    for found in (m, find_date(line)):
        if found is not None:
            value = settle_on_page(found, url=url, text=text)
            assert value in (found.value, found.alternative)


date_parts = st.sampled_from(
    ["12", "2021", "March", "Mar.", "Fri", "16:20", "PM", "GMT", "UTC+04:00", "(", ")",
     "Updated:", "on", ",", " ", "  ", "-", "/", ".", "|", "'21", "T", "Z", "+0400", "de",
     "марта", "г.", "Uhr", "à", "16h20", "1er", "th",
     # Persian (Solar Hijri) and Thai (two-digit Buddhist-era) parts
     "۱۴۰۲", "۱۵", "آبان", "دی", "یکشنبه", "سه\u200cشنبه", "ساعت", "،", "هـ", "พ.ย.", "66"]
)  # fmt: skip


@given(st.lists(date_parts, max_size=30))
def test_never_raises_on_date_like_soup(parts: list[str]) -> None:
    text = "".join(parts)
    for fn in (find_date, parse_dateline):
        m = fn(text)
        assert m is None or 0 <= m.start < m.end <= len(text)
    parse_banner(text)


# Characters that match others without case (the Turkish dotted and dotless I, the Kelvin
# sign, the long s) or whose case folding is longer than they are (ß, ΐ).
_LOOKALIKES = {"i": "İı", "k": "\u212a", "s": "ſ", "ß": "ẞ", "ΐ": "Ϊ"}


@st.composite
def month_names_in_any_case(draw: st.DrawFn) -> str:
    from cleanscrape.dates import _MONTH_SPELLINGS

    word, _num = draw(st.sampled_from(_MONTH_SPELLINGS))
    out = []
    for ch in word:
        choices = [ch, ch.upper(), *(_LOOKALIKES.get(ch, ""))]
        out.append(draw(st.sampled_from(choices)))
    return "".join(out)


@given(month_names_in_any_case(), st.sampled_from(["12 {} 2021", "{} 12, 2021", "{}12, 2021"]))
def test_month_names_in_any_case_never_raise(name: str, form: str) -> None:
    text = form.format(name)
    for fn in (find_date, parse_dateline):
        m = fn(text)
        assert m is None or 1 <= m.value.month <= 12
    article = parse("Council approves harbour wall\n" + text)
    assert article.published is None or 1 <= article.published.month <= 12


@st.composite
def labels_in_any_case(draw: st.DrawFn) -> str:
    from cleanscrape.dates import _LABEL_LIST

    word = draw(st.sampled_from(_LABEL_LIST))
    return "".join(
        draw(st.sampled_from([ch, ch.upper(), *(_LOOKALIKES.get(ch, ""))])) for ch in word
    )


@given(labels_in_any_case(), st.sampled_from([": March 12, 2021", " 12.03.2021 16:20"]))
def test_labels_in_any_case_never_raise(label: str, rest: str) -> None:
    text = label + rest
    found = parse_dateline(text)
    assert found is None or found.label in {None, "published", "updated", "posted"}
    assert find_date(text) is not None


def test_a_label_with_the_turkish_dotted_i() -> None:
    found = parse_dateline("PUBLİSHED: March 12, 2021")
    assert found is not None
    assert found.label == "published"


@pytest.mark.parametrize(
    ("line", "month"),
    [
        ("APRİL 12, 2021", 4),  # the Turkish capital dotted I folds to i and a dot
        ("12 JANUARİ 2021", 1),
        ("12 NİSAN 2021", 4),
        ("12 अप्रैल 2024", 4),  # vowel signs inside the month name are marks, not letters
        ("12 जनवरी 2024", 1),
        ("12 Μαΐου 2024", 5),  # ΐ folds to three code points
        ("12 MÄRZ 2021", 3),
    ],
)
def test_month_names_that_fold_awkwardly(line: str, month: int) -> None:
    found = find_date(line)
    assert found is not None
    assert found.value.month == month


# --------------------------------------------------------------------------------------------
# Linear time on hostile input
# --------------------------------------------------------------------------------------------


N = 10**5
HOSTILE = {
    "a": "a" * 10**6,
    "digits": "1" * N,
    "dotted": "1." * N,
    "ip": "1.1.1.1 " * (N // 8),
    "years": "2021 " * (N // 5),
    "glued-years": "2021" * (N // 4),
    "slashes": "12/" * N,
    "dashes": "12-" * N,
    "months": "March " * (N // 6),
    "month-days": "March 12 " * (N // 9),
    "near-dates": "12 March 202" * (N // 12),
    "times": "16:20 " * (N // 6),
    "zones": "UTC+04:00 " * (N // 10),
    "parens": "(" * N + "2021",
    "spaces": " " * N + "12 March 2021",
    "commas": "March 12" + "," * N + " 2021",
    "labels": "Updated: " * (N // 9) + "12 March 2021",
    "weekdays": "Friday, " * (N // 8) + "12 March 2021",
    "apostrophes": "'21 " * (N // 4),
    "mixed": "Fri 12 Mar 2021 16.20 GMT; " * (N // 27),
    "cjk-clock": "2021年3月12日 16時" * (N // 16),
    "korean": "2021년 3월 12일 오후 " * (N // 16),
    "cjk-weekdays": "2021年3月12日（金）" * (N // 14),
    "cjk-labels": "发布时间：来源：" * (N // 8) + "2021-03-12",
    "labelled-fields": "来源：新华网 " * (N // 7) + "2021-03-12",
    "persian-years": "۱۴۰۲/" * N,
    "persian-months": "آبان " * (N // 2),
    "persian-dates": "۱۵ آبان ۱۴۰۲ " * (N // 13),
    "persian-weekdays": "سه\u200cشنبه " * (N // 8) + "۱۶ آبان ۱۴۰۲",
    "persian-labels": "تاریخ انتشار: " * (N // 14) + "۱۴۰۲/۰۸/۱۵",
    "thai-two-digit": "พ.ย. 66 " * (N // 8),
}


@needs_alarm
@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_linear_on_hostile_input(name: str) -> None:
    text = HOSTILE[name]
    with alarm(10):
        found = find_date(text)
        dateline = parse_dateline(text)
        banner = parse_banner(text)
        every = find_dates(text)
        spans = date_spans(text)
        published = publication_date(text)
    assert len(every) == len(spans)
    assert published is None or published in every
    assert found is None or found.end <= len(text)
    # hostile lines are far too long to be a dateline or a banner
    assert dateline is None
    assert banner is None


@needs_alarm
def test_finds_the_date_after_a_long_run() -> None:
    with alarm(10):
        m = find_date(" " * N + "12 March 2021")
    assert m is not None
    assert m.start == N
    with alarm(10):
        m = find_date("Updated: " * (N // 9) + "12 March 2021")
    assert m is not None
    assert m.label == "updated"


URL_DATES = [
    ("https://example.org/2021/03/12/seed-library/", dt.date(2021, 3, 12)),
    ("https://example.org/news/2021/3/2/seed-library", dt.date(2021, 3, 2)),
    ("https://example.org/2021-03-12-seed-library.html", dt.date(2021, 3, 12)),
    ("https://example.org/archive/20210312/seed-library", dt.date(2021, 3, 12)),
    ("https://example.org/blog/seed_library_2021_03_12", dt.date(2021, 3, 12)),
    ("/2021/03/12/seed-library", dt.date(2021, 3, 12)),
    # the month by its name
    ("https://example.org/blog/2021/march/12/seed-library", dt.date(2021, 3, 12)),
    ("https://example.org/2021/Mar/2/seed-library", dt.date(2021, 3, 2)),
    ("https://example.org/2021-sept-12-seed-library", dt.date(2021, 9, 12)),
]


@pytest.mark.parametrize(("url", "day"), URL_DATES)
def test_date_from_url(url: str, day: dt.date) -> None:
    assert date_from_url(url) == day


NOT_URL_DATES = [
    None,
    "",
    "https://example.org/seed-library/",
    "https://example.org/2021/03/seed-library/",  # a year and a month: no day
    "https://example.org/2021/seed-library/",
    "https://example.org/2021/13/40/seed-library/",  # impossible
    "https://example.org/item/202103121234/",  # a longer number
    "https://example.org/a63515464/diet-trends-2025/",
    "https://2021-03-12.example.org/seed-library",  # the host is not the path
    "https://example.org/seed-library?from=2021-03-12",  # nor is the query
    "https://example.org/2021/march/seed-library/",  # a month by its name, no day
    "https://example.org/2021/marching/12/seed-library/",  # no month's name
    "https://example.org/2021/feb/30/seed-library/",  # impossible
]


@pytest.mark.parametrize("url", NOT_URL_DATES)
def test_not_a_url_date(url: str | None) -> None:
    assert date_from_url(url) is None


@needs_alarm
def test_date_from_url_is_linear() -> None:
    with alarm(10):
        assert date_from_url("https://example.org/" + "2021/" * N) is None
        assert date_from_url("https://example.org/" + "1" * N) is None
        assert date_from_url("https://example.org/" + "2021/october/" * (N // 13)) is None


def test_find_dates_and_their_spans() -> None:
    line = "Published on March 3, 2021 | Updated: March 5, 2021 at 10:00"
    found = find_dates(line)
    assert [m.value.date() for m in found] == [dt.date(2021, 3, 3), dt.date(2021, 3, 5)]
    assert [m.label for m in found] == ["published", "updated"]
    # the spans take the labels in: what is left between them is furniture
    spans = date_spans(line)
    assert spans[0] == (0, found[0].end)
    assert line[spans[1][0] : spans[1][1]] == "Updated: March 5, 2021 at 10:00"
    assert find_dates("no dates here") == [] and date_spans("") == []


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Updated May 3, 2022 · Originally published May 1, 2022", dt.date(2022, 5, 1)),
        ("Published on Oct 21, 2025 Updated on Mar 9, 2026", dt.date(2025, 10, 21)),
        ("Last updated: March 5, 2021 | March 3, 2021", dt.date(2021, 3, 3)),
        ("Updated: Dec 3, 2025", dt.date(2025, 12, 3)),
        ("Posted 12 March 2021, updated 14 March 2021", dt.date(2021, 3, 12)),
        ("Jane Doe · 2 June 2022 · 5 min read", dt.date(2022, 6, 2)),
        # update and publication dates side by side without labels: the earlier one
        ("May 21, 2025April 24, 2025 by The Editors", dt.date(2025, 4, 24)),
        ("24 April 2025 · 21 May 2025", dt.date(2025, 4, 24)),
        # a zone on one of them only: compared on the clock, no error
        ("May 21, 2025 10:00 UTC+02:00 | April 24, 2025", dt.date(2025, 4, 24)),
    ],
)
def test_publication_date(line: str, day: dt.date) -> None:
    m = publication_date(line)
    assert m is not None
    assert m.value.date() == day


def test_no_publication_date() -> None:
    assert publication_date("Read more about the allotments") is None
    assert publication_date("") is None


# --------------------------------------------------------------------------------------------
# The Solar Hijri (Jalali) calendar
# --------------------------------------------------------------------------------------------

# (year, month, day) of the Solar Hijri calendar -> the Gregorian date, from the Iranian
# calendar as published (new year's days, Aban dates, the last days of leap and common years)
SOLAR_HIJRI: list[tuple[tuple[int, int, int], dt.date]] = [
    ((1403, 1, 1), dt.date(2024, 3, 20)),
    ((1402, 1, 1), dt.date(2023, 3, 21)),
    ((1404, 1, 1), dt.date(2025, 3, 21)),
    ((1399, 1, 1), dt.date(2020, 3, 20)),
    ((1300, 1, 1), dt.date(1921, 3, 21)),
    ((1402, 8, 15), dt.date(2023, 11, 6)),
    ((1402, 8, 14), dt.date(2023, 11, 5)),
    ((1402, 6, 31), dt.date(2023, 9, 22)),
    ((1402, 7, 1), dt.date(2023, 9, 23)),
    ((1403, 12, 30), dt.date(2025, 3, 20)),  # 1403 is a leap year: Esfand has 30 days
    ((1402, 12, 29), dt.date(2024, 3, 19)),
    ((1399, 12, 30), dt.date(2021, 3, 20)),
    ((1357, 11, 22), dt.date(1979, 2, 11)),
]


@pytest.mark.parametrize(("jalali", "day"), SOLAR_HIJRI)
def test_solar_hijri_to_gregorian(jalali: tuple[int, int, int], day: dt.date) -> None:
    from cleanscrape.dates import _jalali_date

    assert _jalali_date(*jalali) == day


@pytest.mark.parametrize(
    "jalali",
    [
        (1402, 12, 30),  # 1402 is a common year
        (1404, 12, 30),
        (1402, 13, 1),
        (1402, 0, 1),
        (1402, 1, 32),
        (1402, 1, 0),
        (1402, 7, 31),  # months 7-12 have 30 days at most
        (1402, 11, 31),
        (1402, 12, 31),
        (5000, 1, 1),  # beyond the break table
        (-100, 1, 1),
    ],
)
def test_impossible_solar_hijri_dates(jalali: tuple[int, int, int]) -> None:
    from cleanscrape.dates import _jalali_date

    assert _jalali_date(*jalali) is None


def test_solar_hijri_leap_years() -> None:
    from cleanscrape.dates import _jalali_year

    years = {y: _jalali_year(y) for y in range(1390, 1421)}
    leap = [y for y, found in years.items() if found is not None and found[1]]
    # every fourth year, and once in a run of 33 a fifth (1403 to 1408)
    assert leap == [1391, 1395, 1399, 1403, 1408, 1412, 1416, 1420]


def test_solar_hijri_days_follow_each_other() -> None:
    """Counted day by day from 1 Farvardin 1300, every Solar Hijri day of 1300-1500 falls
    on the Gregorian day after the one before it, and each year has 365 or 366 days."""
    from cleanscrape.dates import _jalali_date

    expected = dt.date(1921, 3, 21)
    for year in range(1300, 1501):
        length = 0
        for month in range(1, 13):
            for day in range(1, 32):
                found = _jalali_date(year, month, day)
                if found is None:
                    # the month ends: no later day of it exists either
                    assert all(_jalali_date(year, month, d) is None for d in range(day, 33))
                    break
                assert found == expected, (year, month, day)
                expected += dt.timedelta(days=1)
                length += 1
        assert length in (365, 366), year


# A week of Aban 1402 (4-10 November 2023), Saturday to Friday, as the Persian week runs.
PERSIAN_WEEK = [
    ("شنبه", 13, dt.date(2023, 11, 4)),
    ("یکشنبه", 14, dt.date(2023, 11, 5)),
    ("دوشنبه", 15, dt.date(2023, 11, 6)),
    ("سه\u200cشنبه", 16, dt.date(2023, 11, 7)),
    ("چهارشنبه", 17, dt.date(2023, 11, 8)),
    ("پنجشنبه", 18, dt.date(2023, 11, 9)),
    ("جمعه", 19, dt.date(2023, 11, 10)),
]


@pytest.mark.parametrize(("weekday", "day", "date"), PERSIAN_WEEK)
def test_a_persian_weekday_falls_on_its_converted_date(
    weekday: str, day: int, date: dt.date
) -> None:
    line = f"{weekday} {day} آبان 1402"
    m = find_date(line)
    assert m is not None
    assert m.value == dt.datetime(date.year, date.month, date.day)
    # the whole weekday is in the span (not a shorter name that ends it: شنبه)
    assert (m.start, m.has_weekday) == (0, True)
    assert WEEKDAYS[weekday] == date.isoweekday()


def test_narrow_and_wide_grammars_number_their_groups_alike() -> None:
    from cleanscrape.dates import (
        _ANCHOR,
        _ANCHOR_IX,
        _BEFORE_YEAR_IX,
        _NARROW,
        _PERSIAN_ANCHOR,
        _WIDE_ANCHOR,
        _wide,
    )

    wide, persian = _wide(False), _wide(True)
    assert wide.anchor is _WIDE_ANCHOR and persian.anchor is _PERSIAN_ANCHOR
    assert _NARROW.anchor is _ANCHOR
    assert dict(_ANCHOR.groupindex).items() <= dict(_ANCHOR_IX).items()
    assert dict(_WIDE_ANCHOR.groupindex) == dict(_PERSIAN_ANCHOR.groupindex) == dict(_ANCHOR_IX)
    for narrow, other in (
        (_NARROW.before_year, wide.before_year),
        (_NARROW.weekday, wide.weekday),
        (_NARROW.label, wide.label),
        (_NARROW.before_year, persian.before_year),
    ):
        assert narrow.groupindex == other.groupindex
    assert dict(wide.before_year.groupindex) == dict(_BEFORE_YEAR_IX)


def test_solar_hijri_month_names_and_spellings() -> None:
    from cleanscrape.dates import _SOLAR_HIJRI_MONTH_NAMES, _SOLAR_HIJRI_MONTHS

    for language, names in _SOLAR_HIJRI_MONTH_NAMES.items():
        assert len(names.split()) == 12, language
        # a calendar's own names, never a Gregorian month of another table
        for spellings in names.split():
            assert not set(spellings.split("/")) & set(MONTHS), spellings
    assert _SOLAR_HIJRI_MONTHS["آبان"] == _SOLAR_HIJRI_MONTHS["عقرب"] == 8
    # the Arabic yeh and kaf are taken for the Persian ones
    assert _SOLAR_HIJRI_MONTHS["ارديبهشت"] == _SOLAR_HIJRI_MONTHS["اردیبهشت"] == 2
    assert WEEKDAYS["يكشنبه"] == WEEKDAYS["یک شنبه"] == WEEKDAYS["یکشنبه"] == 7
