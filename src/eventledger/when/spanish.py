"""Spanish temporal expressions: found with regexes, normalised to TIMEX3 values."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from eventledger.when import Timex, _as_day, claim_spans
from eventledger.when.values import (
    _duration,
    _nearest_year,
    _shift,
    _valid_date,
    _weekday_near,
)


def _fold(s: str) -> str:
    """Lower case, accents dropped, spaces collapsed: the key for every word table below."""
    bare = "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))
    return " ".join(bare.lower().split())


# ñ too: text stripped of diacritics writes "manana", "anos".
_ACCENTS = {"á": "[áa]", "é": "[ée]", "í": "[íi]", "ó": "[óo]", "ú": "[úu]", "ñ": "[ñn]"}


def _re(src: str) -> re.Pattern[str]:
    """Compile a pattern written with accents so that unaccented spellings match too."""
    return re.compile("".join(_ACCENTS.get(c, c) for c in src), re.IGNORECASE)


MONTHS = {"enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
          "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11,
          "diciembre": 12}
WEEKDAYS = {"lunes": 0, "martes": 1, "miercoles": 2, "jueves": 3, "viernes": 4, "sabado": 5,
            "domingo": 6, "sabados": 5, "domingos": 6}
PARTS = {"manana": "MO", "madrugada": "MO", "tarde": "AF", "noche": "NI", "mananas": "MO",
         "madrugadas": "MO", "tardes": "AF", "noches": "NI"}
UNITS = {"dia": "day", "semana": "week", "mes": "month", "meses": "month", "ano": "year",
         "hora": "hour", "minuto": "minute", "decada": "decade", "quincena": "fortnight",
         "jornada": "day"}
NUMBERS = {"un": 1, "uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6,
           "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12, "trece": 13,
           "catorce": 14, "quince": 15, "dieciseis": 16, "diecisiete": 17, "dieciocho": 18,
           "diecinueve": 19, "veinte": 20, "veintiun": 21, "veintiuno": 21, "veintiuna": 21,
           "veintidos": 22, "veintitres": 23, "veinticuatro": 24, "veinticinco": 25,
           "veintiseis": 26, "veintisiete": 27, "veintiocho": 28, "veintinueve": 29,
           "treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "setenta": 70,
           "ochenta": 80, "noventa": 90, "cien": 100, "ciento": 100}
COLLECTIVES = {"par": 2, "decena": 10, "docena": 12, "quincena": 15, "veintena": 20,
               "treintena": 30, "centenar": 100}
# Quantities without a number: "varios días" is PXD.
VAGUE = {"varios", "varias", "unos", "unas", "algunos", "algunas", "pocos", "pocas", "muchos",
         "muchas"}
HOLIDAYS = {"nochebuena": (12, 24), "navidad": (12, 25), "nochevieja": (12, 31),
            "ano nuevo": (1, 1)}
SEASONS = {"primavera": "SP", "verano": "SU", "otono": "FA", "invierno": "WI"}
SET_WORDS = {"diariamente": "P1D", "a diario": "P1D", "semanalmente": "P1W",
             "mensualmente": "P1M", "anualmente": "P1Y"}
ROMAN = {"xvi": 16, "xvii": 17, "xviii": 18, "xix": 19, "xx": 20, "xxi": 21}

_MON = ("(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|"
        "noviembre|diciembre)")
_WD = "(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo)"
_PART = "(?:mañana|madrugada|tarde|noche)"
_UNIT = ("(?:días?|semanas?|mes(?:es)?|años?|horas?|minutos?|décadas?|quincenas?|"
         "jornadas?)")
_TEN = "(?:veinte|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa)"
_ONE = "(?:uno|una|un|dos|tres|cuatro|cinco|seis|siete|ocho|nueve)"
_NUM = (rf"(?:(?<![\d.,])\d{{1,4}}(?![.,]\d)|{_TEN}(?:\s+y\s+{_ONE})?|"
        r"veinti(?:uno|una|ún|dós|trés|cuatro|cinco|séis|siete|ocho|nueve)|"
        r"diez|once|doce|trece|catorce|quince|dieci(?:séis|siete|ocho|nueve)|cien|ciento|"
        r"una\s+(?:decena|docena|quincena|veintena|treintena)\s+de|"
        r"un\s+(?:par|centenar)\s+de|"
        rf"{_ONE}|varios|varias|unos|unas|algunos|algunas|pocos|pocas|muchos|muchas)")
# TIMEX3 extents keep the modifier: "más de ocho horas", "cerca de cinco horas".
_MOD = (r"(?:más\s+de|menos\s+de|poco\s+más\s+de|cerca\s+de|casi|alrededor\s+de|al\s+menos|"
        r"por\s+lo\s+menos|aproximadamente|unos|unas|hasta)")
_EDGE = "(?:inicios|principios|comienzos|mediados|finales|fines|fin)"
_YREL = (r"(?:año\s+(?:pasado|anterior|próximo|que\s+viene|en\s+curso|siguiente)|"
         r"(?:pasado|próximo|este|presente)\s+año)")
# A day a part of day or clock time is told on: "del domingo", "de ayer", "del 7 de diciembre".
_DAYREF = (rf"(?:(?:(?:el|este|ese)\s+)?(?:(?:pasado|próximo)\s+)?{_WD}"
           rf"(?:,?\s+\d{{1,2}}\s+de\s+{_MON}(?:\s+(?:de|del)\s+\d{{4}})?)?"
           rf"(?:\s+(?:pasado|próximo))?|"
           rf"(?:el\s+)?(?:(?:pasado|próximo)\s+)?\d{{1,2}}\s+de\s+{_MON}(?:\s+(?:de|del)\s+\d{{4}})?|"
           r"pasado\s+mañana|anteayer|antier|ayer|hoy|mañana)")
_HOUR = r"(?:\d{1,2}|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce)"

_WEEKDAY_RE = _re(rf"\b(?:(?P<det>el|este|ese|aquel)\s+)?(?:(?P<pre>pasado|próximo|último)\s+)?"
                  rf"(?P<wd>{_WD})(?:\s+(?P<post>pasado|próximo|que\s+viene|entrante))?\b")
_DMY_RE = _re(rf"(?<![\d.,/])\b(?:(?P<det>el|este)\s+)?(?:(?P<pre>pasado|próximo)\s+)?"
              rf"(?:(?P<wd>{_WD}),?\s+)?(?P<d>\d{{1,2}}|primero)(?:\.?[º°]|ro)?\s+de\s+"
              rf"(?P<m>{_MON})(?:\s+(?:de|del)\s+(?:(?P<y>\d{{4}})|(?P<yrel>{_YREL})))?"
              rf"(?:\s+(?P<post>pasado|próximo))?\b")
_DEICTIC_RE = _re(r"\b(?:el\s+día\s+de\s+)?(?P<w>pasado\s+mañana|antes\s+de\s+ayer|anteayer|"
                  r"antier|ayer|hoy|mañana)\b")

# Order matters: earlier patterns claim their span first.
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("refs", _re(r"\b(?P<w>hoy\s+en\s+día|hoy\s+por\s+hoy)\b")),
    ("clock", _re(rf"\b(?:(?P<art>las?)\s+)?(?P<h>{_HOUR})(?::(?P<mi>\d{{2}}))?(?!\d|[.,]\d)"
                  r"(?:\s+y\s+(?P<frac>media|cuarto))?(?P<hrs>\s*(?:horas|hrs|h)\b)?"
                  rf"(?:\s+(?:de\s+la\s+(?P<part>{_PART})|del\s+(?P<noon>mediodía)|"
                  r"(?P<ampm>a\.\s?m\.|p\.\s?m\.|am\b|pm\b)))?"
                  rf"(?:,?\s+(?:del|de)\s+(?P<day>{_DAYREF}))?")),
    ("noon", _re(rf"\b(?:el\s+|la\s+)?(?P<w>mediodía|medianoche)"
                 rf"(?:\s+(?:del|de)\s+(?P<day>{_DAYREF}))?\b")),
    ("set", _re(rf"\b(?:cada\s+(?:(?P<num>{_NUM})\s+)?(?P<u>{_UNIT}|{_WD}|{_PART})|"
                rf"tod[oa]s\s+l[oa]s\s+(?P<u2>{_UNIT}|{_WD}|sábados|domingos|{_PART}s|"
                r"fines\s+de\s+semana)|(?P<w>diariamente|a\s+diario|semanalmente|mensualmente|"
                r"anualmente)|los\s+(?P<wdp>lunes|martes|miércoles|jueves|viernes|sábados|"
                r"domingos|fines\s+de\s+semana))\b")),
    ("part_day", _re(rf"\b(?:(?P<day>{_DAYREF})\s+(?:por|en|durante|a|de)\s+la\s+(?P<p>{_PART})|"
                     rf"(?:(?:la|esa|aquella)\s+)?(?P<p2>{_PART})\s+(?:del|de)\s+"
                     rf"(?P<day2>{_DAYREF}))\b")),
    ("part_this", _re(rf"\b(?:(?P<det>esta|esa|aquella|la)\s+(?P<same>misma\s+)?(?P<p>{_PART})"
                      rf"(?:\s+(?P<rel>siguiente|anterior|previa))?|(?P<p2>{_PART})\s+"
                      r"(?P<rel2>siguiente|anterior|previa)|(?P<w>anoche)|"
                      r"la\s+pasada\s+(?P<last>noche|madrugada|tarde))\b")),
    ("ana_unit", _re(r"\b(?:(?:(?:el|la)\s+)?(?P<u>día|semana|mes|año|jornada)\s+"
                     r"(?P<rel>siguiente|anterior|posterior|previo|previa)|"
                     r"(?P<det>ese|esa|aquel|aquella|el|la)\s+(?P<same>mism[oa]\s+)?"
                     r"(?P<u2>día|semana|mes|año|jornada)|(?:la\s+)?(?P<eve>víspera))\b")),
    ("hace", _re(rf"\bhace\s+(?:(?:(?P<mod>{_MOD}|apenas|solo|sólo|justo|ya)\s+)?"
                 rf"(?:(?P<num>{_NUM})\s+)?(?P<unit>{_UNIT})"
                 r"(?P<half>\s+y\s+medi[oa])?|(?P<vague>poco(?:\s+tiempo)?|tiempo|"
                 r"mucho(?:\s+tiempo)?|algún\s+tiempo))\b")),
    ("later", _re(rf"\b(?:(?P<mod>{_MOD})\s+)?(?:(?P<num>{_NUM})\s+)?(?P<unit>{_UNIT})\s+"
                  r"(?P<dir>después|antes|más\s+tarde|atrás|luego)\b"
                  r"(?!\s+(?:de|del|que)\b)")),
    ("span_units", _re(rf"\b(?:(?:l[oa]s?|el)\s+)?(?:(?P<rel>últim[oa]s?|próxim[oa]s|siguientes|"
                       rf"pasad[oa]s)\s+(?:(?P<num>{_NUM})\s+)?(?P<unit>{_UNIT})|"
                       rf"(?P<num2>{_NUM})\s+(?P<rel2>últim[oa]s|próxim[oa]s|siguientes|"
                       rf"pasad[oa]s)\s+(?P<unit2>{_UNIT}))\b(?!\s+(?:de|del)\b)")),
    ("quarter", _re(rf"\b(?:el\s+)?(?P<o>primer|segundo|tercer|cuarto)\s+trimestre"
                    rf"(?:\s+(?:de|del)\s+(?:(?P<y>\d{{4}})|(?P<yrel>{_YREL})))?\b")),
    ("numeric", _re(r"(?<![\d/.-])\b(?:el\s+)?(?P<d>\d{1,2})([/-])(?P<m>\d{1,2})\2"
                    r"(?P<y>\d{4}|\d{2})\b(?![/.-]\d)")),
    ("iso", _re(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b")),
    ("dmy", _DMY_RE),
    ("month_year", _re(rf"\b(?:(?P<part>{_EDGE})\s+de(?:l\s+mes\s+de)?\s+)?"
                       rf"(?:(?:el\s+)?mes\s+de\s+)?(?P<m>{_MON})(?:\s+(?:de|del))?\s+"
                       rf"(?:(?P<y>\d{{4}})|(?P<yrel>{_YREL}))\b")),
    ("part_year", _re(rf"\b(?P<part>{_EDGE})\s+(?:de|del)\s+(?:(?P<y>\d{{4}})|(?P<yrel>{_YREL})|"
                      r"(?P<month>mes(?:\s+(?:pasado|próximo|que\s+viene))?|"
                      r"(?:pasado|próximo|este)\s+mes)|(?P<year>año))\b")),
    ("month_part", _re(rf"\b(?P<part>{_EDGE})\s+de(?:l\s+mes\s+de)?\s+(?P<m>{_MON})\b")),
    ("month_rel", _re(rf"\b(?:el\s+)?(?:(?P<pre>pasado|próximo)\s+(?:mes\s+de\s+)?(?P<m>{_MON})|"
                      rf"(?:(?:el\s+)?mes\s+de\s+)?(?P<m2>{_MON})\s+(?P<post>pasado|próximo|"
                      r"que\s+viene))\b")),
    ("rel_unit", _re(r"\b(?:(?:(?:el|la)\s+)?(?P<pre>pasad[oa]|próxim[oa]|entrante)\s+"
                     r"(?P<u>semana|mes|año|fin\s+de\s+semana)|(?:(?:el|la)\s+)?"
                     r"(?P<u2>semana|mes|año|fin\s+de\s+semana)\s+(?P<post>pasad[oa]|próxim[oa]|"
                     r"que\s+viene|entrante|en\s+curso)|(?P<this>est[ea]|el\s+presente|"
                     r"la\s+presente)\s+(?P<u3>semana|mes|año|fin\s+de\s+semana)|"
                     r"el\s+(?P<we>fin\s+de\s+semana))\b")),
    ("weekday", _WEEKDAY_RE),
    ("deictic", _DEICTIC_RE),
    ("decade", _re(r"\b(?:(?:los|la)\s+)?(?:años|década\s+de(?:\s+los)?)\s+(?:(?P<w>veinte|"
                   r"treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa)|"
                   r"(?P<d>(?:1[89]|20)?\d0))\b")),
    ("century", _re(r"\b(?:el\s+)?siglo\s+(?:(?P<r>xxi|xx|xix|xviii|xvii|xvi)|(?P<n>\d{1,2})|"
                    r"(?P<rel>pasado))\b")),
    ("season", _re(r"\b(?:(?P<det>el|la|este|esta)\s+)?(?:(?P<pre>pasad[oa]|próxim[oa])\s+)?"
                   r"(?P<s>primavera|verano|otoño|invierno)(?:\s+(?:de|del)\s+(?P<y>\d{4})|"
                   r"\s+(?P<post>pasad[oa]|próxim[oa]|que\s+viene))?\b")),
    ("holiday", _re(r"\b(?:la\s+|el\s+)?(?P<h>Nochebuena|Navidad|Nochevieja|Año\s+Nuevo)\b")),
    ("duration", _re(rf"\b(?:(?P<mod>{_MOD})\s+)?(?:(?P<num>{_NUM})\s+(?:(?:más|adicionales|"
                     r"consecutiv[oa]s|seguid[oa]s|complet[oa]s|enter[oa]s)\s+)?"
                     rf"(?P<unit>{_UNIT})(?P<half>\s+y\s+medi[oa])?|(?P<h1>medi[oa])\s+"
                     rf"(?P<hunit>{_UNIT})|(?P<unit_half>{_UNIT})\s+y\s+medi[oa])\b")),
    ("bare_units", _re(r"\b(?P<lead>durante|por|tras)\s+(?P<unit>días|semanas|meses|años|"
                       r"décadas|horas)\b(?!\s+(?:después|antes|atrás|más\s+tarde)\b)")),
    ("month_alone", _re(rf"\b(?:(?:el\s+)?mes\s+de\s+)?(?P<m>{_MON})\b")),
    ("year", _re(r"(?<![\d.,$€£/-])\b(?:(?:el\s+)?año\s+)?(?P<y>1[89]\d{2}|20\d{2})\b"
                 r"(?![.,/]\d|\s*%)")),
    ("refs", _re(r"\b(?P<w>actualmente|la\s+actualidad|ahora|recientemente|últimamente|"
                 r"próximamente|el\s+futuro|el\s+pasado(?!\s+\d)|este\s+momento)\b")),
    ("part_alone", _re(rf"\b(?P<lead>por|en|durante|de)\s+la\s+(?P<p>{_PART})\b")),
]

# Future cues: the future and conditional tenses, "va a", "prevé"; past ones: the preterite,
# the perfect and the imperfect. Accents required: without them "-ra" is "para", "ahora".
_CUES = re.compile(
    r"\b(?:(?P<fut>\w+(?:rá|rán|ré|rás|remos|rían)|sería|habría|podría|debería|tendría|"
    r"estaría|haría|sera|habra|podra|tendra|seran|podran|(?:va|van|vamos|voy)\s+a|prevén?|"
    r"preven?|previst[oa]s?|programad[oa]s?|planean?|pretenden?|esperan?|a\s+partir\s+del?)|"
    r"(?P<past>\w+(?:ó|aron|ieron|yeron)|fue|fueron|hubo|dijo|dijeron|hizo|tuvo|estuvo|pudo|"
    r"puso|dio|vio|(?:ha|han|había|habían|hemos|he)\s+\w+(?:ado|ido|to|cho)|\w+(?:aba|aban)))\b")


def _tense(text: str, start: int, end: int) -> str | None:
    """'fut' or 'past' for the clause around [start, end), None when no cue tells: the nearest
    tense cue before it decides, else the first one after it (Spanish often puts the verb last)."""
    head = re.split(r"[.!?;]\s", text[max(0, start - 200):start])[-1].lower()
    cues = list(_CUES.finditer(head))
    cue = cues[-1] if cues else None
    if cue is None:
        tail = re.split(r"[.!?;](?:\s|$)", text[end:end + 200])[0].lower()
        cue = _CUES.search(tail)
    if cue is None:
        return None
    return "fut" if cue.group("fut") is not None else "past"


def _future(text: str, start: int, end: int) -> bool:
    return _tense(text, start, end) == "fut"


_STREET = re.compile(r"(?i)\b(?:avenida|av\.|calle|plaza|jirón|jr\.|paseo|puente|colonia|barrio|"
                     r"estadio|parque|movimiento|colegio|escuela|hospital)\s+(?:(?:\w+\s+)?de\s+)?$")
_AGE = re.compile(r"(?i)\b(?:joven|jóvenes|hombres?|mujer|mujeres|niñ[oa]s?|menor|menores|"
                  r"ancian[oa]s?|adolescentes?|chic[oa]s?|muchach[oa]s?|bebés?|señor[ae]s?|"
                  r"señora|varón|estudiantes?|edad|tenía|tiene|tienen|cumplió|cumple)"
                  r"(?:,?\s+de)?\s*$")


def _plausible(kind: str, m: re.Match[str], text: str) -> bool:
    """Reject matches that look temporal but are not (names, ages, counts)."""
    before = text[max(0, m.start() - 40):m.start()]
    if kind == "month_alone":
        word = m.group("m")
        sentence_start = re.search(r"(?:^|[.!?¿¡«\"“:]\s*|\n)$", before) is not None
        # Spanish writes months in lower case: "Plaza de Mayo" and "Marcha de" are names.
        return (word[0].islower() or sentence_start) and not _STREET.search(before)
    if kind == "weekday":
        # Weekdays are written in lower case: "Santo Domingo", "Plácido Domingo" are names.
        sentence_start = re.search(r"(?:^|[.!?¿¡«\"“:]\s*|\n)$", before) is not None
        return m.group("wd")[0].islower() or sentence_start or bool(m.group("det"))
    if kind == "dmy":
        return not (m.group("m")[0].isupper() and _STREET.search(before))
    if kind == "clock":
        h = _hour(m.group("h"))
        if h is None or h > 24 or (m.group("mi") and int(m.group("mi")) > 59):
            return False
        marked = m.group("mi") or m.group("part") or m.group("ampm") or m.group("noon") or \
            m.group("frac")
        if m.group("art"):
            # "las 10" alone is a time after "a las", a count elsewhere ("las 10 víctimas").
            return bool(marked or m.group("hrs")
                        or re.search(r"(?i)\b(?:a|desde|hasta|hacia)\s+$", before))
        return bool(m.group("mi") or m.group("ampm"))
    if kind == "deictic" and _fold(m.group("w")) == "manana":
        # "la mañana", "esta mañana", "cada mañana": a part of day, not tomorrow.
        if re.search(r"(?i)\b(?:la|esta|esa|una|cada|aquella|misma|media|toda|buena|toda\s+la)"
                     r"\s+$", before):
            return False
        return not re.match(r"(?i)\s+siguiente\b", text[m.end():])
    if kind == "part_this":
        return not (m.group("det") and m.group("det").lower() == "la" and not m.group("same")
                    and not m.group("rel"))
    if kind == "ana_unit" and m.group("u2"):
        return m.group("det").lower() not in ("el", "la") or bool(m.group("same"))
    if kind == "span_units":
        unit = _unit(m.group("unit") or m.group("unit2") or "")
        plural = (m.group("unit") or m.group("unit2") or "").lower().endswith("s")
        return bool(m.group("num") or m.group("num2") or plural
                    or unit in ("week", "month", "year", "decade"))
    if kind == "duration":
        return not (_AGE.search(before) or re.match(r"(?i)\s+de\s+edad\b", text[m.end():]))
    if kind == "year":
        if re.search(r"(?i)(?:n\.?º|núm\.?|número|ley|decreto|km|kilómetros?|artículo|"
                     r"expediente|vuelo|ruta|habitación)\s*$", before):
            return False
        return not re.match(r"(?i)\s+(?:personas|muertos|heridos|soldados|agentes|casos|"
                            r"familias|metros|dólares|euros|pesos|soles|toneladas|hectáreas|"
                            r"viviendas|habitantes|detenidos|efectivos|votos)\b", text[m.end():])
    if kind == "season":
        return bool(m.group("det") and m.group("det").lower() in ("este", "esta")
                    or m.group("pre") or m.group("post") or m.group("y"))
    return True


@dataclass(slots=True)
class _Context:
    """What normalisers read: the text, the publication date, and the narrative so far."""

    text: str
    dct: dt.date | None
    anchor: dt.date | None  # the day last told
    clock: dt.datetime | None = None  # the clock time last told, if any
    told: str | None = None  # the last DATE told, at any granularity

    def update(self, value: str, ttype: str) -> None:
        day = _as_day(value)
        if day is not None and ttype in ("DATE", "TIME"):
            self.anchor = day
            hm = re.search(r"T(\d\d):(\d\d)$", value)
            self.clock = dt.datetime(day.year, day.month, day.day, int(hm.group(1)),
                                     int(hm.group(2))) if hm else None
        if ttype == "DATE" and re.match(r"\d{4}", value):
            self.told = value


_Value = tuple[str, str, bool]  # TIMEX3 value, type, anaphoric


def _num(words: str | None) -> int | None:
    """'cuarenta y ocho' -> 48, 'una veintena de' -> 20; None for vague or unknown words."""
    if not words:
        return None
    w = _fold(words)
    if w.isdigit():
        return int(w)
    collective = re.fullmatch(r"una?\s+(\w+)\s+de", w)
    if collective:
        return COLLECTIVES.get(collective.group(1))
    parts = w.split(" y ")
    if all(p in NUMBERS for p in parts):
        return sum(NUMBERS[p] for p in parts)
    return None


def _unit(word: str) -> str:
    """'días' -> 'day', 'meses' -> 'month'."""
    w = _fold(word)
    return UNITS.get(w) or UNITS.get(w[:-1], "day")


def _hour(word: str) -> int | None:
    return _num(word) if not word.isdigit() else int(word)


def _week(day: dt.date) -> str:
    iso = day.isocalendar()
    return f"{iso[0]:04d}-W{iso[1]:02d}"


def _span(n: int | None, unit: str, half: bool = False) -> str:
    """A DURATION value; 'un año y medio' is P1Y6M."""
    if half and unit in ("year", "month", "day", "hour", "minute"):
        code, sub, sub_code = {"year": ("Y", "6", "M"), "month": ("M", "15", "D"),
                               "day": ("D", "12", "H"),
                               "hour": ("H", "30", "M"), "minute": ("M", "30", "S")}[unit]
        whole = f"{n}{code}" if n else ""
        if unit == "day":
            return f"P{whole}T{sub}{sub_code}"
        return f"P{'T' if unit in ('hour', 'minute') else ''}{whole}{sub}{sub_code}"
    return _duration(n, unit, approx=n is None)


def _year_rel(words: str, ctx: _Context) -> int | None:
    """'año pasado' -> the year before publication; 'año siguiente' -> after the year told."""
    w = _fold(words)
    shift = -1 if re.search(r"pasado|anterior", w) else \
        1 if re.search(r"proximo|que viene|siguiente", w) else 0
    if "anterior" in w or "siguiente" in w:
        base = int(ctx.told[:4]) if ctx.told else ctx.anchor.year if ctx.anchor else None
    else:
        base = ctx.dct.year if ctx.dct else None
    return None if base is None else base + shift


def _weekday_value(wd: int, rel: str, this: bool, ctx: _Context, start: int,
                   end: int) -> str:
    """The nearest such weekday: before publication unless the clause is about the future;
    'este lunes' with no tense to go by is the Monday of the publication week."""
    if ctx.dct is None:
        return f"XXXX-WXX-{wd + 1}"
    rel = _fold(rel)
    if rel in ("pasado", "ultimo"):
        return _weekday_near(ctx.dct, wd, -1, strict=True).isoformat()
    if rel in ("proximo", "que viene", "entrante"):
        return _weekday_near(ctx.dct, wd, 1, strict=True).isoformat()
    tense = _tense(ctx.text, start, end)
    if this and tense is None:
        return (ctx.dct + dt.timedelta(days=wd - ctx.dct.weekday())).isoformat()
    direction = 1 if tense == "fut" else -1
    return _weekday_near(ctx.dct, wd, direction, strict=False).isoformat()


def _day_month(day: int, month: int, year: int | None, rel: str, ctx: _Context,
               start: int, end: int) -> str | None:
    if year is not None:
        return _valid_date(year, month, day)
    if ctx.dct is None:
        return f"XXXX-{month:02d}-{day:02d}" if 1 <= day <= 31 else None
    rel = _fold(rel)
    if rel == "pasado":
        y = ctx.dct.year if (month, day) <= (ctx.dct.month, ctx.dct.day) else ctx.dct.year - 1
    elif rel == "proximo":
        y = ctx.dct.year if (month, day) >= (ctx.dct.month, ctx.dct.day) else ctx.dct.year + 1
    else:
        y = _nearest_year(ctx.dct, month, day, _future(ctx.text, start, end))
    return _valid_date(y, month, day)


def _month_value(month: int, ctx: _Context, start: int, end: int) -> str:
    if ctx.dct is None:
        return f"XXXX-{month:02d}"
    year = _nearest_year(ctx.dct, month, 1, _future(ctx.text, start, end))
    return f"{year:04d}-{month:02d}"


def _day_of(m: re.Match[str], group: str, ctx: _Context) -> str | None:
    """The day a clock time or part of day is told on ("del domingo"), as YYYY-MM-DD."""
    s, e = m.span(group)
    for kind, pattern in (("dmy", _DMY_RE), ("weekday", _WEEKDAY_RE), ("deictic", _DEICTIC_RE)):
        inner = pattern.fullmatch(ctx.text, s, e)
        if inner:
            result = _NORMALISERS[kind](inner, ctx)
            if result and re.match(r"\d{4}-\d{2}-\d{2}", result[0]):
                return result[0][:10]
            return None
    return None


def _refs(m: re.Match[str], ctx: _Context) -> _Value | None:
    w = _fold(m.group("w"))
    if w in ("recientemente", "ultimamente", "el pasado"):
        return "PAST_REF", "DATE", False
    if w in ("proximamente", "el futuro"):
        return "FUTURE_REF", "DATE", False
    return "PRESENT_REF", "DATE", False


def _clock(m: re.Match[str], ctx: _Context) -> _Value | None:
    """'a las 10 de la mañana', 'las 22:00 horas', 'las 4 de la madrugada del domingo'."""
    hour = _hour(m.group("h")) or 0
    minute = int(m.group("mi") or 0)
    if m.group("frac"):
        minute = 30 if _fold(m.group("frac")) == "media" else 15
    part = _fold(m.group("part") or "")
    ampm = (m.group("ampm") or "").lower()
    if (part in ("tarde", "noche") or ampm.startswith("p") or m.group("noon")) and hour < 12:
        hour += 12
    elif (part == "noche" or ampm.startswith("a")) and hour == 12:
        hour = 0
    if hour == 24:
        hour = 0
    if m.group("day"):
        day = _day_of(m, "day", ctx)
        anaphoric = False
    else:
        base = ctx.anchor or ctx.dct
        day = base.isoformat() if base else None
        anaphoric = base != ctx.dct
    return f"{day or 'XXXX-XX-XX'}T{hour:02d}:{minute:02d}", "TIME", anaphoric


def _noon(m: re.Match[str], ctx: _Context) -> _Value | None:
    clock = "12:00" if _fold(m.group("w")) == "mediodia" else "00:00"
    if m.group("day"):
        day = _day_of(m, "day", ctx)
        return (f"{day}T{clock}", "TIME", False) if day else None
    base = ctx.anchor or ctx.dct
    return (f"{base.isoformat()}T{clock}", "TIME", base != ctx.dct) if base else None


def _set(m: re.Match[str], ctx: _Context) -> _Value | None:
    """'cada lunes', 'todos los días', 'diariamente', 'los domingos', 'cada dos semanas'."""
    if m.group("w"):
        return SET_WORDS[_fold(m.group("w"))], "SET", False
    word = _fold(m.group("u") or m.group("u2") or m.group("wdp"))
    if "fin" in word:
        return "XXXX-WXX-WE", "SET", False
    if word in WEEKDAYS or word.rstrip("s") in WEEKDAYS:
        return f"XXXX-WXX-{WEEKDAYS.get(word, WEEKDAYS.get(word.rstrip('s'), 0)) + 1}", "SET", \
            False
    if word in PARTS:
        return f"XXXX-XX-XXT{PARTS[word]}", "SET", False
    unit = _unit(word)
    n = _num(m.group("num")) or 1
    return _duration(n, unit), "SET", False


def _part_day(m: re.Match[str], ctx: _Context) -> _Value | None:
    """'el domingo por la noche', 'ayer por la tarde', 'la madrugada de ayer'."""
    group = "day" if m.group("day") else "day2"
    part = PARTS[_fold(m.group("p") or m.group("p2"))]
    day = _day_of(m, group, ctx)
    return (f"{day}T{part}", "TIME", False) if day else None


def _part_this(m: re.Match[str], ctx: _Context) -> _Value | None:
    """'esta mañana', 'anoche' (publication day); 'esa misma noche', 'la mañana siguiente'."""
    if m.group("w") or m.group("last"):
        if ctx.dct is None:
            return None
        # "anoche", "la pasada noche": the night before; "la pasada madrugada": this morning's.
        last = _fold(m.group("last") or "noche")
        day = ctx.dct if last == "madrugada" else ctx.dct - dt.timedelta(days=1)
        return f"{day.isoformat()}T{PARTS[last]}", "TIME", False
    part = PARTS[_fold(m.group("p") or m.group("p2"))]
    det = _fold(m.group("det") or "")
    rel = _fold(m.group("rel") or m.group("rel2") or "")
    if det == "esta" and not rel:
        return (f"{ctx.dct.isoformat()}T{part}", "TIME", False) if ctx.dct else None
    if ctx.anchor is None:
        return None
    shift = 1 if rel == "siguiente" else -1 if rel else 0
    return f"{(ctx.anchor + dt.timedelta(days=shift)).isoformat()}T{part}", "TIME", True


def _ana_unit(m: re.Match[str], ctx: _Context) -> _Value | None:
    """'al día siguiente', 'el mismo día', 'ese año', 'la víspera': from the day told."""
    if ctx.anchor is None:
        return None
    if m.group("eve"):
        return (ctx.anchor - dt.timedelta(days=1)).isoformat(), "DATE", True
    unit = _unit(m.group("u") or m.group("u2"))
    rel = _fold(m.group("rel") or "")
    shift = 1 if rel in ("siguiente", "posterior") else -1 if rel else 0
    if unit == "year" and ctx.told:
        # "en 2019 ... al año siguiente": from the year told, not from the day last told.
        return f"{int(ctx.told[:4]) + shift:04d}", "DATE", True
    if unit == "month" and ctx.told and len(ctx.told) >= 7 and ctx.told[4] == "-" \
            and ctx.told[5:7].isdigit():
        return _shift(dt.date(int(ctx.told[:4]), int(ctx.told[5:7]), 1), "month", shift), \
            "DATE", True
    return _shift(ctx.anchor, unit, shift), "DATE", True


def _hace(m: re.Match[str], ctx: _Context) -> _Value | None:
    """'hace cuatro días' (a date), 'desde hace un mes' (a duration)."""
    if m.group("vague"):
        return "PAST_REF", "DATE", False
    n = _num(m.group("num"))
    unit = _unit(m.group("unit"))
    since = re.search(r"(?i)\bdesde\s+$", ctx.text[max(0, m.start() - 10):m.start()])
    if since or ctx.dct is None:
        return _span(n, unit, bool(m.group("half"))), "DURATION", False
    if n is None:
        return "PAST_REF", "DATE", False
    return _shift(ctx.dct, unit, -n), "DATE", False


def _later(m: re.Match[str], ctx: _Context) -> _Value | None:
    """'dos días después', 'un día antes', 'horas más tarde': from the day told."""
    n = _num(m.group("num"))
    unit = _unit(m.group("unit"))
    direction = _fold(m.group("dir"))
    if direction == "atras":  # "tres días atrás" is "hace tres días"
        if ctx.dct is None or n is None:
            return "PAST_REF", "DATE", False
        return _shift(ctx.dct, unit, -n), "DATE", False
    sign = -1 if direction == "antes" else 1
    if unit in ("hour", "minute"):
        if n is not None and ctx.clock is not None:
            delta = dt.timedelta(hours=n) if unit == "hour" else dt.timedelta(minutes=n)
            return (ctx.clock + sign * delta).strftime("%Y-%m-%dT%H:%M"), "TIME", True
        return (ctx.anchor.isoformat(), "DATE", True) if ctx.anchor else None
    if n is None or ctx.anchor is None:
        return _duration(n, unit, approx=n is None), "DURATION", False
    return _shift(ctx.anchor, unit, sign * n), "DATE", True


def _span_units(m: re.Match[str], ctx: _Context) -> _Value | None:
    """'los últimos siete días' (P7D), 'la última década' (P10Y), 'los próximos días'."""
    words = m.group("num") or m.group("num2")
    unit_word = m.group("unit") or m.group("unit2")
    rel = _fold(m.group("rel") or m.group("rel2"))
    n = _num(words)
    plural = unit_word.lower().endswith("s")
    if n is None and not words and not plural:
        n = 1
    if n is None and rel.startswith("proxim"):
        return "FUTURE_REF", "DATE", False
    return _duration(n, _unit(unit_word), approx=n is None), "DURATION", False


def _quarter(m: re.Match[str], ctx: _Context) -> _Value | None:
    q = {"primer": 1, "segundo": 2, "tercer": 3, "cuarto": 4}[_fold(m.group("o"))]
    year = int(m.group("y")) if m.group("y") else \
        _year_rel(m.group("yrel"), ctx) if m.group("yrel") else None
    if year is None:
        if ctx.dct is None:
            return f"XXXX-Q{q}", "DATE", False
        year = ctx.dct.year if q <= (ctx.dct.month - 1) // 3 + 1 else ctx.dct.year - 1
    return f"{year}-Q{q}", "DATE", False


def _numeric(m: re.Match[str], ctx: _Context) -> _Value | None:
    """'7/12/2022': day first, as Spanish writes it."""
    year = int(m.group("y"))
    year += 2000 if year < 100 else 0
    value = _valid_date(year, int(m.group("m")), int(m.group("d")))
    return (value, "DATE", False) if value else None


def _iso(m: re.Match[str], ctx: _Context) -> _Value | None:
    value = _valid_date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    return (value, "DATE", False) if value else None


def _dmy(m: re.Match[str], ctx: _Context) -> _Value | None:
    """'el 7 de diciembre', 'el pasado 29 de mayo', 'el jueves 8 de abril de 2021'."""
    day = 1 if _fold(m.group("d")) == "primero" else int(m.group("d"))
    month = MONTHS[_fold(m.group("m"))]
    year = int(m.group("y")) if m.group("y") else \
        _year_rel(m.group("yrel"), ctx) if m.group("yrel") else None
    rel = m.group("pre") or m.group("post") or ""
    value = _day_month(day, month, year, rel, ctx, m.start(), m.end())
    return (value, "DATE", False) if value else None


def _month_year(m: re.Match[str], ctx: _Context) -> _Value | None:
    """'diciembre de 2022', 'finales de enero de 2023', 'octubre del año pasado'."""
    month = MONTHS[_fold(m.group("m"))]
    year = int(m.group("y")) if m.group("y") else _year_rel(m.group("yrel"), ctx)
    if year is None:
        return f"XXXX-{month:02d}", "DATE", False
    return f"{year:04d}-{month:02d}", "DATE", False


def _part_year(m: re.Match[str], ctx: _Context) -> _Value | None:
    """'principios de año', 'finales de 2022', 'mediados del año pasado', 'fin de mes'."""
    if m.group("y"):
        return m.group("y"), "DATE", False
    if m.group("yrel"):
        year = _year_rel(m.group("yrel"), ctx)
        return (str(year), "DATE", False) if year is not None else None
    if ctx.dct is None:
        return None
    if m.group("year"):
        return str(ctx.dct.year), "DATE", False
    words = _fold(m.group("month"))
    shift = -1 if "pasado" in words else 1 if re.search("proximo|viene", words) else 0
    return _shift(ctx.dct, "month", shift), "DATE", False


def _month_part(m: re.Match[str], ctx: _Context) -> _Value | None:
    """'a mediados de octubre': the month (TIMEX3 keeps no finer mark in the value)."""
    return _month_value(MONTHS[_fold(m.group("m"))], ctx, m.start(), m.end()), "DATE", False


def _month_rel(m: re.Match[str], ctx: _Context) -> _Value | None:
    """'el pasado diciembre', 'marzo próximo'."""
    month = MONTHS[_fold(m.group("m") or m.group("m2"))]
    if ctx.dct is None:
        return f"XXXX-{month:02d}", "DATE", False
    rel = _fold(m.group("pre") or m.group("post"))
    year = ctx.dct.year
    if rel == "pasado" and month >= ctx.dct.month:
        year -= 1
    elif rel != "pasado" and month <= ctx.dct.month:
        year += 1
    return f"{year:04d}-{month:02d}", "DATE", False


def _rel_unit(m: re.Match[str], ctx: _Context) -> _Value | None:
    """'la semana pasada', 'el próximo año', 'este mes', 'el fin de semana'."""
    if ctx.dct is None:
        return None
    unit_word = _fold(m.group("u") or m.group("u2") or m.group("u3") or m.group("we"))
    rel = _fold(m.group("pre") or m.group("post") or "")
    sign = -1 if rel.startswith("pasad") else 1 if rel else 0
    if unit_word.startswith("fin"):
        tense = _tense(ctx.text, m.start(), m.end())
        if sign:
            saturday = _weekday_near(ctx.dct, 5, sign, strict=True)
        elif tense is None and ctx.dct.weekday() >= 2:
            saturday = ctx.dct + dt.timedelta(days=5 - ctx.dct.weekday())  # this week's
        else:  # told early in the week, "este fin de semana" is mostly the one just past
            saturday = _weekday_near(ctx.dct, 5, 1 if tense == "fut" else -1, strict=False)
        return f"{_week(saturday)}-WE", "DATE", False
    return _shift(ctx.dct, UNITS[unit_word], sign), "DATE", False


def _weekday(m: re.Match[str], ctx: _Context) -> _Value | None:
    """'el lunes', 'este martes', 'el pasado viernes', 'el próximo jueves'."""
    wd = WEEKDAYS[_fold(m.group("wd"))]
    rel = m.group("pre") or m.group("post") or ""
    this = _fold(m.group("det") or "") == "este"
    return _weekday_value(wd, rel, this, ctx, m.start(), m.end()), "DATE", False


def _deictic(m: re.Match[str], ctx: _Context) -> _Value | None:
    """'ayer', 'hoy', 'mañana', 'anteayer', 'pasado mañana'."""
    w = _fold(m.group("w"))
    if ctx.dct is None:
        return ("PRESENT_REF", "DATE", False) if w == "hoy" else None
    offset = {"ayer": -1, "hoy": 0, "manana": 1, "pasado manana": 2}.get(w, -2)
    return (ctx.dct + dt.timedelta(days=offset)).isoformat(), "DATE", False


def _decade(m: re.Match[str], ctx: _Context) -> _Value | None:
    """'los años noventa', 'la década de 1980', 'los años 70'."""
    digits = m.group("d")
    if digits and len(digits) == 4:
        return digits[:3], "DATE", False
    tens = int(digits[0]) if digits else NUMBERS[_fold(m.group("w"))] // 10
    century = ctx.dct.year // 100 if ctx.dct else 19
    if ctx.dct and tens * 10 > ctx.dct.year % 100:
        century -= 1
    return f"{century}{tens}", "DATE", False


def _century(m: re.Match[str], ctx: _Context) -> _Value | None:
    """'el siglo XX' is 19 in TIMEX3."""
    if m.group("rel"):
        return (f"{ctx.dct.year // 100 - 1:02d}", "DATE", False) if ctx.dct else None
    n = ROMAN[m.group("r").lower()] if m.group("r") else int(m.group("n"))
    return f"{n - 1:02d}", "DATE", False


def _season(m: re.Match[str], ctx: _Context) -> _Value | None:
    code = SEASONS[_fold(m.group("s"))]
    if m.group("y"):
        return f"{m.group('y')}-{code}", "DATE", False
    if ctx.dct is None:
        return f"XXXX-{code}", "DATE", False
    rel = _fold(m.group("pre") or m.group("post") or "")
    return f"{ctx.dct.year + (-1 if rel.startswith('pasad') else 1 if rel else 0)}-{code}", \
        "DATE", False


def _holiday(m: re.Match[str], ctx: _Context) -> _Value | None:
    month, day = HOLIDAYS[_fold(m.group("h"))]
    if ctx.dct is None:
        return f"XXXX-{month:02d}-{day:02d}", "DATE", False
    year = _nearest_year(ctx.dct, month, day, _future(ctx.text, m.start(), m.end()))
    value = _valid_date(year, month, day)
    return (value, "DATE", False) if value else None


def _duration_expr(m: re.Match[str], ctx: _Context) -> _Value | None:
    """'tres días', 'más de ocho horas', 'un año y medio', 'media hora', 'varios meses'."""
    if m.group("h1"):
        unit = _unit(m.group("hunit"))
        return _span(0, unit, half=True) if unit != "year" else "P6M", "DURATION", False
    if m.group("unit_half"):
        return _span(1, _unit(m.group("unit_half")), half=True), "DURATION", False
    words = m.group("num")
    n = _num(words)
    if n is None and _fold(words) not in VAGUE:
        return None
    return _span(n, _unit(m.group("unit")), bool(m.group("half"))), "DURATION", False


def _bare_units(m: re.Match[str], ctx: _Context) -> _Value | None:
    """'durante años', 'por semanas'."""
    return _duration(None, _unit(m.group("unit")), approx=True), "DURATION", False


def _month_alone(m: re.Match[str], ctx: _Context) -> _Value | None:
    """'en enero', 'desde julio': the nearest such month, ahead only for the future."""
    return _month_value(MONTHS[_fold(m.group("m"))], ctx, m.start(), m.end()), "DATE", False


def _year(m: re.Match[str], ctx: _Context) -> _Value | None:
    return m.group("y"), "DATE", False


def _part_alone(m: re.Match[str], ctx: _Context) -> _Value | None:
    """'por la noche': that part of the day being told."""
    if ctx.anchor is None:
        return None
    return f"{ctx.anchor.isoformat()}T{PARTS[_fold(m.group('p'))]}", "TIME", True


_NORMALISERS: dict[str, Callable[[re.Match[str], _Context], _Value | None]] = {
    "refs": _refs, "clock": _clock, "noon": _noon, "set": _set, "part_day": _part_day,
    "part_this": _part_this, "ana_unit": _ana_unit, "hace": _hace, "later": _later,
    "span_units": _span_units, "quarter": _quarter, "numeric": _numeric, "iso": _iso,
    "dmy": _dmy, "month_year": _month_year, "part_year": _part_year,
    "month_part": _month_part, "month_rel": _month_rel, "rel_unit": _rel_unit,
    "weekday": _weekday, "deictic": _deictic, "decade": _decade, "century": _century,
    "season": _season, "holiday": _holiday, "duration": _duration_expr,
    "bare_units": _bare_units, "month_alone": _month_alone, "year": _year,
    "part_alone": _part_alone,
}


def tag(text: str, dct: dt.date | None) -> list[Timex]:
    """All Spanish temporal expressions in `text`, in order, normalised against `dct`."""
    found = claim_spans(text, _PATTERNS, _plausible)
    ctx = _Context(text, dct, dct)
    out: list[Timex] = []
    for start, end, kind, m in found:
        result = _NORMALISERS[kind](m, ctx)
        if result is None:
            continue
        value, ttype, anaphoric = result
        out.append(Timex(start, end, text[start:end], ttype, value, anaphoric))
        ctx.update(value, ttype)
    return out
