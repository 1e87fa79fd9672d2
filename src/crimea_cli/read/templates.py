"""Wikitext templates rendered as the page shows them, as plain text.

``render(name, args, today)`` takes a template's name and its arguments
(already rendered to text: positional ones under "1", "2", …) and returns
the text the reader sees, a :class:`~crimea_cli.model.Citation` for a
reference template, or "" for templates that show nothing in prose
(maintenance tags, hatnotes, navboxes, and every template not known here:
an unknown template never leaks its braces). Dates keep the precision the
template carries: ``{{birth date|1979}}`` is "1979", never a day.

No dependency on a wikitext parser: the wikitext reader parses, this renders.
"""

from __future__ import annotations

import datetime as _dt
import math
import re
from collections.abc import Callable, Mapping

from .. import rx
from ..model import Citation

Args = Mapping[str, str]
Rendered = str | Citation

MONTHS = ("January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December")
_MONTH_NUMBER = {m.lower(): i for i, m in enumerate(MONTHS, 1)}
_MONTH_NUMBER.update({m[:3].lower(): i for i, m in enumerate(MONTHS, 1)})
_MONTH_NUMBER["sept"] = 9

LANGUAGES = {
    "en": "English", "uk": "Ukrainian", "ru": "Russian", "crh": "Crimean Tatar",
    "tt": "Tatar", "pl": "Polish", "de": "German", "fr": "French", "es": "Spanish",
    "it": "Italian", "tr": "Turkish", "no": "Norwegian", "nb": "Norwegian Bokmål",
    "nn": "Norwegian Nynorsk", "sv": "Swedish", "da": "Danish", "fi": "Finnish",
    "cs": "Czech", "sk": "Slovak", "be": "Belarusian", "ka": "Georgian", "hy": "Armenian",
    "az": "Azerbaijani", "kk": "Kazakh", "uz": "Uzbek", "ro": "Romanian", "hu": "Hungarian",
    "el": "Greek", "la": "Latin", "ar": "Arabic", "he": "Hebrew", "fa": "Persian",
    "zh": "Chinese", "ja": "Japanese", "ko": "Korean", "pt": "Portuguese", "nl": "Dutch",
    "lt": "Lithuanian", "lv": "Latvian", "et": "Estonian", "bg": "Bulgarian",
    "sr": "Serbian", "hr": "Croatian", "bs": "Bosnian", "sl": "Slovene", "mk": "Macedonian",
    "yi": "Yiddish", "ga": "Irish", "cy": "Welsh",
}

#: Templates that show nothing in an article's prose (besides every unknown one).
DROPPED = frozenset({
    # maintenance and inline cleanup tags
    "citation needed", "cn", "fact", "clarify", "clarification needed", "who", "when",
    "where", "which", "by whom", "according to whom", "dubious", "failed verification",
    "better source needed", "dead link", "verify source", "page needed", "vague",
    "multiple issues", "unreferenced", "refimprove", "more citations needed", "pov",
    "update", "cleanup", "expand section", "original research", "use dmy dates",
    "use mdy dates", "use british english", "use american english", "short description",
    "good article", "featured article", "pp-semi-indef", "pp-protected", "pp", "stub",
    "copy edit", "npov", "blp sources", "notability", "orphan", "advert",
    # hatnotes
    "about", "other uses", "for", "distinguish", "main", "main article", "see also",
    "further", "redirect", "hatnote", "other people", "for other uses", "broader",
    # layout, navigation and references lists
    "reflist", "refbegin", "refend", "references", "notelist", "authority control",
    "portal", "portal bar", "commons", "commons category", "wikiquote", "sister project",
    "clear", "toc", "toc limit", "-", "coord", "navboxes", "s-start", "s-end", "s-bef",
    "s-aft", "s-ttl", "succession box", "persondata", "defaultsort", "taxonbar",
    "efn", "efn-ua", "efn-lr", "notetag", "anchor", "flagicon", "image", "multiple image",
})

_CITE_PUBLISHER = ("publisher", "work", "website", "newspaper", "journal", "magazine",
                   "agency", "periodical", "via")


def norm_name(name: str) -> str:
    """A template name as looked up: lower case, spaces for underscores."""
    name = " ".join(name.replace("_", " ").split()).lower()
    return name.removeprefix("template:").strip()


def _int(s: str | None) -> int | None:
    s = (s or "").strip()
    if s[:1] in "+-" and s[1:].isdigit():
        return int(s)
    return int(s) if s.isdigit() else None


def _positional(args: Args) -> list[str]:
    out = []
    k = 1
    while str(k) in args:
        out.append(args[str(k)].strip())
        k += 1
    return out


def _yes(args: Args, *keys: str) -> bool:
    return any(args.get(k, "").strip().lower() in ("y", "yes", "on", "true", "1")
               for k in keys)


def _year(y: int) -> str:
    return str(y) if y > 0 else f"{1 - y} BC"


def format_date(y: int | None, m: int | None = None, d: int | None = None, *,
                day_first: bool = False, abbr: bool = False) -> str:
    """A date at the precision given: "5 May 1986" or "May 5, 1986", "May 1986", "1986"."""
    if y is None:
        return ""
    if m is None or not 1 <= m <= 12:
        return _year(y)
    month = MONTHS[m - 1][:3] if abbr else MONTHS[m - 1]
    if d is None or not 1 <= d <= 31:
        return f"{month} {_year(y)}"
    return f"{d} {month} {_year(y)}" if day_first else f"{month} {d}, {_year(y)}"


def _ymd(values: list[str]) -> tuple[int | None, int | None, int | None]:
    nums = [_int(v) for v in values[:3]] + [None, None, None]
    return nums[0], nums[1], nums[2]


def _age(born: tuple[int | None, int | None, int | None],
         on: tuple[int | None, int | None, int | None]) -> str:
    """Whole years between two dates: "40", or "39–40" when a month or day is missing."""
    (by, bm, bd), (oy, om, od) = born, on
    if by is None or oy is None:
        return ""
    years = oy - by
    if bm is None or om is None or bd is None or od is None:
        if bm is not None and om is not None and bm != om:
            return str(years if om > bm else years - 1)
        return f"{years - 1}–{years}"
    return str(years if (om, od) >= (bm, bd) else years - 1)


def _today_ymd(today: _dt.date) -> tuple[int | None, int | None, int | None]:
    return today.year, today.month, today.day


def _date_text(args: Args, pos: list[str]) -> str:
    """A date template's own date: numbers, or text as written."""
    if pos and _int(pos[0]) is None:
        return pos[0]
    y, m, d = _ymd(pos)
    return format_date(y, m, d, day_first=_yes(args, "df") and not _yes(args, "mf"))


def _birth_or_event_date(args: Args, today: _dt.date, with_age: bool) -> str:
    pos = _positional(args)
    text = _date_text(args, pos)
    if not with_age or not text or (pos and _int(pos[0]) is None):
        return text
    age = _age(_ymd(pos), _today_ymd(today))
    return f"{text} (age {age})" if age else text


def _death_date_and_age(args: Args, today: _dt.date) -> str:
    pos = _positional(args)
    if pos and _int(pos[0]) is None:
        # the text form: {{death date and age|17 January 1961|1894}}
        return pos[0]
    text = _date_text(args, pos[:3])
    age = _age(_ymd(pos[3:6]), _ymd(pos[:3]))
    return f"{text} (aged {age})" if text and age else text


def _year_and_age(args: Args, today: _dt.date) -> str:
    pos = _positional(args)
    y, m = (_int(pos[0]) if pos else None), (_int(pos[1]) if len(pos) > 1 else None)
    if y is None:
        return pos[0] if pos else ""
    age = _age((y, m, None), (today.year, today.month, None))
    return f"{format_date(y, m)} (age {age})"


def _death_year_and_age(args: Args, today: _dt.date) -> str:
    pos = _positional(args)
    dy, by = (_int(pos[0]) if pos else None), (_int(pos[1]) if len(pos) > 1 else None)
    if dy is None:
        return pos[0] if pos else ""
    dm = _int(pos[2]) if len(pos) > 2 else None
    if by is None:
        return format_date(dy, dm)
    return f"{format_date(dy, dm)} (aged {_age((by, None, None), (dy, None, None))})"


def _dts(args: Args, today: _dt.date) -> str:
    pos = [p for p in _positional(args) if p]
    if not pos:
        return ""
    if len(pos) == 1 and _int(pos[0]) is None:
        m = re.fullmatch(r"(-?\d{1,4})-(\d{1,2})(?:-(\d{1,2}))?", pos[0])
        if not m:
            return pos[0]
        pos = [g for g in m.groups() if g]
    y, mo, d = _ymd(pos)
    if mo is None and len(pos) > 1:
        mo = _MONTH_NUMBER.get(pos[1].lower().rstrip("."))
    fmt = args.get("format", "").strip().lower()
    return format_date(y, mo, d, day_first=fmt == "dmy", abbr=_yes(args, "abbr"))


def _date(args: Args, today: _dt.date) -> str:
    pos = _positional(args)
    if not pos:
        return ""
    m = re.fullmatch(r"(-?\d{1,4})-(\d{1,2})(?:-(\d{1,2}))?", pos[0])
    if not m:
        return pos[0]
    y, mo, d = (int(g) if g else None for g in m.groups())
    fmt = pos[1].lower() if len(pos) > 1 else "dmy"
    return format_date(y, mo, d, day_first=fmt != "mdy")


def _as_of(args: Args, today: _dt.date) -> str:
    pos = _positional(args)
    y, m, d = _ymd(pos)
    if y is None:
        return ""
    lead = "as of" if _yes(args, "lc") else "As of"
    return f"{lead} {format_date(y, m, d, day_first=not _yes(args, 'mf'))}"


def _circa(args: Args, today: _dt.date) -> str:
    pos = [p for p in _positional(args) if p]
    if not pos:
        return "c."
    return " – ".join(f"c. {p}" for p in pos[:2])


def _floruit(args: Args, today: _dt.date) -> str:
    pos = [p for p in _positional(args) if p]
    return "fl. " + "–".join(pos[:2]) if pos else "fl."


def _first(args: Args, today: _dt.date) -> str:
    return args.get("1", "").strip()


def _second(args: Args, today: _dt.date) -> str:
    return args.get("2", "").strip()


def _last(args: Args, today: _dt.date) -> str:
    pos = _positional(args)
    return pos[-1] if pos else ""


def _lang_x(code: str) -> Callable[[Args, _dt.date], str]:
    def render(args: Args, today: _dt.date) -> str:
        text = args.get("1", "").strip()
        label = LANGUAGES.get(code.lower(), "")
        out = f"{label}: {text}" if label and text else text
        translit = (args.get("translit") or args.get("tr") or "").strip()
        if translit:
            out += f", romanized: {translit}"
        lit = args.get("lit", "").strip()
        if lit:
            out += f", lit. '{lit}'"
        return out
    return render


def _langx(args: Args, today: _dt.date) -> str:
    code = args.get("1", "").strip()
    shifted = {str(int(k) - 1) if k.isdigit() else k: v for k, v in args.items() if k != "1"}
    return _lang_x(code)(shifted, today)


def _list(args: Args, today: _dt.date) -> str:
    """plainlist, ubl, hlist: the items, comma-separated."""
    items: list[str] = []
    for value in _positional(args) or [args.get("list", "")]:
        items.extend(line.strip().lstrip("*#").strip() for line in value.split("\n"))
    return ", ".join(i for i in items if i)


def _marriage(args: Args, today: _dt.date) -> str:
    pos = _positional(args)
    if not pos:
        return ""
    who = pos[0]
    years = [p for p in pos[1:3] if p]
    if not years:
        return who
    end = args.get("end", "").strip().lower().rstrip(".")
    if len(years) == 2:
        word = {"d": "died", "died": "died", "sep": "sep.", "separated": "sep.",
                "annulled": "annulled"}.get(end, "div.")
        return f"{who} (m. {years[0]}; {word} {years[1]})"
    return f"{who} (m. {years[0]})"


def _age_template(args: Args, today: _dt.date) -> str:
    pos = _positional(args)
    born = _ymd(pos[:3])
    on = _ymd(pos[3:6]) if len(pos) >= 4 else _today_ymd(today)
    return _age(born, on)


def _frac(args: Args, today: _dt.date) -> str:
    pos = _positional(args)
    if len(pos) == 3:
        return f"{pos[0]} {pos[1]}/{pos[2]}"
    if len(pos) == 2:
        return f"{pos[0]}/{pos[1]}"
    return f"1/{pos[0]}" if pos else ""


def _sic(args: Args, today: _dt.date) -> str:
    text = " ".join(p for p in _positional(args) if p)
    return text if _yes(args, "hide") or not text else f"{text} [sic]"


def _old_style(args: Args, today: _dt.date) -> str:
    pos = _positional(args)
    if len(pos) >= 3:
        return f"{pos[0]} {pos[1]} [O.S. {pos[2]}]"
    return " ".join(pos)


def _currency(symbol: str) -> Callable[[Args, _dt.date], str]:
    def render(args: Args, today: _dt.date) -> str:
        value = args.get("1", "").strip()
        return f"{symbol}{value}" if value else symbol
    return render


def _const(text: str) -> Callable[[Args, _dt.date], str]:
    return lambda args, today: text


def _harv(paren: bool) -> Callable[[Args, _dt.date], str]:
    def render(args: Args, today: _dt.date) -> str:
        text = _short_ref(args)
        return f"({text})" if paren and text else text
    return render


def _short_ref(args: Args) -> str:
    """"Smith 2010, p. 5" from sfn/harv arguments."""
    pos = [p for p in _positional(args) if p]
    text = " ".join(pos)
    if args.get("p", "").strip():
        text += f", p. {args['p'].strip()}"
    elif args.get("pp", "").strip():
        text += f", pp. {args['pp'].strip()}"
    return text


# ---- convert --------------------------------------------------------------------

# unit: (singular, plural, symbol, factor to the base unit, dimension, default target)
UNITS: dict[str, tuple[str, str, str, float, str, str]] = {
    "m": ("metre", "metres", "m", 1.0, "length", "ft"),
    "km": ("kilometre", "kilometres", "km", 1000.0, "length", "mi"),
    "cm": ("centimetre", "centimetres", "cm", 0.01, "length", "in"),
    "mm": ("millimetre", "millimetres", "mm", 0.001, "length", "in"),
    "ft": ("foot", "feet", "ft", 0.3048, "length", "m"),
    "mi": ("mile", "miles", "mi", 1609.344, "length", "km"),
    "in": ("inch", "inches", "in", 0.0254, "length", "cm"),
    "yd": ("yard", "yards", "yd", 0.9144, "length", "m"),
    "nmi": ("nautical mile", "nautical miles", "nmi", 1852.0, "length", "km"),
    "kg": ("kilogram", "kilograms", "kg", 1.0, "mass", "lb"),
    "g": ("gram", "grams", "g", 0.001, "mass", "oz"),
    "t": ("tonne", "tonnes", "t", 1000.0, "mass", "ST"),
    "lb": ("pound", "pounds", "lb", 0.45359237, "mass", "kg"),
    "oz": ("ounce", "ounces", "oz", 0.028349523125, "mass", "g"),
    "ST": ("short ton", "short tons", "short tons", 907.18474, "mass", "t"),
    "km2": ("square kilometre", "square kilometres", "km2", 1e6, "area", "sqmi"),
    "sqmi": ("square mile", "square miles", "sq mi", 2589988.110336, "area", "km2"),
    "ha": ("hectare", "hectares", "ha", 1e4, "area", "acre"),
    "acre": ("acre", "acres", "acres", 4046.8564224, "area", "ha"),
    "m2": ("square metre", "square metres", "m2", 1.0, "area", "sqft"),
    "sqft": ("square foot", "square feet", "sq ft", 0.09290304, "area", "m2"),
    "km/h": ("kilometre per hour", "kilometres per hour", "km/h", 1 / 3.6, "speed", "mph"),
    "mph": ("mile per hour", "miles per hour", "mph", 0.44704, "speed", "km/h"),
    "C": ("degree Celsius", "degrees Celsius", "°C", 1.0, "temperature", "F"),
    "F": ("degree Fahrenheit", "degrees Fahrenheit", "°F", 1.0, "temperature", "C"),
}
_UNIT_ALIASES = {"sqkm": "km2", "km²": "km2", "mi2": "sqmi", "m²": "m2", "°C": "C",
                 "°F": "F", "kph": "km/h", "metre": "m", "meter": "m", "lbs": "lb",
                 "acres": "acre", "feet": "ft", "foot": "ft", "mile": "mi", "miles": "mi"}
_RANGE_WORDS = {"-": "–", "–": "–", "to": " to ", "and": " and ", "or": " or ",
                "x": " × ", "by": " by ", "to(-)": " to "}
_NUMBER = rx.compile(r"[+-−]?\d[\d,]*(?:\.\d+)?")


def _unit(code: str) -> tuple[str, str, str, float, str, str] | None:
    code = code.strip()
    return UNITS.get(_UNIT_ALIASES.get(code, code))


def _to_float(s: str) -> float | None:
    s = s.replace(",", "").replace("−", "-").strip()
    try:
        return float(s)
    except ValueError:
        return None


def _significant(s: str) -> int:
    digits = s.replace(",", "").replace("-", "").replace("−", "")
    if "." in digits:
        return max(1, len(digits.replace(".", "").lstrip("0")))
    return max(1, len(digits.lstrip("0").rstrip("0")))


def _show_number(s: str) -> str:
    """An input number as the page shows it: thousands separated by commas."""
    value = s.replace(",", "").strip()
    whole, dot, frac = value.partition(".")
    sign = "-" if whole.startswith(("-", "−")) else ""
    whole = whole.lstrip("-−")
    if (whole.isdigit() and len(whole) > 4) or (whole.isdigit() and len(whole) == 4 and not dot):
        whole = f"{int(whole):,}"
    return sign + whole + (dot + frac if dot else "")


def _round(value: float, sig: int) -> str:
    if value == 0 or not math.isfinite(value):
        return "0"
    digits = sig - math.floor(math.log10(abs(value))) - 1
    rounded = round(value, digits)
    if digits <= 0:
        return f"{int(rounded):,}"
    return f"{rounded:,.{digits}f}".rstrip("0").rstrip(".")


def _convert_value(value: float, src: str, dst: str) -> float | None:
    a, b = _unit(src), _unit(dst)
    if a is None or b is None or a[4] != b[4]:
        return None
    if a[4] == "temperature":
        if a[2] == b[2]:
            return value
        return value * 9 / 5 + 32 if a[2] == "°C" else (value - 32) * 5 / 9
    return value * a[3] / b[3]


def _convert(args: Args, today: _dt.date) -> str:
    pos = _positional(args)
    if not pos:
        return ""
    numbers = [pos[0]]
    seps: list[str] = []
    k = 1
    while k + 1 < len(pos) and pos[k] in _RANGE_WORDS and _to_float(pos[k + 1]) is not None:
        seps.append(_RANGE_WORDS[pos[k]])
        numbers.append(pos[k + 1])
        k += 2
    src = pos[k] if k < len(pos) else ""
    unit = _unit(src)
    shown = "".join(_show_number(n) + (seps[i] if i < len(seps) else "")
                    for i, n in enumerate(numbers))
    if unit is None:
        return f"{shown} {src}".strip()
    dst_code = pos[k + 1] if k + 1 < len(pos) and _unit(pos[k + 1]) else unit[5]
    dst = _unit(dst_code)
    last = _to_float(numbers[-1])
    plural = last is None or abs(last) != 1
    if _yes(args, "adj"):
        head = f"{shown}-{unit[0]}"
    elif args.get("abbr", "").strip().lower() in ("on", "yes", "y"):
        head = f"{shown} {unit[2]}"
    else:
        head = f"{shown} {unit[1] if plural else unit[0]}"
    if _yes(args, "sp") or args.get("sp", "").strip().lower() == "us":
        head = head.replace("metre", "meter")
    if dst is None:
        return head
    converted = []
    for n in numbers:
        value = _to_float(n)
        out = None if value is None else _convert_value(value, src, dst_code)
        if out is None:
            return head
        converted.append(_round(out, max(2, _significant(n))))
    tail = "".join(c + (seps[i] if i < len(seps) else "") for i, c in enumerate(converted))
    return f"{head} ({tail} {dst[2]})"


# ---- citations --------------------------------------------------------------------

def cite(args: Args) -> Citation:
    """A citation template's title, URL, date and publisher."""
    publisher = next((args[k].strip() for k in _CITE_PUBLISHER if args.get(k, "").strip()), "")
    date = (args.get("date") or args.get("year") or "").strip()
    return Citation(title=(args.get("title") or args.get("script-title") or "").strip(),
                    url=(args.get("url") or "").strip(), date=date, publisher=publisher)


def _sfn(args: Args) -> Citation:
    return Citation(text=_short_ref(args))


_TEXT: dict[str, Callable[[Args, _dt.date], str]] = {
    "birth date": lambda a, t: _birth_or_event_date(a, t, False),
    "death date": lambda a, t: _birth_or_event_date(a, t, False),
    "start date": lambda a, t: _birth_or_event_date(a, t, False),
    "end date": lambda a, t: _birth_or_event_date(a, t, False),
    "birth date and age": lambda a, t: _birth_or_event_date(a, t, True),
    "start date and age": lambda a, t: _birth_or_event_date(a, t, True),
    "death date and age": _death_date_and_age,
    "birth year and age": _year_and_age,
    "death year and age": _death_year_and_age,
    "birth year": _first,
    "death year": _first,
    "dts": _dts,
    "date": _date,
    "as of": _as_of,
    "circa": _circa,
    "floruit": _floruit,
    "lang": _second,
    "langx": _langx,
    "transl": _last,
    "nowrap": _first,
    "abbr": _first,
    "convert": _convert,
    "plainlist": _list,
    "marriage": _marriage,
    "age": _age_template,
    "frac": _frac,
    "sic": _sic,
    "oldstyledate": _old_style,
    "ill": _first,
    "flag": _first,
    "small": _first,
    "quote": lambda a, t: (a.get("text") or a.get("quote") or a.get("1") or "").strip(),
    "harvnb": _harv(False),
    "harv": _harv(True),
    "ndash": _const("–"),
    "mdash": _const("—"),
    "snd": _const(" – "),
    "nbsp": _const(" "),
    "'": _const("'"),
    "!": _const("|"),
    "=": _const("="),
    "·": _const(" · "),
    "thinsp": _const(""),
    "us$": _currency("US$"),
    "€": _currency("€"),
    "£": _currency("£"),
}

#: Other names of the templates above (redirects on Wikipedia).
ALIASES = {
    "dob": "birth date", "birth-date": "birth date", "bda": "birth date and age",
    "birth-date and age": "birth date and age", "birth date and age2": "birth date and age",
    "dda": "death date and age", "death-date": "death date",
    "death-date and age": "death date and age", "start-date": "start date",
    "end-date": "end date", "film date": "start date", "start and end dates": "start date",
    "dts2": "dts", "date table sorting": "dts", "sort date": "dts",
    "c.": "circa", "c": "circa", "ca.": "circa", "ca": "circa", "fl.": "floruit",
    "fl": "floruit", "transliteration": "transl", "translit": "transl",
    "nobr": "nowrap", "nowr": "nowrap", "no wrap": "nowrap", "nobreak": "nowrap",
    "abbrlink": "abbr", "tooltip": "abbr", "cvt": "convert", "plain list": "plainlist",
    "unbulleted list": "plainlist", "ubl": "plainlist", "ubil": "plainlist",
    "hlist": "plainlist", "flatlist": "plainlist", "flat list": "plainlist",
    "bulleted list": "plainlist", "collapsible list": "plainlist", "married": "marriage",
    "interlanguage link": "ill", "interlanguage link multi": "ill", "flagcountry": "flag",
    "flagu": "flag", "flag country": "flag", "smaller": "small", "big": "small",
    "larger": "small", "em": "small", "strong": "small", "resize": "small",
    "nobold": "small", "noitalic": "small", "small caps": "small", "sc": "small",
    "visible anchor": "small", "vanchor": "small", "blockquote": "quote",
    "quotation": "quote", "cquote": "quote", "harvp": "harv", "harvtxt": "harvnb",
    "spaced ndash": "snd", "spnd": "snd", "spaced en dash": "snd", "dash": "ndash",
    "en dash": "ndash", "em dash": "mdash", "dot": "·", "middot": "·",
    "old style date": "oldstyledate", "osdate": "oldstyledate", "usd": "us$",
    "birth based on age as of date": "birth year", "lang-x": "langx",
}


def render(name: str, args: Args, today: _dt.date | None = None) -> Rendered:
    """The template ``name`` with ``args`` as the page shows it (see the module doc)."""
    key = norm_name(name)
    key = ALIASES.get(key, key)
    if key.startswith("cite ") or key in ("citation", "vcite", "cite"):
        return cite(args)
    if key in ("sfn", "sfnp", "sfnm", "harvard citation no brackets", "refn", "r"):
        if key == "refn":
            return Citation(text=args.get("1", "").strip())
        return _sfn(args)
    if key in DROPPED or key.endswith((" navbox", "-stub", " stub", " sidebar")):
        return ""
    fn = _TEXT.get(key)
    if fn is None and key.startswith("lang-"):
        fn = _lang_x(key[5:])
    if fn is None:
        return ""
    return fn(args, today or _dt.date.today())
