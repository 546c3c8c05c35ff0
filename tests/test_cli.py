import csv
import io
import json
import subprocess
import sys

import pytest

from conftest import EXAMPLES
from eventledger.cli import main


def cli(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def one_line_error(code, err, fragment):
    assert code == 1
    lines = [ln for ln in err.splitlines() if ln.strip()]
    assert len(lines) == 1 and lines[0].startswith("eventledger: error:"), err
    assert fragment in lines[0]
    assert "Traceback" not in err


@pytest.mark.model
def test_extract_prints_jsonl_records(capsys, tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("Police detained 20 students in Nairobi on Monday.")
    code, out, _ = cli(capsys, "extract", p, "--published", "2024-03-15", "--quiet")
    assert code == 0
    recs = [json.loads(line) for line in out.splitlines()]
    assert recs and all(r["record"] in ("event", "figure") and r["doc_id"] == "a" for r in recs)


def test_extract_without_date_warns(capsys, tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("Police detained 20 students in Nairobi on Monday.")
    code, out, err = cli(capsys, "extract", p)
    assert code == 0 and "no publication date" in err
    assert json.loads(out.splitlines()[0])["event_date"] is None


@pytest.mark.parametrize("content,fragment", [
    (b"", "empty"), (b"\x00\xff\x00\x01" * 50, "binary"),
])
def test_bad_inputs_fail_cleanly(capsys, tmp_path, content, fragment):
    p = tmp_path / "bad.txt"
    p.write_bytes(content)
    code, _, err = cli(capsys, "extract", p)
    one_line_error(code, err, fragment)


def test_malformed_jsonl_writes_nothing(capsys, tmp_path):
    p = tmp_path / "in.jsonl"
    p.write_text('{"id": 1, "text": "Police detained 20 students in Nairobi."}\n{broken\n')
    db = tmp_path / "e.db"
    code, _, err = cli(capsys, "ingest", p, "--db", db)
    one_line_error(code, err, "line 2")
    assert not db.exists()


def test_impossible_published_date_is_a_usage_error(capsys, tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("x")
    with pytest.raises(SystemExit) as exc:
        main(["extract", str(p), "--published", "2023-02-31"])
    assert exc.value.code == 2
    assert "not a valid" in capsys.readouterr().err


def test_database_that_is_not_sqlite(capsys, tmp_path):
    db = tmp_path / "x.db"
    db.write_text("hello, not a database")
    code, _, err = cli(capsys, "events", "--db", db)
    one_line_error(code, err, "not an SQLite database")


@pytest.mark.model
@pytest.mark.slow
def test_ingest_examples_twice_then_query_and_export(capsys, tmp_path):
    db = tmp_path / "e.db"
    assert cli(capsys, "ingest", EXAMPLES, "--db", db, "--quiet")[0] == 0
    code, out, _ = cli(capsys, "events", "--db", db, "--format", "jsonl")
    first = out
    assert code == 0 and first
    assert cli(capsys, "ingest", EXAMPLES, "--db", db, "--quiet")[0] == 0
    assert cli(capsys, "events", "--db", db, "--format", "jsonl")[1] == first

    code, out, _ = cli(capsys, "export", "--db", db, "--format", "acled-csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and rows and len(rows[0]) == 31
    code, out, _ = cli(capsys, "export", "--db", db, "--format", "acled-csv",
                       "--min-confidence", "0")
    assert code == 0 and len(list(csv.DictReader(io.StringIO(out)))) >= len(rows)
    out_file = tmp_path / "events.geojson"
    assert cli(capsys, "export", "--db", db, "--format", "geojson", "-o", out_file)[0] == 0
    assert json.loads(out_file.read_text())["type"] == "FeatureCollection"
    code, out, _ = cli(capsys, "export", "--db", db, "--format", "plover-jsonl")
    assert all(json.loads(line)["event"] for line in out.splitlines())

    ev_id = json.loads(first.splitlines()[0])["event_id"]
    code, out, _ = cli(capsys, "show", ev_id, "--db", db)
    assert code == 0 and "»" in out and "evidence" in out
    # The 45 arrests in Nairobi were the protest's intervention: one event, not two.
    code, out, _ = cli(capsys, "events", "--db", db, "--type", "Protest with intervention",
                       "--country", "Kenya", "--format", "jsonl")
    nairobi = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and [(e["location"], e["arrested"]) for e in nairobi] == [("Nairobi", 45)]
    code, out, _ = cli(capsys, "figures", "--db", db, "--format", "jsonl")
    assert code == 0


@pytest.mark.model
@pytest.mark.slow
def test_seed_article_records_are_valid_and_sourced(capsys, seed_path):
    code, out, _ = cli(capsys, "extract", seed_path, "--published", "2023-02-03", "--quiet")
    assert code == 0
    text = seed_path.read_text(encoding="utf-8")
    recs = [json.loads(line) for line in out.splitlines()]
    events = [r for r in recs if r["record"] == "event"]
    assert len(events) >= 5
    for r in recs:
        for e in r["evidence"]:
            assert text[e["start"]:e["end"]] == e["text"]
    for ev in events:
        assert ev["event_date"] <= "2023-02-03" or ev["modality"] == "future"
        assert ev["plover_event"]
    regions = {e["admin1"] for e in events if e["plover_event"] == "PROTEST"}
    assert {"Junín", "Cusco", "Puno", "Tacna"} <= regions
    deaths = [r for r in recs if r["record"] == "figure" and r["metric"] == "deaths"]
    assert any(r["value"] == 66 for r in deaths)
    assert not any((e["fatalities"] or 0) >= 60 for e in events)


@pytest.mark.model
def test_timex_and_geoparse_commands(capsys, tmp_path):
    p = tmp_path / "d.jsonl"
    p.write_text(json.dumps({"id": "x", "text": "Troops entered the city of Goma on Monday.",
                             "dct": "2024-03-15"}) + "\n")
    code, out, _ = cli(capsys, "timex", p, "--quiet")
    doc = json.loads(out)
    assert code == 0 and doc["id"] == "x" and doc["timexes"][0]["value"] == "2024-03-11"
    code, out, _ = cli(capsys, "geoparse", p, "--quiet")
    doc = json.loads(out)
    [goma] = doc["toponyms"]
    assert goma["text"] == "Goma" and goma["feature"] == "city" and goma["geonameid"]
    assert (goma["start"], goma["end"]) == (27, 31)


def test_console_script_reports_missing_file_without_traceback(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "eventledger", "extract",
                           str(tmp_path / "none.txt")], capture_output=True, text=True)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert proc.stderr.strip().startswith("eventledger: error:")


def test_figures_series_history_and_deletions(capsys, tmp_path):
    reports = tmp_path / "r.jsonl"
    rows = [
        {"id": "a", "source": "Wire", "published": "2024-02-02",
         "text": "The ombudsman said on Thursday that the death toll has risen to 41. Police "
                 "arrested 30 students in Harare on Thursday."},
        {"id": "b", "source": "Daily", "published": "2024-02-02",
         "text": "Rights groups said on Thursday that the death toll has risen to 44. Police "
                 "detained 32 students in Harare on February 1."},
    ]
    reports.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    db = tmp_path / "e.db"
    assert cli(capsys, "ingest", reports, "--db", db, "--quiet")[0] == 0
    code, out, _ = cli(capsys, "figures", "--db", db, "--metric", "deaths")
    assert code == 0 and "41 / 44" in out  # side by side, not averaged
    code, out, _ = cli(capsys, "events", "--db", db, "--type", "Arrests", "--format", "jsonl")
    [arrest] = [json.loads(line) for line in out.splitlines()]
    assert arrest["mention_count"] == 2 and arrest["arrested"] == 30
    assert {s["source"] for s in arrest["sources"]} == {"Wire", "Daily"}
    code, out, _ = cli(capsys, "history", arrest["event_id"], "--db", db)
    assert code == 0 and "created" in out and "new source" in out and "arrested: 30 -> 30" \
        not in out
    code, out, _ = cli(capsys, "deletions", "--db", db)
    assert code == 0 and out.splitlines()[0] == "event_id,merged_into,deleted_at,cause"
    code, _, err = cli(capsys, "history", "ffffffffff", "--db", db)
    one_line_error(code, err, "no single event")


def test_inputs_are_read_once_when_they_fit_and_twice_when_they_do_not(tmp_path, monkeypatch):
    import eventledger.cli as cli_module

    p = tmp_path / "a.jsonl"
    p.write_text("\n".join(json.dumps({"id": i, "text": f"Report {i}."}) for i in range(3)))
    args = cli_module._parser().parse_args(["extract", str(p)])
    articles, total = cli_module._stream(args)
    assert isinstance(articles, list) and total == 3
    monkeypatch.setattr(cli_module, "READ_CACHE_BYTES", 5)
    articles, total = cli_module._stream(args)
    assert not isinstance(articles, list) and [a.doc_id for a in articles] == ["0", "1", "2"]


def test_one_date_for_many_articles_is_a_usage_error(capsys, tmp_path):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("Police detained ten people.", encoding="utf-8")
    code, out, err = cli(capsys, "extract", tmp_path, "--published", "2024-03-01")
    assert code == 2 and not out
    assert "--published describes one article" in err.splitlines()[-1]


def test_a_language_not_read_gives_a_warning_and_no_events(capsys, tmp_path):
    p = tmp_path / "fr.txt"
    p.write_text("Des centaines d'agriculteurs ont bloqué lundi la route principale de la région "
                 "pour exiger la libération de leurs dirigeants, et la police a interpellé vingt "
                 "personnes pendant la manifestation, selon le bureau du médiateur.",
                 encoding="utf-8")
    code, out, err = cli(capsys, "extract", p, "--published", "2024-03-01")
    assert code == 0 and not out.strip()
    assert "French" in err and "no events" in err and "English and Spanish" in err


def test_spanish_text_is_coded_with_its_evidence_as_written(capsys, tmp_path):
    text = ("Agentes de la Policía Nacional detuvieron el lunes a doce manifestantes en "
            "Juliaca, en la región de Puno, durante una marcha contra el gobierno, informó "
            "la Defensoría del Pueblo.")
    p = tmp_path / "es.txt"
    p.write_text(text, encoding="utf-8")
    code, out, err = cli(capsys, "extract", p, "--published", "2023-02-03")
    events = [json.loads(line) for line in out.splitlines()]
    arrests = [e for e in events if e["sub_event_type"] == "Protest with intervention"]
    assert code == 0 and "no events" not in err and len(arrests) == 1
    assert arrests[0]["actor2"] == "Police Forces of Peru"
    assert arrests[0]["evidence"][0]["text"] == text


def test_the_language_flag_overrides_detection(capsys, tmp_path):
    p = tmp_path / "en.txt"
    p.write_text("Police arrested 45 people in Mombasa on Friday.", encoding="utf-8")
    code, out, err = cli(capsys, "extract", p, "--published", "2024-03-16", "--language", "fr")
    assert code == 0 and not out.strip() and "French" in err
    code, out, _ = cli(capsys, "extract", p, "--published", "2024-03-16", "--language", "en")
    assert code == 0 and "Mombasa" in out
    code, _, err = cli(capsys, "extract", p, "--language", "english")
    assert code == 2 and "ISO 639-1" in err


def test_country_hint_gives_placeless_articles_a_country(capsys, tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("Police arrested twelve students outside the university on Monday.",
                 encoding="utf-8")
    code, out, err = cli(capsys, "extract", p, "--published", "2024-03-15")
    assert code == 0 and "no country found" in err
    assert {json.loads(line)["country"] for line in out.splitlines()} == {None}
    code, out, _ = cli(capsys, "extract", p, "--published", "2024-03-15", "--country", "PE")
    events = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and events and {e["country"] for e in events} == {"Peru"}
    assert "Police Forces of Peru" in {e["actor1"] for e in events}
    code, out, err = cli(capsys, "extract", p, "--country", "Atlantis")
    assert code == 2 and "not a country" in err
