import io
import json

import pytest

from eventledger.ingest import IngestError, Metadata, parse_date, read_articles


def read(*paths, meta=None, stdin=None):
    return list(read_articles([str(p) for p in paths], meta, stdin))


def test_text_file_takes_metadata(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("Police arrested ten people.", encoding="utf-8")
    [art] = read(p, meta=Metadata(published="2023-02-03", source="S", url="u", title="T"))
    assert (art.doc_id, art.published, art.source, art.url, art.title) == \
        ("a", "2023-02-03", "S", "u", "T")


def test_jsonl_gives_one_article_per_line_in_order(tmp_path):
    p = tmp_path / "b.jsonl"
    p.write_text("\n".join(json.dumps({"id": i, "text": f"Text {i}.", "published": "2024-01-0"
                                       + str(i)}) for i in range(1, 4)) + "\n")
    arts = read(p)
    assert [a.doc_id for a in arts] == ["1", "2", "3"]
    assert arts[2].published == "2024-01-03"


def test_malformed_jsonl_names_the_line(tmp_path):
    p = tmp_path / "c.jsonl"
    p.write_text('{"id": 1, "text": "ok"}\n{"id": 2, "text": \n')
    with pytest.raises(IngestError, match=r"c.jsonl line 2: malformed JSON"):
        read(p)


def test_malformed_json_names_the_position(tmp_path):
    p = tmp_path / "d.json"
    p.write_text('{"text": "x",,}')
    with pytest.raises(IngestError, match="malformed JSON at line 1"):
        read(p)


@pytest.mark.parametrize("content,message", [
    (b"", "file is empty"), (b"   \n\n", "file is empty"),
    (b"\x00\x01\x02binary\x00junk" * 20, "binary data"),
])
def test_bad_files_are_refused(tmp_path, content, message):
    p = tmp_path / "bad.txt"
    p.write_bytes(content)
    with pytest.raises(IngestError, match=message):
        read(p)


def test_missing_file(tmp_path):
    with pytest.raises(IngestError, match="no such file"):
        read(tmp_path / "nope.txt")


def test_latin1_text_is_decoded(tmp_path):
    p = tmp_path / "l.txt"
    p.write_bytes("Manifestación en Cúcuta: la policía detuvo a manifestantes en Bogotá y "
                  "Medellín según el informe oficial.".encode("latin-1"))
    [art] = read(p)
    assert "Cúcuta" in art.text


def test_impossible_dates_are_refused(tmp_path):
    with pytest.raises(IngestError, match="not a valid"):
        parse_date("2023-02-30")
    p = tmp_path / "e.jsonl"
    p.write_text(json.dumps({"id": 1, "text": "x", "published": "2023-13-01"}) + "\n")
    with pytest.raises(IngestError, match="e.jsonl line 1"):
        read(p)


def test_jsonl_line_without_text(tmp_path):
    p = tmp_path / "f.jsonl"
    p.write_text(json.dumps({"id": 1, "body": "x"}) + "\n")
    with pytest.raises(IngestError, match="missing or empty 'text'"):
        read(p)


def test_html_main_text_and_date_are_extracted(tmp_path):
    p = tmp_path / "g.html"
    body = " ".join(["Riot police detained dozens of striking dock workers in the port city."] * 4)
    p.write_text(f"<html><head><title>Dock strike</title><meta property='article:published_time'"
                 f" content='2024-06-02T10:00:00Z'></head><body><nav>Home | World</nav><article>"
                 f"<p>{body}</p></article><footer>Copyright</footer></body></html>")
    [art] = read(p)
    assert "dock workers" in art.text and "Copyright" not in art.text
    assert art.published == "2024-06-02"


def test_directory_is_walked_sorted_and_stdin_read(tmp_path):
    (tmp_path / "b.txt").write_text("Second report.")
    (tmp_path / "a.txt").write_text("First report.")
    (tmp_path / "skip.bin").write_bytes(b"\x00")
    assert [a.doc_id for a in read(tmp_path)] == ["a", "b"]
    [art] = read_articles(["-"], Metadata(published="2024-01-01"),
                          io.BytesIO(b"Protesters marched."))
    assert art.text == "Protesters marched." and art.published == "2024-01-01"


def test_header_block_gives_the_article_its_metadata(tmp_path):
    p = tmp_path / "h.txt"
    p.write_text("title: Farmers block roads\npublished: 2023-02-03\nsource: Example Wire\n"
                 "url: https://example.org/a\n---\nFarmers blocked roads on Tuesday.\n",
                 encoding="utf-8")
    [art] = read(p)
    assert (art.title, art.published, art.source, art.url) == \
        ("Farmers block roads", "2023-02-03", "Example Wire", "https://example.org/a")
    assert art.text.startswith("Farmers blocked roads")


def test_header_lookalike_without_closing_line_stays_body(tmp_path):
    p = tmp_path / "n.txt"
    p.write_text("Source: a police statement said ten were held.\nMore text.\n",
                 encoding="utf-8")
    [art] = read(p)
    assert art.text.startswith("Source:") and art.source is None


def test_impossible_date_in_header_block_fails_cleanly(tmp_path):
    p = tmp_path / "d.txt"
    p.write_text("published: 2023-02-30\n---\nText.\n", encoding="utf-8")
    with pytest.raises(IngestError, match="2023-02-30"):
        read(p)


@pytest.mark.parametrize("codec", ["utf-16", "utf-32"])
def test_utf16_and_utf32_with_bom_are_decoded(tmp_path, codec):
    p = tmp_path / "u.txt"
    p.write_bytes("Police detained 12 people in Quetta on Monday.".encode(codec))
    [art] = read(p)
    assert art.text == "Police detained 12 people in Quetta on Monday."


def test_pdf_gets_a_hint(tmp_path):
    p = tmp_path / "r.txt"
    p.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")
    with pytest.raises(IngestError, match="pdftotext"):
        read(p)


def test_article_longer_than_the_parser_takes_is_refused(tmp_path):
    from eventledger.schema import MAX_ARTICLE_CHARS
    p = tmp_path / "long.jsonl"
    p.write_text(json.dumps({"id": "x", "text": "word " * (MAX_ARTICLE_CHARS // 5 + 1)}) + "\n")
    with pytest.raises(IngestError, match="split it into articles"):
        read(p)


def test_sidecar_csv_and_jsonl_give_each_file_its_metadata(tmp_path):
    from eventledger.ingest import read_sidecar
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("Police detained ten people.", encoding="utf-8")
    csv_file = tmp_path / "meta.csv"
    csv_file.write_text("file,published,source,title\na.txt,2024-05-01,Wire A,First\n"
                        "b.txt,2024-05-02,Wire B,\n", encoding="utf-8")
    arts = list(read_articles([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")],
                              sidecar=read_sidecar(str(csv_file))))
    assert [(a.published, a.source, a.title) for a in arts] == \
        [("2024-05-01", "Wire A", "First"), ("2024-05-02", "Wire B", None)]
    jsonl = tmp_path / "meta.jsonl"
    jsonl.write_text(json.dumps({"file": "b.txt", "date": "2024-06-09", "url": "u"}) + "\n")
    [_, b] = list(read_articles([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")],
                                sidecar=read_sidecar(str(jsonl))))
    assert (b.published, b.url) == ("2024-06-09", "u")


@pytest.mark.parametrize("content, fragment", [
    ("name,published\na.txt,2024-01-01\n", "needs a 'file' column"),
    ("file,published\na.txt,2024-02-31\n", "2024-02-31"),
])
def test_bad_sidecar_fails_cleanly(tmp_path, content, fragment):
    from eventledger.ingest import read_sidecar
    p = tmp_path / "m.csv"
    p.write_text(content, encoding="utf-8")
    with pytest.raises(IngestError, match=fragment):
        read_sidecar(str(p))
