"""A fast regular-expression grammar for the dates printed on news pages.

Pure functions, each a handful of precompiled :mod:`regex` calls (no ``dateutil``, no
``dateparser``):

* :func:`find_date` -- the first plausible date expression anywhere in a string,
  :func:`find_dates` every one of them and :func:`date_spans` their spans with labels;
* :func:`publication_date` -- of the dates of a line, the publication date (not the
  update);
* :func:`parse_dateline` -- a date only when the line *is* a dateline;
* :func:`parse_banner` -- a capture/"today" banner such as ``Thursday March 28 2024``;
* :func:`date_from_url` -- the date of a URL's path (``/2021/03/12/``).

Grammar
-------
A date expression is ``[label] [weekday] [time [zone] sep] DATE [sep time [zone]]``:

``DATE``
    * year first: ``2021-03-12``, ``2021/03/12``, ``2021.03.12``, ``2021年3月12日``,
      ``2021년 3월 12일``;
    * numeric, day or month first: ``12.03.2021``, ``12/03/2021``, ``12-03-2021`` and, with
      two-digit years, ``12.03.21`` / ``3/12/21`` (see *Numeric dates* below);
    * day, month name, year: ``12 March 2021``, ``12th March 2021``, ``12. März 2021``,
      ``1er mars 2021``, ``12 de marzo de 2021``, ``12 марта 2021 г.``, ``12-Mar-2021``;
    * month name, day, year: ``March 12, 2021``, ``Mar. 12th, 2021``, ``March 28 2024``,
      ``December 19. 2025``.

    Month names (full and abbreviated) are those of :data:`MONTHS`: English, German, French,
    Spanish, Italian, Portuguese, Dutch and Russian (nominative and genitive); full names
    also in Polish, Czech, Slovak, Ukrainian, Finnish, Greek, Turkish, Indonesian, Malay,
    Swedish, Danish, Norwegian, Romanian, Arabic, Hebrew (also with the prefix ``ב``:
    ``12 במרץ 2024``), Hindi and Thai (abbreviated too: ``12 มี.ค. 2567``; a year of the
    Buddhist era, 543 ahead, is taken after a Thai month: 2567 is 2024, and the era may
    be named, ``พ.ศ. 2567``; so is a two-digit one, 25xx: ``15 พ.ย. 66`` is 15 November
    2023). The abbreviations ``out``,
    ``set`` and ``ago`` (Portuguese/Spanish/Italian) and the Malay ``mac`` are English
    words, so they count only day-first (``12 out 2021``). A named-month date needs a year:
    ``on March 12`` is not a date. Two-digit years after a month name need an apostrophe
    (``Mar 12, '21``), except after a Thai month. Years run from 1900 to 2100; two-digit
    years ``00``-``69`` are 20xx and ``70``-``99`` are 19xx.

    Solar Hijri (Jalali) dates, the calendar of Iran and Afghanistan, are converted to the
    Gregorian calendar (by Borkowski's exact arithmetic, which follows the official
    calendar): day, month name, year with the Persian month names (``۱۵ آبان ۱۴۰۲`` or
    ``15 آبان 1402``: 6 November 2023) or the Dari ones (``۱۵ حمل ۱۴۰۳``), only with a
    year from 1300 to 1500 (``۱۵ آبان ۲۰۲۳`` is no date); and numeric dates written year
    first whose year is from 1300 to 1450 in a Persian line, one with a Persian digit or a
    letter that Arabic does not write (``۱۴۰۲/۰۸/۱۵``, ``تاریخ: 1402-08-15``), unless a
    lunar Hijri mark follows (``۱۴۴۵/۰۹/۱۵ ه.ق``). Elsewhere such a number is a code
    (``ISO 1400-1-12``) or, in Arabic, a date of the lunar Hijri calendar of Arabia
    (``1445/09/15``), which is not converted. A day the calendar does not have (30 Esfand
    of a common year, 31 Mehr) is no date. Persian words (months, weekdays, labels) are
    also taken with the Arabic yeh and kaf (``ي``, ``ك``) and with a space or nothing for
    their zero-width non-joiner (``سه‌شنبه``, ``سه شنبه``).

Time
    ``16:20``, ``16:20:05``, ``16.20`` and ``16h20`` (after a date only), ``4:20 PM``,
    ``4 p.m.``, ``16:20 Uhr``, ``16:20 น.``, ``16時20分`` / ``16时5分30秒``, with a morning or
    afternoon word before it (``오후 4:20``, ``午後4時20分``, ``下午4:20``: a 12-hour clock);
    after the date it may follow ``,``, ``،``, ``|``, ``•``, ``·``, ``-``, ``T`` (ISO 8601), a full
    stop and a space (``2021.03.12. 16:20``), a Chinese, Japanese or Korean weekday, in
    brackets or not (``2021年3月12日（金）16時20分``, ``2021.03.12(금) 16:20``,
    ``2024年3月12日 星期二 16:20``; such a weekday may also close the date or follow its
    time) or a word ``at``, ``um``, ``à``, ``a las``, ``às``, ``alle``, ``ore``, ``om``, ``в``,
    ``о``, ``ساعت`` (``۱۴ آبان ۱۴۰۲ ساعت ۱۰:۳۰``); before the date it must be followed by a
    separator (``4:20 PM ET, Fri March 12, 2021``).

Zone
    ``Z`` (ISO), ``+04:00`` / ``+0400``, ``UTC+04:00``, ``GMT+2``, ``UTC-05:00`` (the sign is
    the real offset: ``UTC+04:00`` is four hours *east* of UTC, unlike POSIX ``TZ`` strings
    that ``dateutil`` follows), optionally in parentheses, or an upper-case abbreviation from
    :data:`ZONE_OFFSETS` (Iran's ``IRST``, +03:30, among them). The generic US zones ``ET``,
    ``CT``, ``MT`` and ``PT`` take standard or daylight time from the date by the US rule
    (second Sunday of March to first Sunday of November since 2007; first Sunday of April to
    last Sunday of October before).

Weekday and label
    A weekday name right before the date (``Fri``, ``Friday,``, ``Donnerstag,``, ``jeudi``,
    ``четверг,``, ``piątek``, ``Cuma``, ``Jumat``, ``Thứ Sáu`` ...: English, German, French,
    Spanish, Italian, Portuguese, Dutch, Russian, Polish, Czech, Slovak, Swedish, Danish,
    Norwegian, Finnish, Turkish, Indonesian, Malay, Vietnamese, Thai: ``วันศุกร์ที่``,
    Persian: ``یکشنبه``, ``سه‌شنبه``) sets
    ``has_weekday``; it is checked against the date only to settle a numeric date that
    reads both ways (below). A label word right before that (``Published``, ``Updated:``,
    ``Posted on``, ``Veröffentlicht am``, ``Mis à jour le``, ``Publicado el``,
    ``Опубликовано``, ``Opublikowano:``, ``Güncelleme:``, ``Cập nhật:``, ``发布时间：``,
    ``公開日：``, ``입력``, ``수정``, ``تاريخ النشر:``, ``نُشر في``, ``تاریخ انتشار:``,
    ``به‌روزرسانی:`` ...) sets ``label`` to
    ``"published"``, ``"updated"`` or ``"posted"``.

Numeric dates
    With ``.`` or ``-`` the day comes first (``12.03.2021`` is 12 March) unless only the other
    reading is a real date (``03.25.2021``). With ``/`` the month comes first as in the US
    (``03/12/2021`` is 12 March... read as month 3, day 12) unless the first number is over 12
    (``25/03/2021`` is 25 March). Where both readings are real dates, two things settle it
    the other way: a weekday printed with the date that only the other reading falls on
    (``Fri 05/03/2021`` is 5 March 2021, a Friday; 3 May was a Monday), and, for a slash
    date, a label or weekday before it in another language than English, whose readers
    write the day first (``Publié le 05/03/2021``, ``Opublikowano 05/03/2021``,
    ``Thứ Sáu, 5/3/2021``). Where nothing on the line settles a slash date, the match
    carries the day-first reading as :attr:`DateMatch.alternative`, and
    :func:`settle_on_page` chooses by the page: the date in its URL, its other slash dates
    that read one way only (``25/02/2021``), its country domain (``.co.uk``, ``.de``); a
    page that says nothing keeps the US reading.

Digits
    Decimal digits of other scripts read as 0-9: Arabic-Indic (``١٢ مارس ٢٠٢١``), Persian,
    Devanagari, full-width (``２０２４年３月１２日``) ...

Impossible values (30 February, month 13, hour 25, offset beyond 14 h) make the candidate
fail; the search goes on to the next one, and a function returns ``None`` when none is left.
No function raises on any ``str``. Relative dates ("2 hours ago") are not dates here.

Cost: every regex uses bounded repetition only (no nested quantifiers), so each call is linear
in the length of the text; a line without a digit costs one tiny regex call.
"""

from __future__ import annotations

import datetime as _dt
import functools
import itertools
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from types import MappingProxyType
from typing import Any

import attrs
import regex

from ._memo import memo
from ._url import url_host

__all__ = [
    "MAX_CATEGORY_DATELINE",
    "MONTHS",
    "WEEKDAYS",
    "ZONE_OFFSETS",
    "DateMatch",
    "date_from_url",
    "date_spans",
    "find_date",
    "find_dates",
    "holds_reading_time",
    "parse_banner",
    "parse_dateline",
    "publication_date",
    "settle_on_page",
]


@attrs.frozen
class DateMatch:
    """A date expression found in a string.

    ``start``/``end`` span the date expression: weekday, date, time and zone, but not the
    label word before it (``"Updated: "``).  ``value`` is time-zone aware
    (:class:`datetime.timezone` with a fixed offset) when the text gives a zone or offset and
    naive otherwise; it is midnight when the text gives no time.
    """

    start: int
    end: int
    value: _dt.datetime
    has_time: bool
    has_zone: bool
    has_weekday: bool
    label: str | None
    #: For a slash date that reads both ways and that nothing on its line settles
    #: (``03/05/2021``): the day-first reading (5 March), with the same time and zone;
    #: ``value`` holds the US month-first one. :func:`settle_on_page` chooses between them
    #: by the rest of the page. None for every other date.
    alternative: _dt.datetime | None = None


# --------------------------------------------------------------------------------------------
# Data
# --------------------------------------------------------------------------------------------

_MONTH_WORDS: dict[int, list[str]] = {
    1: (
        "january jan januar jänner jän janvier janv enero ene gennaio gen janeiro januari "
        "январь января янв"
    ).split(),
    2: (
        "february feb februar février fevrier févr fevr fév fev febrero febbraio fevereiro "
        "februari февраль февраля фев февр"
    ).split(),
    3: "march mar märz mär mrz mars marzo março marco maart mrt март марта".split(),
    4: "april apr avril avr abril abr aprile апрель апреля апр".split(),
    5: "may mai mayo maggio mag maio mei май мая".split(),
    6: "june jun juni juin junio giugno giu junho июнь июня июн".split(),
    7: "july jul juli juillet juil julio luglio lug julho июль июля июл".split(),
    8: "august aug août aout agosto ago augustus август августа авг".split(),
    9: (
        "september sep sept septembre septiembre setiembre set settembre setembro "
        "сентябрь сентября сен сент"
    ).split(),
    10: (
        "october oct oktober okt octobre octubre ottobre ott outubro out октябрь октября окт"
    ).split(),
    11: "november nov novembre noviembre novembro ноябрь ноября ноя нояб".split(),
    12: (
        "december dec dezember dez décembre decembre déc diciembre dic dicembre dezembro "
        "декабрь декабря дек"
    ).split(),
}
#: Full month names of more languages (abbreviations only in Thai), January to December,
#: in the forms dates use; ``/`` separates spellings of one month. A name two languages
#: share means the same month in both.
_MORE_MONTHS: dict[str, str] = {
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października"
    " listopada grudnia",
    "pl nominative": "styczeń luty marzec kwiecień maj czerwiec lipiec sierpień wrzesień"
    " październik listopad grudzień",
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince",
    "cs nominative": "leden únor březen duben květen červen červenec srpen září říjen"
    " listopad prosinec",
    "sk": "januára februára marca apríla mája júna júla augusta septembra októbra novembra"
    " decembra",
    "uk": "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
    "uk nominative": "січень лютий березень квітень травень червень липень серпень"
    " вересень жовтень листопад грудень",
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta"
    " elokuuta syyskuuta lokakuuta marraskuuta joulukuuta",
    "el": "ιανουαρίου φεβρουαρίου μαρτίου απριλίου μαΐου ιουνίου ιουλίου αυγούστου"
    " σεπτεμβρίου οκτωβρίου νοεμβρίου δεκεμβρίου",
    # also written without the letters ı, ş, ğ, ü
    "tr": "ocak şubat/subat mart nisan mayıs/mayis haziran temmuz ağustos/agustos"
    " eylül/eylul ekim kasım/kasim aralık/aralik",
    "id": "januari februari maret april mei juni juli agustus september oktober november desember",
    "ms": "januari februari mac april mei jun julai ogos september oktober november disember",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "da no": "januar februar marts/mars april maj/mai juni juli august september oktober"
    " november december/desember",
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie"
    " noiembrie decembrie",
    # the Gregorian names of Egypt and the Gulf
    "ar": "يناير فبراير مارس أبريل/ابريل مايو يونيو يوليو أغسطس/اغسطس سبتمبر أكتوبر/اكتوبر"
    " نوفمبر ديسمبر",
    # the Gregorian names of Iran and Afghanistan (BBC Persian: ۱۴ نوامبر ۲۰۲۳), from the
    # French, and the English forms some sites use
    "fa": "ژانویه فوریه مارس آوریل مه/می ژوئن ژوئیه/جولای اوت/آگوست سپتامبر اکتبر نوامبر دسامبر",
    # full, then abbreviated: the abbreviations keep their inner full stops (มี.ค.)
    "th": "มกราคม/ม.ค กุมภาพันธ์/ก.พ มีนาคม/มี.ค เมษายน/เม.ย พฤษภาคม/พ.ค มิถุนายน/มิ.ย"
    " กรกฎาคม/ก.ค สิงหาคม/ส.ค กันยายน/ก.ย ตุลาคม/ต.ค พฤศจิกายน/พ.ย ธันวาคม/ธ.ค",
    # also with the prefix "in" (12 במרץ 2024)
    "he": "ינואר/בינואר פברואר/בפברואר מרץ/במרץ/מרס/במרס אפריל/באפריל מאי/במאי יוני/ביוני"
    " יולי/ביולי אוגוסט/באוגוסט ספטמבר/בספטמבר אוקטובר/באוקטובר נובמבר/בנובמבר"
    " דצמבר/בדצמבר",
    "hi": "जनवरी फ़रवरी/फरवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर/सितम्बर अक्टूबर नवंबर/नवम्बर दिसंबर/दिसम्बर",
}

#: What else Persian text writes for a character of the tables' Persian words: the Arabic
#: yeh and kaf for the Persian yeh and keheh (Arabic keyboards and older systems type
#: them), and a space or nothing for the zero-width non-joiner between the parts of a
#: compound (``سه‌شنبه``, ``سه شنبه``, ``سهشنبه``).
_ZWNJ = "\N{ZERO WIDTH NON-JOINER}"
_PERSIAN_VARIANTS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "\N{ARABIC LETTER FARSI YEH}": ("\N{ARABIC LETTER YEH}",),
        "\N{ARABIC LETTER KEHEH}": ("\N{ARABIC LETTER KAF}",),
        _ZWNJ: (" ", ""),
    }
)


def _persian_spellings(word: str) -> Iterator[str]:
    """``word`` as a table writes it and every other spelling of it in Persian text (see
    :data:`_PERSIAN_VARIANTS`); a word without those characters is its only spelling."""
    choices = [(char, *_PERSIAN_VARIANTS.get(char, ())) for char in word]
    for chars in itertools.product(*choices):
        yield "".join(chars)


#: Every month name as written (lower case), with its number.
_MONTH_SPELLINGS: tuple[tuple[str, int], ...] = (
    *((word, num) for num, words in _MONTH_WORDS.items() for word in words),
    *(
        (word, num)
        for names in _MORE_MONTHS.values()
        for num, spellings in enumerate(names.split(), 1)
        for spelling in spellings.split("/")
        for word in _persian_spellings(spelling)
    ),
)

#: Month names and abbreviations (casefolded) -> month number.
MONTHS: Mapping[str, int] = MappingProxyType(
    {word.casefold(): num for word, num in _MONTH_SPELLINGS}
)

#: Month names that are also common English words: only day-first (``12 out 2021``,
#: Malay ``12 Mac 2021``).
_DAY_FIRST_ONLY = frozenset({"out", "set", "ago", "mac"})

#: The months of the Solar Hijri calendar, Farvardin to Esfand, as Iran names them (``/``
#: separates spellings: Mordad also in its older form) and as Afghanistan does in Dari, by
#: the signs of the zodiac. They are not in :data:`MONTHS`: such a name makes a date only
#: with a Solar Hijri year (:data:`_SOLAR_HIJRI_YEARS`), whose day is then converted to the
#: Gregorian calendar (``15 آبان 1402`` is 6 November 2023).
_SOLAR_HIJRI_MONTH_NAMES: dict[str, str] = {
    "fa": "فروردین اردیبهشت خرداد تیر مرداد/امرداد شهریور مهر آبان آذر دی بهمن اسفند",
    "prs": "حمل ثور جوزا سرطان اسد سنبله میزان عقرب قوس جدی دلو حوت",
}
#: "Month" in Persian, which may follow a month's name.
_MAH = "\u0645\u0627\u0647"
#: Every spelling of a Solar Hijri month name -> its number (Farvardin or Hamal is 1).
_SOLAR_HIJRI_MONTHS: Mapping[str, int] = MappingProxyType(
    {
        form: num
        for names in _SOLAR_HIJRI_MONTH_NAMES.values()
        for num, spellings in enumerate(names.split(), 1)
        for spelling in spellings.split("/")
        # the name alone or followed by "month" (آبان ماه, آبان‌ماه)
        for named in (spelling, spelling + _ZWNJ + _MAH)
        for form in _persian_spellings(named)
    }
)
#: The Solar Hijri years a month name above takes (Iran's calendar reads 1402 for 2023):
#: no Gregorian date of the grammar (1900-2100) has such a year.
_SOLAR_HIJRI_YEARS = range(1300, 1501)
#: ... and those a numeric date written year first takes as Solar Hijri (``1402/08/15``).
_SOLAR_HIJRI_NUMERIC_YEARS = range(1300, 1451)

#: The English weekday names and abbreviations, Monday ... Sunday.
_ENGLISH_WEEKDAYS: tuple[tuple[str, ...], ...] = (
    ("monday", "mon"),
    ("tuesday", "tue", "tues"),
    ("wednesday", "wed"),
    ("thursday", "thu", "thur", "thurs"),
    ("friday", "fri"),
    ("saturday", "sat"),
    ("sunday", "sun"),
)

#: Those of other languages, Monday ... Sunday; two-letter abbreviations (German "Do",
#: Dutch "Zo") are left out, they are ordinary words too often.
_OTHER_WEEKDAYS: tuple[str, ...] = (
    "montag lundi lun lunes lunedì lunedi segunda-feira segunda maandag понедельник пн",
    "dienstag mardi mar martes martedì martedi terça-feira terça terca-feira terca dinsdag"
    " вторник вт",
    "mittwoch mercredi mer miércoles miercoles mié mercoledì mercoledi quarta-feira quarta"
    " woensdag среда среду ср",
    "donnerstag jeudi jeu jueves jue giovedì giovedi quinta-feira quinta donderdag четверг чт",
    "freitag vendredi ven viernes vie venerdì venerdi sexta-feira sexta vrijdag пятница пятницу пт",
    "samstag sonnabend samedi sam sábado sabado sáb sabato zaterdag суббота субботу сб",
    "sonntag dimanche dim domingo dom domenica zondag воскресенье вс",
)
#: Full weekday names of more languages, Monday to Sunday, as :data:`_MORE_MONTHS` gives
#: months (``/`` separates spellings; ``_`` stands for a space inside a name).
_MORE_WEEKDAYS: dict[str, str] = {
    "pl": "poniedziałek wtorek środa czwartek piątek sobota niedziela",
    "cs sk": "pondělí/pondelok úterý/utorok středa/streda čtvrtek/štvrtok pátek/piatok"
    " sobota neděle/nedeľa",
    "sv da no": "måndag/mandag tisdag/tirsdag onsdag torsdag fredag lördag/lørdag söndag/søndag",
    "fi": "maanantai tiistai keskiviikko torstai perjantai lauantai sunnuntai",
    "tr": "pazartesi salı/sali çarşamba/carsamba perşembe/persembe cuma cumartesi pazar",
    "id ms": "senin/isnin selasa rabu kamis/khamis jumat/jum'at/jumaat sabtu minggu/ahad",
    "vi": "thứ_hai thứ_ba thứ_tư thứ_năm thứ_sáu thứ_bảy chủ_nhật",
    "th": "วันจันทร์/จันทร์ วันอังคาร/อังคาร วันพุธ/พุธ วันพฤหัสบดี/พฤหัสบดี/พฤหัสฯ"
    " วันศุกร์/ศุกร์ วันเสาร์/เสาร์ วันอาทิตย์/อาทิตย์",
    # the Persian week starts on Saturday, and the days after it are counted from it (Sunday
    # is "one-Saturday"); each also with a space or nothing for its zero-width non-joiner
    # and with the Arabic yeh and kaf (see _persian_spellings)
    "fa": "دوشنبه سه\u200cشنبه چهارشنبه/چهار\u200cشنبه پنجشنبه/پنج\u200cشنبه جمعه شنبه"
    " یکشنبه/یک\u200cشنبه",
}

_WEEKDAY_WORDS: tuple[tuple[str, ...], ...] = tuple(
    (
        *english,
        *other.split(),
        *(
            form
            for names in _MORE_WEEKDAYS.values()
            for spelling in names.split()[num].split("/")
            for form in _persian_spellings(spelling.replace("_", " "))
        ),
    )
    for num, (english, other) in enumerate(zip(_ENGLISH_WEEKDAYS, _OTHER_WEEKDAYS))
)

#: Weekday names and abbreviations (casefolded) -> ISO weekday number (Monday = 1).
WEEKDAYS: Mapping[str, int] = MappingProxyType(
    {word.casefold(): num + 1 for num, words in enumerate(_WEEKDAY_WORDS) for word in words}
)

_H = 60
_MSK_CYRILLIC = (
    "\N{CYRILLIC CAPITAL LETTER EM}\N{CYRILLIC CAPITAL LETTER ES}\N{CYRILLIC CAPITAL LETTER KA}"
)
#: Upper-case zone abbreviations -> offset east of UTC in minutes. Ambiguous abbreviations
#: take their commonest meaning on English-language news pages: ``IST`` India (not Irish or
#: Israel), ``CST`` US Central (not China or Cuba), ``BST`` British Summer (not Bangladesh),
#: ``AST`` Atlantic (not Arabia), ``GST`` Gulf (not South Georgia), ``ART`` Argentina.
ZONE_OFFSETS: Mapping[str, int] = MappingProxyType(
    {
        "UTC": 0,
        "GMT": 0,
        "UT": 0,
        "Z": 0,
        "WET": 0,
        "WEST": 1 * _H,
        "BST": 1 * _H,
        "IST": 5 * _H + 30,
        "IRST": 3 * _H + 30,
        "IRDT": 4 * _H + 30,
        "CET": 1 * _H,
        "CEST": 2 * _H,
        "MEZ": 1 * _H,
        "MESZ": 2 * _H,
        "WAT": 1 * _H,
        "EET": 2 * _H,
        "EEST": 3 * _H,
        "CAT": 2 * _H,
        "SAST": 2 * _H,
        "MSK": 3 * _H,
        _MSK_CYRILLIC: 3 * _H,
        "TRT": 3 * _H,
        "EAT": 3 * _H,
        "AZT": 4 * _H,
        "GST": 4 * _H,
        "PKT": 5 * _H,
        "ICT": 7 * _H,
        "WIB": 7 * _H,
        "SGT": 8 * _H,
        "HKT": 8 * _H,
        "PHT": 8 * _H,
        "AWST": 8 * _H,
        "JST": 9 * _H,
        "KST": 9 * _H,
        "ACST": 9 * _H + 30,
        "ACDT": 10 * _H + 30,
        "AEST": 10 * _H,
        "AEDT": 11 * _H,
        "NZST": 12 * _H,
        "NZDT": 13 * _H,
        "NST": -(3 * _H + 30),
        "NDT": -(2 * _H + 30),
        "AST": -4 * _H,
        "ADT": -3 * _H,
        "BRT": -3 * _H,
        "ART": -3 * _H,
        "EST": -5 * _H,
        "EDT": -4 * _H,
        "CST": -6 * _H,
        "CDT": -5 * _H,
        "MST": -7 * _H,
        "MDT": -6 * _H,
        "PST": -8 * _H,
        "PDT": -7 * _H,
        "AKST": -9 * _H,
        "AKDT": -8 * _H,
        "HST": -10 * _H,
    }
)

#: Generic US zones: (standard offset, daylight offset) in minutes, chosen by the date.
_US_GENERIC: Mapping[str, tuple[int, int]] = MappingProxyType(
    {"ET": (-5 * _H, -4 * _H), "CT": (-6 * _H, -5 * _H), "MT": (-7 * _H, -6 * _H),
     "PT": (-8 * _H, -7 * _H)}
)  # fmt: skip

#: The English date labels (casefolded) -> what they give.
_ENGLISH_LABELS: Mapping[str, str] = MappingProxyType(
    {
        "published": "published",
        "first published": "published",
        "publication date": "published",
        "date published": "published",
        "released": "published",
        "created": "published",
        "date": "published",
        "updated": "updated",
        "last updated": "updated",
        "last update": "updated",
        "update": "updated",
        "modified": "updated",
        "last modified": "updated",
        "revised": "updated",
        "posted": "posted",
    }
)

#: The Persian date labels, each also in its other spellings (see _persian_spellings).
_PERSIAN_LABELS: Mapping[str, str] = MappingProxyType(
    {
        "تاریخ انتشار": "published",
        "زمان انتشار": "published",
        "انتشار": "published",
        "منتشر\u200cشده": "published",
        "تاریخ": "published",
        "به\u200cروز\u200cرسانی": "updated",
        "بروز\u200cرسانی": "updated",
        "آخرین به\u200cروز\u200cرسانی": "updated",
        "آخرین بروز\u200cرسانی": "updated",
        "تاریخ به\u200cروز\u200cرسانی": "updated",
    }
)

#: Every date label (casefolded) -> what it gives.
_LABELS: Mapping[str, str] = MappingProxyType(
    {
        **_ENGLISH_LABELS,
        **{
            form: what
            for label, what in _PERSIAN_LABELS.items()
            for form in _persian_spellings(label)
        },
        "veröffentlicht": "published",
        "erschienen": "published",
        "datum": "published",
        "publié": "published",
        "publie": "published",
        "publicado": "published",
        "fecha": "published",
        "pubblicato": "published",
        "data": "published",
        "gepubliceerd": "published",
        "опубликовано": "published",
        "дата публикации": "published",
        "дата": "published",
        "opublikowano": "published",
        "data publikacji": "published",
        "publikováno": "published",
        "publicerad": "published",
        "publiceret": "published",
        "publisert": "published",
        "julkaistu": "published",
        "yayınlanma": "published",
        "yayınlanma tarihi": "published",
        "yayınlandı": "published",
        "diterbitkan": "published",
        "dipublikasikan": "published",
        "xuất bản": "published",
        "ngày đăng": "posted",
        "aktualisiert": "updated",
        "zuletzt aktualisiert": "updated",
        "stand": "updated",
        "mis à jour": "updated",
        "mis a jour": "updated",
        "modifié": "updated",
        "actualizado": "updated",
        "actualización": "updated",
        "atualizado": "updated",
        "atualizado em": "updated",
        "aggiornato": "updated",
        "ultimo aggiornamento": "updated",
        "bijgewerkt": "updated",
        "laatst bijgewerkt": "updated",
        "обновлено": "updated",
        "изменено": "updated",
        "aktualizacja": "updated",
        "zaktualizowano": "updated",
        "aktualizováno": "updated",
        "uppdaterad": "updated",
        "opdateret": "updated",
        "oppdatert": "updated",
        "päivitetty": "updated",
        "güncelleme": "updated",
        "son güncelleme": "updated",
        "güncellendi": "updated",
        "diperbarui": "updated",
        "cập nhật": "updated",
        "geplaatst": "posted",
        # scripts without capitals
        "发布时间": "published",
        "发布日期": "published",
        "发表时间": "published",
        "发表日期": "published",
        "發佈時間": "published",
        "發布時間": "published",
        "發表時間": "published",
        "时间": "published",
        "時間": "published",
        "日期": "published",
        "更新时间": "updated",
        "更新時間": "updated",
        "公開日": "published",
        "公開日時": "published",
        "掲載日": "published",
        "配信日": "published",
        "配信日時": "published",
        "投稿日": "posted",
        "投稿日時": "posted",
        "更新日": "updated",
        "更新日時": "updated",
        "最終更新日": "updated",
        "입력": "published",
        "기사입력": "published",
        "등록": "published",
        "등록일": "published",
        "발행일": "published",
        "게재일": "published",
        "작성일": "posted",
        "수정": "updated",
        "업데이트": "updated",
        "최종수정": "updated",
        "تاريخ النشر": "published",
        "نشر في": "published",
        "نشر": "published",
        "نُشر في": "published",
        "نُشر": "published",
        "نشر بتاريخ": "published",
        "نُشر بتاريخ": "published",
        "بتاريخ": "published",
        "آخر تحديث": "updated",
        "تحديث": "updated",
        "פורסם": "published",
        "עודכן": "updated",
        "प्रकाशित": "published",
        "अपडेट": "updated",
        "अपडेटेड": "updated",
        "เผยแพร่": "published",
        "วันที่": "published",
        "อัปเดต": "updated",
    }
)

# --------------------------------------------------------------------------------------------
# Regular expressions (all repetition is bounded, so every search is linear in the text)
# --------------------------------------------------------------------------------------------

# The names as written and casefolded: the pattern matches without case but with simple
# case folding, which cannot match a full folding that is longer ("μαΐου" folds to seven
# code points).
_MONTH_LIST = sorted(
    {w for w, _n in _MONTH_SPELLINGS} | set(MONTHS) | set(_SOLAR_HIJRI_MONTHS),
    key=len,
    reverse=True,
)


def _suffix_alternation(words: Iterable[str]) -> str:
    """A pattern matching exactly ``words``, with the words that end alike sharing their
    ending: ``(?:(?:ja|fe)n|...)``. A pattern matched backwards (``REVERSE``) then tests
    each character once for all the words that end with it, where a plain alternation (or
    a named list) tests every word in turn: with the month names of 23 languages, the
    search before a year takes less than half the time. A word that ends another
    (``out`` in ``aout``) is tried after the longer one, as in a list longest first."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for char in reversed(word):
            node = node.setdefault(char, {})
        node[""] = {}

    def prefixes(node: dict[str, Any]) -> str:
        parts = [prefixes(sub) + regex.escape(char) for char, sub in sorted(node.items()) if char]
        if not parts:
            return ""
        body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
        return f"(?:{body})?" if "" in node else body

    return "(?:" + prefixes(trie) + ")"


_WEEKDAY_LIST = sorted(WEEKDAYS, key=len, reverse=True)
_LABEL_LIST = sorted(_LABELS, key=len, reverse=True)

_DIGIT = regex.compile(r"\d")

#: The Unicode blocks of the Arabic script (Arabic and Persian letters and digits) and of
#: Thai, whose lines may hold a Solar Hijri or Buddhist-era date (for character classes).
_ARABIC_BLOCK = "\u0600-\u06ff"
_THAI_BLOCK = "\u0e00-\u0e7f"
#: A decimal digit other than 0-9: Arabic-Indic (``٢٠٢١``), Persian (``۲۰۲۱``), Devanagari,
#: full-width (``２０２１``) ...
_OTHER_DIGIT_CLASS = r"[^\P{Nd}0-9]"

# Every supported date has a year: a four-digit year (of the Thai Buddhist era too, see
# _BUDDHIST_ERA, and of the Solar Hijri calendar), an apostrophe year ('21) or the two-digit
# year of a numeric date (12.03.21, 3/12/21). The scan looks for these anchors first (one
# cheap regex), then reads the rest of the date around each one.
_ANCHOR_PATTERN = r"""
        (?<!\d)(?P<y>1(?:9\d\d|SOLAR_HIJRI)|2(?:0\d\d|100|[45]\d\d|6[0-4]\d))
        # a year ends where digits stop, or where a text dump glued a time or a reading
        # time to it ("March 3, 20218:23 PM", "Mar 27, 20255 mins")
        (?:(?!\d)|(?=\d{1,2}:\d\d(?!\d))|(?=\d{1,3}\s{0,2}(?i:mins?|minutes?)(?!\p{L})))
      | (?<![\p{L}\p{N}])(?P<q>['’]\d\d)(?!\d)
      | (?<![\p{L}\p{N}./\-])
        (?:(?P<ta>\d\d)\.(?P<tb>\d\d)\.|(?P<sa>\d{1,2})/(?P<sb>\d{1,2})/)(?P<ty>\d\d)
        (?!\d|[./\-]\d)
"""
# Most lines: no Solar Hijri year (1300-1500) and no two-digit Buddhist-era year. A number
# such as 1400-1-12 in a line without Persian is a code, not a date.
_ANCHOR = regex.compile(_ANCHOR_PATTERN.replace("|SOLAR_HIJRI", ""), regex.VERBOSE)
# In text with Arabic or Thai letters or digits of another script (see _WIDE_TEXT), a
# two-digit year of the Buddhist era after a Thai month is an anchor too (15 พ.ย. 66, see
# _core). This group comes last, so the groups the patterns share have the same numbers
# (_ANCHOR_IX serves all three).
_THAI_YEAR = (
    r"""
      | (?<=["""
    + _THAI_BLOCK
    + r"""]\.?\s{0,3})(?P<bt>\d\d)(?!\d|[.:]\d)
"""
)
# A Solar Hijri year is one where a month name may come before it (15 آبان 1402: the name
# says the calendar), ...
_WIDE_ANCHOR = regex.compile(
    _ANCHOR_PATTERN.replace("SOLAR_HIJRI", r"(?:[34]\d\d|500)(?![./\-]\d)") + _THAI_YEAR,
    regex.VERBOSE,
)
# ... and in Persian text (see _PERSIAN_TEXT) any Solar Hijri year, also the first number
# of a numeric date (۱۴۰۲/۰۸/۱۵). Arabic text without Persian letters or digits writes the
# lunar Hijri calendar, whose years (1445/09/15) are the Solar calendar's too.
_PERSIAN_ANCHOR = regex.compile(
    _ANCHOR_PATTERN.replace("SOLAR_HIJRI", r"[34]\d\d|500") + _THAI_YEAR, regex.VERBOSE
)

# Year-first dates, matched forward from the year: 2021-03-12, 2021/03/12, 2021年3月12日,
# 2021년 3월 12일.
_YEAR_FIRST = regex.compile(
    r"""
    (?<![\p{L}\p{N}./\-])(?P<iy>\d{4})
    (?:
        (?P<isep>[\-/.])(?P<im>\d{1,2})(?P=isep)(?P<id>\d{1,2})(?!\d|[./\-]\d)
      | \s{0,2}[年년]\s{0,2}(?P<cm>\d{1,2})\s{0,2}[月월]\s{0,2}(?P<cd>\d{1,2})\s{0,2}[日일]
    )
    """,
    regex.VERBOSE,
)

# What comes before a year, matched backwards from it (REVERSE mode with \Z: one attempt).
_BEFORE_YEAR_PATTERN = r"""
    (?:
        # numeric: 12.03.2021, 12/03/2021, 12-03-2021 (separators compared in code)
        (?<![\p{L}\p{N}./\-])
        (?P<na>\d{1,2})(?P<ns1>[./\-])(?P<nb>\d{1,2})(?P<ns2>[./\-])
      |
        # day month: 12 March 2021, 12th of March 2021, 12. März 2021, 12 de marzo de 2021
        (?<![\p{L}\p{N}])(?P<dd>\d{1,2})(?:st|nd|rd|th|er|\.º|º|ª|°|\.)?
        [\s\-/]{0,3}(?:(?:de|of)\s{1,3})?
        (?P<dm>\L<month>)(?!\p{L})\.?
        # the Thai era may stand before the year: 12 มีนาคม พ.ศ. 2567
        (?:[\s,/\-]{1,4}(?:del?\s{1,3}|[พค]\.ศ\.\s{0,3})?|(?<=\.))
      |
        # month day: March 12, 2021; Mar. 12th, 2021; March 28 2024; December 19. 2025;
        # also glued to a word or number before it, as text dumps glue them ("by Jane
        # DoeMarch 12, 2021")
        (?:(?<![\p{L}\p{N}])|(?<=[\p{Ll}\p{N}])(?-i:(?=\p{Lu})))
        (?P<mm>\L<month>)(?!\p{L})\.?\s{0,3}
        (?P<md>\d{1,2})(?:st|nd|rd|th)?
        \s{0,2}(?:,|\.(?=\s))?\s{0,3}
    )
    \Z
    """

_AMPM = r"(?P<ap>(?i:[ap]\.?\s?m\.?)(?![\p{L}\p{N}]))"


def _zone_pattern(*, balanced: bool) -> str:
    """The zone grammar; ``balanced`` checks parentheses (not possible in REVERSE mode)."""
    close = r"(?(zp)\s{0,2}\))" if balanced else r"(?:\s{0,2}\))?"
    return (
        r"""
    (?:
        (?<=\d)(?P<zz>Z)(?![\p{L}\p{N}])
      |
        \s{0,3}(?P<zp>\(\s{0,2})?
        (?:
            (?P<zu>UTC|GMT|UT)(?:\s{0,2}(?P<zs>[+\-\N{MINUS SIGN}\N{EN DASH}])\s{0,2}
                (?P<zh>\d{1,2})(?::?(?P<zm>\d{2}))?)?(?![\p{L}\p{N}])
          |
            (?P<ns>[+\-\N{MINUS SIGN}])(?P<nh>0\d|1[0-4]):?(?P<nm>[0-5]\d)(?!\d)
          |
            (?<=[\s(\d])(?P<za>\L<zone>)(?![\p{L}\p{N}])
        )
        """
        + close
        + r"""
    )
    """
    )


#: Morning and afternoon words written before the time (Korean, Japanese, Chinese).
_AM_WORDS = frozenset({"오전", "午前", "上午"})
_PM_WORDS = frozenset({"오후", "午後", "下午"})

_TIME = (
    r"""
    (?:(?P<kap>"""
    + "|".join(sorted(_AM_WORDS | _PM_WORDS))
    + r""")\s{0,2})?
    (?P<h>\d{1,2})
    (?:
        (?P<tsep>[:.h])(?P<mi>\d{2})(?::(?P<se>\d{2})(?:[.,]\d{1,9})?)?(?!\d|[.:]\d)
        (?:\s{0,2}"""
    + _AMPM
    + r""")?
      |
        \s{0,2}"""
    + _AMPM
    + r"""
      |
        # Chinese and Japanese: 16時20分, 16时5分30秒
        \s{0,2}[時时]\s{0,2}(?P<mi>\d{1,2})\s{0,2}分(?:\s{0,2}(?P<se>\d{1,2})\s{0,2}秒)?
    )
    (?:\s{0,2}(?:Uhr|hrs|h|น\.)(?![\p{L}\p{N}]))?
    """
)

_ZONE_LIST = sorted(set(ZONE_OFFSETS) | set(_US_GENERIC), key=len, reverse=True)

# The weekday as Chinese, Japanese and Korean print it after the date (or its time), in
# brackets or not: "2024年5月6日（月）15時20分", "2024.05.06(월) 15:20", "2024年3月12日 星期二".
_CJK_WEEKDAY = r"""
    (?:\s{0,2}(?=[（(星礼禮周週月火水木金土日월화수목금토일])
        (?:[（(](?:周|週|星期)?[月火水木金土日월화수목금토일一二三四五六天][)）]
          |(?:星期|礼拜|禮拜|周|週)[一二三四五六日天]
          |[月火水木金土日]曜日
          |[월화수목금토일]요일))
"""

# After the date: a Russian year word or such a weekday, then a time with its zone (and
# such a weekday).
_TAIL = regex.compile(
    r"""
    (?P<ysfx>\s{0,2}(?:г\.|гг\.|года|г)(?![\p{L}\p{N}]))?
    """
    + _CJK_WEEKDAY
    + r"""?
    (?:
        (?:
            T
          | (?<=\d)(?=\d)  # a year glued to the time by a text dump: "October 17, 20236:01 PM"
          | (?<=[)）])\s{0,3}
          | (?:\s{0,3}(?:[,،|•·\-–—/@]|(?P<tp>\())\s{0,3}|\.?\s{1,3})
            (?:(?:at|um|à|a\s{1,2}las|a\s{1,2}la|às|as|alle|ore|om|kl\.?|в|о|ساعت)\s{1,3})?
        )
        """
    + _TIME
    + _zone_pattern(balanced=True)
    + r"""?
        (?(tp)\s{0,2}\))
    """
    + _CJK_WEEKDAY
    + r"""?
    )?
    """,
    regex.VERBOSE,
    zone=_ZONE_LIST,
)

# A time before the date: "4:20 PM ET, Fri March 12, 2021" (REVERSE mode, ends at the date).
_LEAD_TIME = regex.compile(
    r"""
    (?<![\d:.])"""
    + _TIME
    + _zone_pattern(balanced=False)
    + r"""?
    (?:\s{0,3}[,|•·\-–—/]\s{0,3}|\s{1,3})
    (?:(?:on|le|el|am|den|the)\s{1,3})?
    \Z
    """,
    regex.VERBOSE | regex.REVERSE,
    zone=_ZONE_LIST,
)

# A zone alone after the date, for a time that came before it.
_TRAIL_ZONE = regex.compile(_zone_pattern(balanced=True), regex.VERBOSE, zone=_ZONE_LIST)

# A weekday right before the date (REVERSE mode, ends at the date). Thai writes "the" after
# the weekday, glued to it: วันศุกร์ที่ 12 มีนาคม 2567.
_WEEKDAY_PATTERN = (
    r"(?<!\p{L})(?P<w>\L<weekday>)(?:ที่)?(?!\p{L})\.?\s{0,2}[,،]?\s{0,3}"
    r"(?:(?:le|el|den|the)\s{1,3})?\Z"
)
# A label right before the date or its weekday (REVERSE mode).
_LABEL_PATTERN = r"""
    (?:(?<![\p{L}\p{N}])|(?<=\p{Ll})(?-i:(?=\p{Lu})))
    (?P<l>\L<label>)(?:\s{1,3}(?:on|at|am|um|le|el|em|il|op|den|در|:))?
    \s{0,3}[:：\-–—]?\s{0,3}\Z
"""


_WIDE_LETTER = regex.compile(f"[{_ARABIC_BLOCK}{_THAI_BLOCK}]")


@attrs.frozen
class _Grammar:
    """The patterns that read the dates of a line and take words: month names, weekdays,
    labels (each written as a suffix trie, see :func:`_suffix_alternation`: in these
    backward searches a trie tests each character once for all the words that end with
    it, where a named list is slower the more words it holds)."""

    anchor: regex.Pattern[str]
    before_year: regex.Pattern[str]
    weekday: regex.Pattern[str]
    label: regex.Pattern[str]


def _grammar(anchor: regex.Pattern[str], *, wide: bool) -> _Grammar:
    """The patterns with every word of the tables (``wide``) or with those that have no
    letter of the Arabic or Thai script."""

    def trie(words: list[str]) -> str:
        return _suffix_alternation(w for w in words if wide or _WIDE_LETTER.search(w) is None)

    reverse = regex.IGNORECASE | regex.VERBOSE | regex.REVERSE
    return _Grammar(
        anchor=anchor,
        before_year=regex.compile(
            _BEFORE_YEAR_PATTERN.replace(r"\L<month>", trie(_MONTH_LIST)), reverse
        ),
        weekday=regex.compile(
            _WEEKDAY_PATTERN.replace(r"\L<weekday>", trie(_WEEKDAY_LIST)),
            regex.IGNORECASE | regex.REVERSE,
        ),
        label=regex.compile(_LABEL_PATTERN.replace(r"\L<label>", trie(_LABEL_LIST)), reverse),
    )


#: A letter of the Arabic or Thai script, or a digit of another script than 0-9: a line
#: that may hold a Solar Hijri or Buddhist-era date, or digits to read as 0-9. Such lines
#: are read with :func:`_wide`, all others (most) with :data:`_NARROW`, whose patterns
#: leave out the words of those scripts, which such a line cannot hold.
_WIDE_TEXT = regex.compile(f"{_WIDE_LETTER.pattern}|{_OTHER_DIGIT_CLASS}")
#: A Persian digit or a letter that Persian writes and Arabic does not (pe, che, zhe, gaf,
#: keheh, Farsi yeh): a line that may hold a Solar Hijri date.
_PERSIAN_TEXT = regex.compile(r"[\u06f0-\u06f9\u067e\u0686\u0698\u06af\u06a9\u06cc]")
_NARROW = _grammar(_ANCHOR, wide=False)


@functools.cache
def _wide(persian: bool) -> _Grammar:
    """The grammar of lines with Arabic or Thai letters or other digits (with the Solar
    Hijri years where the line is ``persian``), compiled when the first such line comes
    (its patterns take a few tens of milliseconds to compile)."""
    return _grammar(_PERSIAN_ANCHOR if persian else _WIDE_ANCHOR, wide=True)


def _index(pattern: regex.Pattern[str]) -> Mapping[str, int]:
    """Group name -> number (``regex`` looks names up slowly; numbers are fast)."""
    return MappingProxyType(dict(pattern.groupindex))


_ANCHOR_IX = _index(_PERSIAN_ANCHOR)
_YEAR_FIRST_IX = _index(_YEAR_FIRST)
# the group numbers are the same in both grammars: the patterns differ in their word lists
_BEFORE_YEAR_IX = _index(_NARROW.before_year)
_TAIL_IX = _index(_TAIL)
_LEAD_TIME_IX = _index(_LEAD_TIME)
_TRAIL_ZONE_IX = _index(_TRAIL_ZONE)

#: How far before a date the weekday, leading time and label may start.
_LOOKBACK = 48

# --------------------------------------------------------------------------------------------
# Values
# --------------------------------------------------------------------------------------------


def _year(raw: str) -> int | None:
    digits = raw.lstrip("'’")
    year = int(digits)
    if len(digits) == 2:
        year += 2000 if year < 70 else 1900
    return year if 1900 <= year <= 2100 else None


def _date(year: int | None, month: int, day: int) -> _dt.date | None:
    if year is None or not 1 <= month <= 12 or day < 1:
        return None
    try:
        return _dt.date(year, month, day)
    except ValueError:
        return None


#: The Solar Hijri years that start a new run of 33-year cycles in Borkowski's arithmetic
#: for the Iranian calendar (the years where the interval between leap years changes);
#: it follows the official calendar, set by the March equinox at Tehran, from -61 to 3177.
_JALALI_BREAKS = (
    -61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210,
    1635, 2060, 2097, 2192, 2262, 2324, 2394, 2456, 3178,
)  # fmt: skip


@functools.cache  # the grammar asks for 201 years at most (1300-1500)
def _jalali_year(year: int) -> tuple[_dt.date, bool] | None:
    """The Gregorian date of 1 Farvardin of Solar Hijri ``year`` and whether the year is a
    leap year (Esfand has 30 days); None outside the years the break table covers.

    K. M. Borkowski, "The Persian calendar for 3000 years" (Earth, Moon, and Planets 74,
    1996): leap years come every four years, five once in each 29-, 33- or 37-year run;
    the break table gives where each run starts. Every quantity here is non-negative, so
    Python's floor division is the paper's integer division."""
    breaks = _JALALI_BREAKS
    if not breaks[0] <= year < breaks[-1]:
        return None
    # leap years of the Solar Hijri calendar before ``year``, from an arbitrary origin
    leaps = -14
    start = breaks[0]
    jump = 0
    for nxt in breaks[1:]:
        jump = nxt - start
        if year < nxt:
            break
        leaps += jump // 33 * 8 + jump % 33 // 4
        start = nxt
    n = year - start  # years since the run of ``year`` started
    leaps += n // 33 * 8 + (n % 33 + 3) // 4
    if jump % 33 == 4 and jump - n == 4:
        leaps += 1
    # ... and Gregorian leap years before its Gregorian year, from the same origin
    greg = year + 621
    greg_leaps = greg // 4 - (greg // 100 + 1) * 3 // 4 - 150
    first = _dt.date(greg, 3, 20 + leaps - greg_leaps)
    # years since the last leap year: a run's last years count as the next run's first
    if jump - n < 6:
        n = n - jump + (jump + 4) // 33 * 33
    since = (n + 1) % 33 - 1
    return first, since >= 0 and since % 4 == 0


def _jalali_date(year: int, month: int, day: int) -> _dt.date | None:
    """The Gregorian date of a Solar Hijri date, or None when there is no such day: months
    1-6 have 31 days, 7-11 have 30, Esfand (12) 29, or 30 in a leap year."""
    if not 1 <= month <= 12 or day < 1:
        return None
    found = _jalali_year(year)
    if found is None:
        return None
    first, leap = found
    length = 31 if month <= 6 else 30 if month <= 11 or leap else 29
    if day > length:
        return None
    # 31 days in each month before the seventh, 30 in each one after
    return first + _dt.timedelta(days=(month - 1) * 31 - max(0, month - 7) + day - 1)


#: A numeric date as read (day first, or month first after a US ``/``), the other reading
#: when it is a different real date (``03/12/2021``), and whether the one read is month
#: first (see :func:`_settle`).
_Reading = tuple[_dt.date, _dt.date | None, bool]

#: The English label and weekday words: a slash date after them is read month first, as in
#: the US; after another language's label or weekday it is read day first, as nearly
#: everywhere else (``Publié le 03/12/2021``, ``Thứ Sáu, 5/3/2021``).
_MONTH_FIRST_WORDS = frozenset({*_ENGLISH_LABELS, *(w for ws in _ENGLISH_WEEKDAYS for w in ws)})


def _numeric(a: int, b: int, year: int | None, sep: str) -> _Reading | None:
    """Read ``a sep b sep year``: day first with ``.``/``-``, US month first with ``/``;
    the other reading comes along when it is a different real date."""
    month_first = sep == "/" and a <= 12
    if month_first:
        first, second = _date(year, a, b), _date(year, b, a)
    else:
        first, second = _date(year, b, a), _date(year, a, b)
    if first is None:
        return None if second is None else (second, None, False)
    if second is None or second == first:
        return first, None, False
    return first, second, month_first


def _settle(
    reading: _Reading, weekday: regex.Match[str] | None, label: regex.Match[str] | None
) -> tuple[_dt.date, _dt.date | None]:
    """The date a numeric date that reads both ways stands for, and the day-first reading of
    a slash date that its line cannot settle (else None): the reading that falls on the
    weekday printed with it (``Fri 03/12/2021``: 12 March 2021 was a Friday); else, for a
    slash date read month first, the day-first reading when the label or weekday before
    it is not English."""
    day, other, month_first = reading
    if other is None:
        return day, None
    if weekday is not None:
        named = WEEKDAYS.get(_fold(weekday.group("w")))
        if named is not None and (day.isoweekday() == named) != (other.isoweekday() == named):
            return (day if day.isoweekday() == named else other), None
    if month_first:
        for word in (weekday, label):
            if word is not None and _key(word.group(1)) not in _MONTH_FIRST_WORDS:
                return other, None
        return day, other
    return day, None


_YEAR_GAP = " ,./-'\N{RIGHT SINGLE QUOTATION MARK}\t\N{NO-BREAK SPACE}"


def _is_mark(char: str) -> bool:
    """A combining mark: part of a word in Devanagari and other scripts (the vowel signs
    of ``अप्रैल``), though not a letter."""
    return not char.isascii() and unicodedata.category(char)[0] == "M"


#: Thai dates count years in the Buddhist era, this many ahead (2567 BE is 2024); the year
#: anchor takes such years (2443-2649) and a Thai month name before one makes it so.
_BUDDHIST_ERA = 543
_THAI_FROM, _THAI_TO = _THAI_BLOCK[0], _THAI_BLOCK[-1]
_THAI_MONTHS = frozenset(
    spelling for names in _MORE_MONTHS["th"].split() for spelling in names.split("/")
)
# A Thai month name (and the era) right before a year (REVERSE mode, ends at the year).
_THAI_MONTH_BEFORE = regex.compile(
    r"(?<!\p{L})\L<month>\.?\s{0,3}(?:[พค]\.ศ\.\s{0,3})?\Z",
    regex.REVERSE,
    month=sorted(_THAI_MONTHS, key=len, reverse=True),
)


# The mark of a lunar Hijri year after a numeric date written year first (1445/09/15هـ,
# 1445/09/15 هجري, ۱۴۴۵/۰۹/۱۵ ه.ق): the calendar of Arabia, not Iran's, whose years the
# grammar does not convert.
_LUNAR_HIJRI_MARK = regex.compile(r"\s{0,2}(?:هـ|هجري|هجری\s?قمری|ه\s?\.?\s?ق(?!\p{L}))")


def _year_first(four: str, month: int, day: int, text: str, end: int) -> _dt.date | None:
    """A numeric date written year first that ends at ``end``: Gregorian, or Solar Hijri
    when its year is one of that calendar (``1402/08/15`` is 6 November 2023)."""
    year = int(four)
    if year in _SOLAR_HIJRI_NUMERIC_YEARS:
        if _LUNAR_HIJRI_MARK.match(text, end) is not None:
            return None
        return _jalali_date(year, month, day)
    return _date(_year(four), month, day)


def _may_precede_year(text: str, lo: int, ys: int) -> bool:
    """Cheap test before the search before a year: it follows a number or a month name."""
    j = ys - 1
    while j >= lo and ys - j <= 4 and text[j] in _YEAR_GAP:
        j -= 1
    if j < lo or ys - j > 4:
        return False
    if text[j].isdigit():
        return True
    if _THAI_FROM <= text[j] <= _THAI_TO:
        # a Thai month keeps the inner full stop of its abbreviation (มี.ค.), and the era
        # may stand between it and the year (มีนาคม พ.ศ. 2567)
        return _THAI_MONTH_BEFORE.search(text, lo, ys) is not None
    k = j
    while k >= lo and j - k < 12 and (text[k].isalpha() or _is_mark(text[k])):
        k -= 1
    word = _fold(text[k + 1 : j + 1])
    if word in ("st", "nd", "rd", "th"):
        return k >= lo and text[k].isdigit()
    # "month" after a Solar Hijri month's name (آبان ماه ۱۴۰۲)
    return word in MONTHS or word in ("de", "del", _MAH) or word in _SOLAR_HIJRI_MONTHS


def _core(
    text: str, anchor: regex.Match[str], floor: int, grammar: _Grammar
) -> tuple[int, int, _Reading] | None:
    """The span and reading of the date around a year anchor, or None."""
    g, ix = anchor.group, _ANCHOR_IX
    ys, ye = anchor.span()
    if g(ix["ty"]):
        year = _year(g(ix["ty"]))
        if g(ix["ta"]):
            read = _numeric(int(g(ix["ta"])), int(g(ix["tb"])), year, ".")
        else:
            read = _numeric(int(g(ix["sa"])), int(g(ix["sb"])), year, "/")
        return None if read is None else (ys, ye, read)
    four = g(ix["y"])
    if four:
        first = _YEAR_FIRST.match(text, ys)
        if first is not None:
            f, fx = first.group, _YEAR_FIRST_IX
            if f(fx["cm"]):
                day = _date(_year(four), int(f(fx["cm"])), int(f(fx["cd"])))
            else:
                day = _year_first(four, int(f(fx["im"])), int(f(fx["id"])), text, first.end())
            return None if day is None else (ys, first.end(), (day, None, False))
    lo = max(floor, ys - _LOOKBACK)
    if not _may_precede_year(text, lo, ys):
        return None
    before = grammar.before_year.search(text, lo, ys)
    if before is None:
        return None
    # no year yet for a two-digit year after a Thai month (see below)
    raw = four or g(ix["q"])
    year = _year(raw) if raw else None
    b, bx = before.group, _BEFORE_YEAR_IX
    if b(bx["na"]):
        if not four or b(bx["ns1"]) != b(bx["ns2"]):
            return None
        read = _numeric(int(b(bx["na"])), int(b(bx["nb"])), year, b(bx["ns1"]))
        return None if read is None else (before.start(), ye, read)
    if b(bx["dd"]):
        name = _fold(b(bx["dm"]))
        solar = _SOLAR_HIJRI_MONTHS.get(name)
        if solar is not None:
            # a Solar Hijri month takes a year of its calendar only
            if not four or int(four) not in _SOLAR_HIJRI_YEARS:
                return None
            day = _jalali_date(int(four), solar, int(b(bx["dd"])))
            return None if day is None else (before.start(), ye, (day, None, False))
        month = MONTHS.get(name)
        if year is None and name in _THAI_MONTHS:
            # a year of the Buddhist era: 2567 BE is 2024, and 67 is 2567. Without a
            # four-digit or apostrophe year, the anchor is a bare two-digit year, which
            # only _WIDE_ANCHOR has (the narrow grammar has no Thai month either)
            era = int(four or "25" + g(ix["bt"]))
            year = _year(str(era - _BUDDHIST_ERA))
        day = None if month is None else _date(year, month, int(b(bx["dd"])))
    else:
        name = _fold(b(bx["mm"]))
        if name in _DAY_FIRST_ONLY:
            return None
        month = MONTHS.get(name)
        day = None if month is None else _date(year, month, int(b(bx["md"])))
    return None if day is None else (before.start(), ye, (day, None, False))


def _fold(word: str) -> str:
    """A matched word as the tables (:data:`MONTHS`, labels) hold it. The patterns match
    without case and take ``İ`` (Turkish capital dotted I) for ``i``, which case folding
    turns into ``i`` and a combining dot: the dot goes. A matched word that is still not
    in a table is no date (or no label), not an error."""
    return word.casefold().replace("\u0307", "")


def _key(words: str) -> str:
    """A matched label or weekday as the tables hold it: folded, single spaces."""
    return " ".join(_fold(words).split())


def _clock(m: regex.Match[str], ix: Mapping[str, int]) -> tuple[int, int, int] | None:
    """Hour, minute, second of a matched time, or None when impossible."""
    g = m.group
    hour = int(g(ix["h"]))
    minute = int(g(ix["mi"]) or 0)
    second = int(g(ix["se"]) or 0)
    if minute > 59 or second > 59:
        return None
    ap = g(ix["ap"])
    kap = g(ix["kap"])
    if kap and ap:
        return None  # "오후 4:20 PM": two clocks
    if kap or ap:  # a 12-hour clock
        if not 1 <= hour <= 12:
            return None
        hour %= 12
        if (kap in _PM_WORDS) if kap else ap.lstrip()[0] in "pP":
            hour += 12
    elif hour > 23:
        return None
    return hour, minute, second


def _nth_sunday(year: int, month: int, n: int) -> _dt.date:
    first = _dt.date(year, month, 1)
    return first + _dt.timedelta(days=(6 - first.weekday()) % 7 + 7 * (n - 1))


def _last_sunday(year: int, month: int) -> _dt.date:
    nxt = _dt.date(year + (month == 12), month % 12 + 1, 1)
    last = nxt - _dt.timedelta(days=1)
    return last - _dt.timedelta(days=(last.weekday() + 1) % 7)


def _us_daylight(day: _dt.date) -> bool:
    if day.year >= 2007:
        return _nth_sunday(day.year, 3, 2) <= day < _nth_sunday(day.year, 11, 1)
    return _nth_sunday(day.year, 4, 1) <= day < _last_sunday(day.year, 10)


def _offset(m: regex.Match[str], ix: Mapping[str, int], day: _dt.date) -> int | bool | None:
    """Offset east of UTC in minutes of a matched zone; False when the match has no zone,
    None when the offset is impossible."""
    g = m.group
    if g(ix["zz"]):
        return 0
    if g(ix["zu"]):
        if not g(ix["zs"]):
            return 0
        hours, minutes = int(g(ix["zh"])), int(g(ix["zm"]) or 0)
        sign = -1 if g(ix["zs"]) != "+" else 1
    elif g(ix["ns"]):
        hours, minutes = int(g(ix["nh"])), int(g(ix["nm"]))
        sign = -1 if g(ix["ns"]) != "+" else 1
    elif g(ix["za"]):
        name = g(ix["za"])
        if name in _US_GENERIC:
            standard, daylight = _US_GENERIC[name]
            return daylight if _us_daylight(day) else standard
        return ZONE_OFFSETS[name]
    else:
        return False
    if hours > 14 or minutes > 59:
        return None
    return sign * (hours * 60 + minutes)


# --------------------------------------------------------------------------------------------
# Scanning
# --------------------------------------------------------------------------------------------


@attrs.frozen
class _Found:
    match: DateMatch
    label_start: int


def _build(text: str, anchor: regex.Match[str], floor: int, grammar: _Grammar) -> _Found | None:
    """The date expression around a year anchor, with time, zone, weekday and label; None
    when there is none or it is impossible."""
    core = _core(text, anchor, floor, grammar)
    if core is None:
        return None
    start, end, reading = core
    day = reading[0]
    clock: tuple[int, int, int] | None = None
    offset: int | None = None
    # the match that gave the zone (a US zone's offset depends on the date)
    zoned: tuple[regex.Match[str], Mapping[str, int]] | None = None
    tail = _TAIL.match(text, end) if end < len(text) else None
    if tail is not None and tail.end() > end:
        if tail.group(_TAIL_IX["h"]) is not None:
            clock = _clock(tail, _TAIL_IX)
            zone = _offset(tail, _TAIL_IX, day)
            if clock is None or zone is None:
                return None
            offset = None if zone is False else int(zone)
            zoned = tail, _TAIL_IX
        end = tail.end()
    # leading time ("4:20 PM ET, Fri March 12, 2021"): weekday first, then the time before
    # it; the searches backwards need something before the date, and a time needs a digit
    # (cheap tests first)
    before = max(floor, start - _LOOKBACK)
    weekday = grammar.weekday.search(text, before, start) if start > before else None
    if weekday is not None:
        start = weekday.start()
        before = max(floor, start - _LOOKBACK)
    if clock is None and start > before and _DIGIT.search(text, before, start) is not None:
        lead = _LEAD_TIME.search(text, before, start)
        if lead is not None:
            clock = _clock(lead, _LEAD_TIME_IX)
            zone = _offset(lead, _LEAD_TIME_IX, day)
            if clock is None or zone is None:
                return None
            offset = None if zone is False else int(zone)
            zoned = lead, _LEAD_TIME_IX
            start = lead.start()
            if offset is None:
                # "07:45, 19 Jan 2023 GMT": the zone of a leading time may follow the date
                trail = _TRAIL_ZONE.match(text, end)
                if trail is not None:
                    zone = _offset(trail, _TRAIL_ZONE_IX, day)
                    if zone is None:
                        return None
                    if zone is not False:
                        offset, end = int(zone), trail.end()
                        zoned = trail, _TRAIL_ZONE_IX
            if weekday is None:
                weekday = grammar.weekday.search(text, max(floor, start - _LOOKBACK), start)
                if weekday is not None:
                    start = weekday.start()
    label_start = start
    label: str | None = None
    before = max(floor, start - _LOOKBACK)
    found_label = grammar.label.search(text, before, start) if start > before else None
    if found_label is not None:
        label = _LABELS.get(_key(found_label.group(1)))
        if label is not None:
            label_start = found_label.start()
    unsettled: _dt.date | None = None
    if reading[1] is not None:
        day, unsettled = _settle(reading, weekday, found_label if label is not None else None)
        if day is not reading[0] and zoned is not None and offset is not None:
            offset = _zone_on(zoned, day)
    hour, minute, second = clock or (0, 0, 0)
    tz = _timezone(offset)
    value = _dt.datetime(day.year, day.month, day.day, hour, minute, second, tzinfo=tz)
    alternative = None
    if unsettled is not None:
        # the same clock on the other day (a US zone's offset may differ on it)
        alt_tz = tz if zoned is None or offset is None else _timezone(_zone_on(zoned, unsettled))
        alternative = value.replace(
            year=unsettled.year, month=unsettled.month, day=unsettled.day, tzinfo=alt_tz
        )
    return _Found(
        DateMatch(
            start=start,
            end=end,
            value=value,
            has_time=clock is not None,
            has_zone=tz is not None,
            has_weekday=weekday is not None,
            label=label,
            alternative=alternative,
        ),
        label_start,
    )


def _timezone(offset: int | None) -> _dt.timezone | None:
    return None if offset is None else _dt.timezone(_dt.timedelta(minutes=offset))


def _zone_on(zoned: tuple[regex.Match[str], Mapping[str, int]], day: _dt.date) -> int | None:
    """The offset of the zone matched in ``zoned`` on ``day`` (a US zone's depends on it)."""
    zone = _offset(zoned[0], zoned[1], day)
    return None if zone is None or zone is False else int(zone)


_OTHER_DIGIT = regex.compile(_OTHER_DIGIT_CLASS)


def _ascii_digit(m: regex.Match[str]) -> str:
    # A digit newer than Python's Unicode tables (``regex`` may know more) has no value
    # here: it becomes a sign that no date pattern takes for a digit.
    value = unicodedata.digit(m.group(), None)
    return "\ufffd" if value is None else str(value)


def _ascii_digits(text: str) -> str:
    """``text`` with the digits of other scripts as 0-9, one character for one (so every
    span stays that of ``text``): what the patterns read, and ``int`` can convert."""
    if text.isascii() or _OTHER_DIGIT.search(text) is None:
        return text
    return _OTHER_DIGIT.sub(_ascii_digit, text)


def _scan(text: str) -> Iterator[_Found]:
    """Every date expression of ``text``, left to right, without overlaps. Digits of other
    scripts are read as 0-9 (see :func:`_ascii_digits`)."""
    grammar = _NARROW
    if not text.isascii() and _WIDE_TEXT.search(text) is not None:
        grammar = _wide(_PERSIAN_TEXT.search(text) is not None)
        text = _ascii_digits(text)
    anchors = grammar.anchor
    pos = 0
    floor = 0
    while True:
        anchor = anchors.search(text, pos)
        if anchor is None:
            return
        found = _build(text, anchor, floor, grammar)
        if found is None:
            pos = anchor.end()
            continue
        yield found
        pos = floor = found.match.end


@memo
def _scan_line(text: str) -> tuple[_Found, ...]:
    """:func:`_scan` of a line of at most :data:`MAX_CATEGORY_DATELINE` characters, kept
    (:mod:`cleanscrape._memo`): the field search asks about the same lines again."""
    return tuple(_scan(text))


def _found_in(text: str) -> Iterable[_Found]:
    """:func:`_scan` of ``text``, from the memo for a line short enough to be kept."""
    return _scan_line(text) if len(text) <= MAX_CATEGORY_DATELINE else _scan(text)


def find_date(text: str) -> DateMatch | None:
    """The first plausible date expression anywhere in ``text``, or None."""
    if not isinstance(text, str) or _DIGIT.search(text) is None:
        return None
    for found in _found_in(text):
        return found.match
    return None


def find_dates(text: str) -> list[DateMatch]:
    """Every date expression of ``text``, left to right, without overlaps."""
    if not isinstance(text, str) or _DIGIT.search(text) is None:
        return []
    return [found.match for found in _found_in(text)]


def date_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the date expressions of ``text`` with their labels (``Published on``,
    ``Publicado el``), left to right."""
    if not isinstance(text, str) or _DIGIT.search(text) is None:
        return []
    return [(found.label_start, found.match.end) for found in _found_in(text)]


def publication_date(text: str) -> DateMatch | None:
    """The publication date among the dates of a line: the first one labelled published or
    posted (``Updated May 3, 2022 · Originally published May 1, 2022``), else the earliest
    of those without a label (a page that prints its update and publication dates side by
    side, ``May 21, 2025April 24, 2025``: an update comes after the publication), else the
    first one; None when the line holds no date."""
    found = find_dates(text)
    for m in found:
        if m.label in ("published", "posted"):
            return m
    plain = [m for m in found if m.label is None]
    if plain:
        # the first of the earliest (dates with and without a zone compared on the clock)
        return min(plain, key=lambda m: m.value.replace(tzinfo=None))
    return found[0] if found else None


# --------------------------------------------------------------------------------------------
# Datelines and banners
# --------------------------------------------------------------------------------------------

#: Longest line that can still be a dateline.
_MAX_DATELINE = 160
#: ... or this long where a labelled date is followed by the post's categories only: the
#: longest dateline of all.
MAX_CATEGORY_DATELINE = 300
#: Longest line that can still be a capture banner.
_MAX_BANNER = 60

_READING_TIME = regex.compile(
    r"""
    (?:reading\s{1,2}time|read\s{1,2}time|lesezeit|temps\s{1,2}de\s{1,2}lecture|
       tiempo\s{1,2}de\s{1,2}lectura|tempo\s{1,2}di\s{1,2}lettura|leestijd|время\s{1,2}чтения)
    \s{0,2}:?\s{0,2}\d{1,3}\s{0,2}\p{L}{1,9}\.?
  | \d{1,3}\s{0,2}(?:-\s{0,2})?(?:min|mins|minute|minutes|minuten|minutos|minuti|мин)\.?
    (?:\s{1,2}(?:read|de\s{1,2}lecture|de\s{1,2}lectura|di\s{1,2}lettura|lesen|lezen|
       Lesezeit|leestijd|чтения))?(?!\p{L})
    """,
    regex.IGNORECASE | regex.VERBOSE,
)
_COMMENT_COUNT = regex.compile(
    r"""
    (?<![\p{L}\p{N}])(?:\d{1,6}|no)\s{0,2}
    (?:comments?|responses?|replies|reply|kommentare?|commentaires?|comentarios?|commenti|
       reacties|комментари\p{L}{0,3})(?!\p{L})
    """,
    regex.IGNORECASE | regex.VERBOSE,
)

_WORD = regex.compile(r"\p{L}[\p{L}\p{M}'’.\-]{0,40}|\p{N}")

#: Words that may stand next to a date in a dateline without making it prose.
_FILLERS = frozenset(
    """at on in le el la am um de del du da den der the of und and et y e и в г года гг
    updated published posted min read mis à jour""".split()
)
#: Characters of code, markup and formulas, never found in a dateline.
_CODE_CHARS = regex.compile(r"[<>={}_\\$%]")
_BY_WORDS = frozenset({"by", "par", "por", "von", "door"})
#: Separators left between and around the dates of a plain dateline.
_PLAIN_FURNITURE = " \t,.;:|/()[]-\N{EN DASH}\N{EM DASH}\N{BULLET}\N{MIDDLE DOT}\N{ARABIC COMMA}"
#: At most this many other (capitalised) words: a city, an agency, an author's name.
_MAX_EXTRA_WORDS = 4


def _labelled_field(text: str, start: int, end: int) -> bool:
    """Whether the word at ``start:end`` of ``text`` is a label (a colon follows it) or a
    label's value (a colon comes before it)."""
    after = text[end : end + 2].lstrip()
    before = text[max(0, start - 2) : start].rstrip()
    return after[:1] in (":", "：") or before[-1:] in (":", "：")


def holds_reading_time(text: str) -> bool:
    """Whether ``text`` holds a reading time (``5 min read``, ``Lesezeit: 3 Min.``), the
    furniture printed beside a date."""
    return _READING_TIME.search(text) is not None


def _residual_ok(text: str) -> bool:
    """Whether what is left of a line around its dates is dateline furniture."""
    if not text.strip(_PLAIN_FURNITURE):
        return True  # only spaces and separators: the common case, no regex needed
    if _CODE_CHARS.search(text) is not None:
        return False
    rest = _COMMENT_COUNT.sub(" ", _READING_TIME.sub(" ", text))
    extra = 0
    for found in _WORD.finditer(rest):
        word = found.group()
        if word[0].isdigit():
            return False
        low = _fold(word).rstrip(".")
        if low in _BY_WORDS:
            # "By Jane Doe • 12 March 2021", "Posted on 12 March 2021 by Jane Doe": a byline
            # that carries its date (see fields.parse_byline), not a dateline
            return False
        if low in _FILLERS or low in _LABELS:
            continue
        if word[0].islower():
            return False
        if not word[0].isupper() and not _labelled_field(rest, found.start(), found.end()):
            # a script without capitals: only labelled fields ("来源：新华网 作者：李华"),
            # a word before a colon or right after one, not the words of a sentence
            return False
        extra += 1
        if extra > _MAX_EXTRA_WORDS:
            return False
    return True


def _dateline_parts(text: str, max_len: int) -> tuple[_Found, str] | None:
    if not isinstance(text, str) or len(text) > max_len or _DIGIT.search(text) is None:
        return None
    first: _Found | None = None
    pieces: list[str] = []
    pos = 0
    for found in _found_in(text):
        if first is None:
            first = found
        pieces.append(text[pos : found.label_start])
        pos = found.match.end
    if first is None:
        return None
    pieces.append(text[pos:])
    return first, " ".join(pieces)


def parse_dateline(text: str) -> DateMatch | None:
    """The date of a dateline, or None when the line is not one.

    A dateline is a line that the date expression (with label, weekday, time and zone)
    covers nearly entirely: what is left may only be separators, a reading time
    (``5 min read``), a comment count, small words (``at``, ``on``, ``le`` ...) and at most
    four capitalised words (a city ``WASHINGTON —``, an agency); after a labelled date, the
    post's categories (``Posted on March 3, 2021 in Gardening, Seeds``). A second date
    (``Published ...; Updated ...``) is allowed; the first one is returned. Lines over 160
    characters (300 for a labelled date and its categories) and prose containing a date
    give None, and so do bylines that carry a date (``By Jane Doe • 12 March 2021``,
    ``Posted on 12 March 2021 by Jane Doe``): they are bylines, read by
    :func:`cleanscrape.fields.parse_byline`, with the date from :func:`find_date`.
    """
    if not isinstance(text, str):
        return None
    # over _MAX_DATELINE only categories ("in Gardening, ...") may follow: a line without
    # "in" is not scanned for dates
    limit = MAX_CATEGORY_DATELINE if "in" in text else _MAX_DATELINE
    parts = _dateline_parts(text, limit)
    if parts is None:
        return None
    first, rest = parts
    if len(text) <= _MAX_DATELINE and _residual_ok(rest):
        return first.match
    if first.match.label is not None and _CATEGORIES.fullmatch(rest) is not None:
        return first.match  # "Posted on March 3, 2021 in Gardening, Seeds, Valley News"
    return None


#: What a labelled date may have after it: the post's categories ("in Gardening, Seeds").
_CATEGORIES = regex.compile(r"\s*in\s+\p{Lu}[^.!?:;()\d]{0,250}")


_BANNER_REST = regex.compile(r"[\s,،.|•·\-–—/]*")


def parse_banner(text: str) -> _dt.date | None:
    """The date of a capture/"today" banner, or None.

    A banner is a short line (at most 60 characters) that is exactly one date with a weekday
    and no time, zone or label: ``Thursday March 28 2024``, ``Thursday, 28 March 2024``,
    ``Donnerstag, 28. März 2024``.
    """
    parts = _dateline_parts(text, _MAX_BANNER)
    if parts is None:
        return None
    first, rest = parts
    m = first.match
    if not m.has_weekday or m.has_time or m.has_zone or m.label is not None:
        return None
    if _BANNER_REST.fullmatch(rest) is None:
        return None
    return m.value.date()


# --------------------------------------------------------------------------------------------
# Dates in URLs
# --------------------------------------------------------------------------------------------

# /2021/03/12/, /2021-03-12/, /20210312/, -2021-03-12- in a slug: a year first, then month and
# day, each part whole (not digits of a longer number).
_URL_DATE = regex.compile(
    r"""
    (?<![\p{L}\p{N}])
    (?P<y>19\d\d|20\d\d)
    (?:
        (?P<s>[/\-_.])(?P<m>\d{1,2})(?P=s)(?P<d>\d{1,2})
      | (?P<m8>[01]\d)(?P<d8>[0-3]\d)
        # the month's English name or its abbreviation (any spelling in MONTHS that
        # starts like one): /2023/october/03/, /2023-oct-03-slug
      | (?P<sn>[/\-_])
        (?P<mn>(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}{0,6})
        (?P=sn)(?P<dn>\d{1,2})
    )
    (?![\p{N}])
    """,
    regex.VERBOSE,
)


#: Country domains of places that write the day first (``03/05/2021`` is 3 May): the
#: British Isles and the Commonwealth, Europe, Latin America, Asia and Africa; not the
#: country codes commonly used as generic names (``.co``, ``.io``, ``.ai``, ``.me``,
#: ``.tv``, ``.fm``, ``.ly``) nor the US, Canada (both orders) or the Philippines.
_DAY_FIRST_DOMAINS = frozenset(
    (
        "uk ie au nz in za sg my ng ke gh pk bd lk hk mt cy"
        " de fr es it pt nl be lu at ch se dk no fi is pl cz sk hu ro bg hr si rs gr tr ru ua"
        " br ar cl pe uy ve mx id vn th il eg ae sa qa"
    ).split()
)
#: A numeric slash date with a four- or two-digit year.
_SLASH_DATE = regex.compile(
    r"(?<![\p{L}\p{N}./\-])(\d{1,2})/(\d{1,2})/(?:\d{4}|\d{2})(?!\p{N}|[./\-]\d)"
)


def settle_on_page(
    match: DateMatch, *, url: str | None = None, text: str | None = None
) -> _dt.datetime:
    """The value of ``match``, or its :attr:`~DateMatch.alternative` (the day-first reading of
    a slash date that its line cannot settle) where the page says so. In order: the date
    of the page's URL (``/2021/05/03/``) when it is one of the two readings; the other
    slash dates of ``text``, when those that read one way only all read day first
    (``25/03/2021``), or all month first (``03/25/2021``); the country domain of the URL
    (``.co.uk``, ``.de``, ``.in``: day first). Else the US reading, ``match.value``."""
    value, alternative = match.value, match.alternative
    if alternative is None:
        return value
    from_url = date_from_url(url)
    if from_url is not None:
        if from_url == alternative.date():
            return alternative
        if from_url == value.date():
            return value
    if text:
        day_first = month_first = False
        for m in _SLASH_DATE.finditer(text):
            a, b = int(m.group(1)), int(m.group(2))
            day_first = day_first or (12 < a <= 31 and 1 <= b <= 12)
            month_first = month_first or (12 < b <= 31 and 1 <= a <= 12)
        if day_first != month_first:
            return alternative if day_first else value
    host = url_host(url)
    if host is not None and host.rsplit(".", 1)[-1] in _DAY_FIRST_DOMAINS:
        return alternative
    return value


def date_from_url(url: str | None) -> _dt.date | None:
    """The date a URL's path gives (``/2021/03/12/``, ``/2021-03-12-slug``,
    ``/20210312/``, ``/2021/march/12/``), or None. Only the path counts (not the host or
    the query); a year and month without a day (``/2021/03/``) is not a date."""
    if not isinstance(url, str) or _DIGIT.search(url) is None:
        return None
    path = _ascii_digits(url.split("?", 1)[0].split("#", 1)[0])
    scheme = path.find("://")
    if scheme >= 0:
        slash = path.find("/", scheme + 3)
        path = "" if slash < 0 else path[slash:]
    for m in _URL_DATE.finditer(path):
        g = m.group
        if g("m8") is not None:
            day = _date(int(g("y")), int(g("m8")), int(g("d8")))
        elif g("mn") is not None:
            month = MONTHS.get(g("mn").casefold())
            day = None if month is None else _date(int(g("y")), month, int(g("dn")))
        else:
            day = _date(int(g("y")), int(g("m")), int(g("d")))
        if day is not None:
            return day
    return None
