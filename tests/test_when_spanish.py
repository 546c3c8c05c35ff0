"""Spanish temporal expressions: spans, TIMEX3 types and values against a fixed publication date."""

from __future__ import annotations

import datetime as dt

import pytest

from eventledger.when import tag
from eventledger.when.spanish import tag as tag_es

FRIDAY = dt.date(2023, 2, 3)  # a Friday, ISO week 5


def found(text: str, dct: dt.date | None = FRIDAY) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(text, dct, language="es")]


def test_publication_date_is_a_friday() -> None:
    assert FRIDAY.weekday() == 4
    assert FRIDAY.isocalendar()[1] == 5


@pytest.mark.parametrize("text,expected", [
    # Weekdays: a bare one in a past-tense report is the latest on or before publication.
    ("Los vecinos bloquearon el lunes la carretera.", ("el lunes", "DATE", "2023-01-30")),
    ("Los mineros marcharon este martes hacia la capital.", ("este martes", "DATE", "2023-01-31")),
    ("El pasado viernes cerraron los mercados.", ("El pasado viernes", "DATE", "2023-01-27")),
    ("El alcalde recibirá a los dirigentes el próximo jueves.",
     ("el próximo jueves", "DATE", "2023-02-09")),
    ("La asamblea votará el miércoles la propuesta.", ("el miércoles", "DATE", "2023-02-08")),
    ("La asamblea se disolvió el miercoles.", ("el miercoles", "DATE", "2023-02-01")),
    ("Hubo saqueos el sabado en el centro.", ("el sabado", "DATE", "2023-01-28")),
    ("El domingo por la noche ardieron dos patrulleros.",
     ("El domingo por la noche", "TIME", "2023-01-29TNI")),
    # Deictic words.
    ("Ayer se entregaron tres sospechosos.", ("Ayer", "DATE", "2023-02-02")),
    ("El tribunal dictará hoy su fallo.", ("hoy", "DATE", "2023-02-03")),
    ("Anoche se oyeron disparos en el barrio.", ("Anoche", "TIME", "2023-02-02TNI")),
    ("Los sindicatos pararán mañana en todo el país.", ("mañana", "DATE", "2023-02-04")),
    ("Esta mañana cayó granizo en la sierra.", ("Esta mañana", "TIME", "2023-02-03TMO")),
    ("Esta tarde habrá una vigilia.", ("Esta tarde", "TIME", "2023-02-03TAF")),
    ("Ayer por la tarde cortaron el puente.", ("Ayer por la tarde", "TIME", "2023-02-02TAF")),
    # Dates.
    ("Los cortes empezaron el 7 de diciembre.", ("el 7 de diciembre", "DATE", "2022-12-07")),
    ("Lo detuvieron el pasado 12 de enero.", ("el pasado 12 de enero", "DATE", "2023-01-12")),
    ("El acuerdo se firmó el 7 de diciembre de 2021.",
     ("el 7 de diciembre de 2021", "DATE", "2021-12-07")),
    ("El decreto lleva fecha 9/11/2022.", ("9/11/2022", "DATE", "2022-11-09")),
    ("La sequía empeoró en noviembre de 2022.", ("noviembre de 2022", "DATE", "2022-11")),
    ("La campaña empezó en enero.", ("enero", "DATE", "2023-01")),
    ("El penal fue desalojado a mediados de enero.", ("mediados de enero", "DATE", "2023-01")),
    ("Las lluvias volvieron a finales de diciembre.", ("finales de diciembre", "DATE", "2022-12")),
    # Years and relative units.
    ("La empresa quebró en 2019.", ("2019", "DATE", "2019")),
    ("El año pasado se registraron menos robos.", ("El año pasado", "DATE", "2022")),
    ("Este año la cosecha fue mala.", ("Este año", "DATE", "2023")),
    ("El próximo año se renovará el Senado.", ("El próximo año", "DATE", "2024")),
    ("La semana pasada dimitió el gabinete.", ("La semana pasada", "DATE", "2023-W04")),
    ("El mes pasado subió el pan.", ("El mes pasado", "DATE", "2023-01")),
    ("El juicio continuará la próxima semana.", ("la próxima semana", "DATE", "2023-W06")),
    # "Hace ...": a date back from publication; after "desde", a duration.
    ("El puente se cayó hace cuatro días.", ("hace cuatro días", "DATE", "2023-01-30")),
    ("Hace una semana estalló el conflicto.", ("Hace una semana", "DATE", "2023-W04")),
    ("El pueblo está aislado desde hace tres meses.", ("hace tres meses", "DURATION", "P3M")),
    ("Hace dos años hubo un motín similar.", ("Hace dos años", "DATE", "2021")),
    # Durations and number words.
    ("La toma del local duró durante tres días.", ("tres días", "DURATION", "P3D")),
    ("El servicio se suspendió por dos semanas.", ("dos semanas", "DURATION", "P2W")),
    ("El paro de 48 horas terminó.", ("48 horas", "DURATION", "PT48H")),
    ("Estuvieron encerrados un par de días.", ("un par de días", "DURATION", "P2D")),
    ("Hace una veintena de años que no llovía así.",
     ("Hace una veintena de años", "DATE", "2003")),
    ("La obra tardó veinticinco años.", ("veinticinco años", "DURATION", "P25Y")),
    ("Negociaron durante varias horas.", ("varias horas", "DURATION", "PTXH")),
    ("El rescate duró un día y medio.", ("un día y medio", "DURATION", "P1DT12H")),
    # Clock times.
    ("El tiroteo empezó a las 10 de la mañana.", ("las 10 de la mañana", "TIME",
                                                  "2023-02-03T10:00")),
    ("El toque de queda rige desde las 22:00 horas.", ("las 22:00 horas", "TIME",
                                                        "2023-02-03T22:00")),
    ("El sismo ocurrió a las 3 de la madrugada del jueves.",
     ("las 3 de la madrugada del jueves", "TIME", "2023-02-02T03:00")),
    # Sets.
    ("Los jubilados protestan cada lunes.", ("cada lunes", "SET", "XXXX-WXX-1")),
    ("El ministerio publica diariamente un parte.", ("diariamente", "SET", "P1D")),
    ("Todos los domingos hay feria.", ("Todos los domingos", "SET", "XXXX-WXX-7")),
    # References to the present.
    ("Hoy en día casi nadie usa ese camino.", ("Hoy en día", "DATE", "PRESENT_REF")),
])
def test_expressions_resolve_against_publication_date(text: str,
                                                      expected: tuple[str, str, str]) -> None:
    assert expected in found(text)


def test_offsets_are_exact_and_expressions_ordered() -> None:
    text = "Desde el 7 de diciembre, y sobre todo el martes por la noche, hubo choques."
    out = tag_es(text, FRIDAY)
    assert [t.text for t in out] == ["el 7 de diciembre", "el martes por la noche"]
    for t in out:
        assert text[t.start:t.end] == t.text
    assert out[0].end <= out[1].start


@pytest.mark.parametrize("text,expected", [
    ("Los colectivos se enfrentaron el jueves. Al día siguiente hubo tres detenidos.",
     ("día siguiente", "DATE", "2023-02-03")),
    ("Las elecciones fueron el 5 de enero. Dos días después se anularon.",
     ("Dos días después", "DATE", "2023-01-07")),
    ("La marcha llegó a la plaza el martes. Un día antes la policía cercó la zona.",
     ("Un día antes", "DATE", "2023-01-30")),
    ("El incendio empezó el 10 de enero. Esa misma noche evacuaron el pueblo.",
     ("Esa misma noche", "TIME", "2023-01-10TNI")),
    ("La asonada fue el 20 de enero. Horas más tarde cayó el ministro.",
     ("Horas más tarde", "DATE", "2023-01-20")),
    ("La reunión empezó a las 9:00 horas. Dos horas después se rompió el diálogo.",
     ("Dos horas después", "TIME", "2023-02-03T11:00")),
])
def test_anaphoric_expressions_use_the_day_just_told(text: str,
                                                     expected: tuple[str, str, str]) -> None:
    assert expected in found(text)
    anaphoric = [t for t in tag_es(text, FRIDAY) if t.text == expected[0]]
    assert anaphoric and anaphoric[0].anaphoric


def test_morning_is_a_part_of_day_after_an_article() -> None:
    assert ("la mañana", "TIME", "2023-02-03TMO") in found("Hoy, por la mañana, hubo un apagón.")
    assert not any(v == "2023-02-04" for _, _, v in found("Una mañana de niebla salió el tren."))


@pytest.mark.parametrize("text", [
    "La Marcha de las Antorchas recorrió la avenida.",
    "Miles llenaron la Plaza de Mayo.",
    "El accidente ocurrió en la Avenida 9 de Julio.",
    "El vuelo aterrizó en Santo Domingo.",
    "Un joven de 19 años resultó herido.",
    "Las cifras de 2.000 heridos y 1.500 detenidos son provisionales.",
])
def test_no_false_positives(text: str) -> None:
    assert found(text) == []


def test_month_names_in_lower_case_are_dates_but_names_are_not() -> None:
    text = "Las lluvias de diciembre arrasaron cultivos en Cinco de Mayo, un pueblo del valle."
    assert found(text) == [("diciembre", "DATE", "2022-12")]


def test_a_month_ahead_is_this_year_when_the_sentence_speaks_of_the_future() -> None:
    assert ("septiembre", "DATE", "2023-09") in found("El congreso se celebrará en septiembre.")
    assert ("septiembre", "DATE", "2022-09") in found("El congreso se celebró en septiembre.")


def test_without_a_publication_date_values_stay_underspecified() -> None:
    assert found("Se reunieron el 7 de diciembre y el lunes.", None) == [
        ("el 7 de diciembre", "DATE", "XXXX-12-07"), ("el lunes", "DATE", "XXXX-WXX-1")]


def test_english_is_the_default_language() -> None:
    assert [t.text for t in tag("They met on Monday.", FRIDAY)] == ["Monday"]
    assert tag("Se reunieron el lunes.", FRIDAY, language="es")[0].value == "2023-01-30"
