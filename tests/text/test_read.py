"""Stage `text.read`: files and folders -> Article records, or one-line Failures naming the file."""
from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

import pytest

from summitry.model import Article, Failure
from summitry.text import read_paths, read_text_article

ENGLISH = "Kenyan President William Ruto met Indian Prime Minister Narendra Modi in New Delhi on Tuesday."
SPANISH = (
    "El presidente de Chile, Gabriel Boric, se reunió el sábado en Lima con su homólogo chino, Xi Jinping, "
    "en el marco de la cumbre del Foro de Cooperación Económica Asia-Pacífico, donde ambos mandatarios "
    "firmaron varios acuerdos comerciales y hablaron de inversiones en minería."
)
FRENCH = (
    "Le président français Emmanuel Macron a rencontré mardi à Paris le Premier ministre indien Narendra Modi, "
    "et les deux dirigeants ont signé plusieurs accords sur la défense et l'énergie nucléaire civile pour les "
    "années à venir, selon l'Élysée."
)
HTML = (
    "<html><head><title>Xi meets Boric</title>"
    "<meta property='article:published_time' content='2024-11-16'></head>"
    "<body><nav>Home | World</nav><article><h1>Xi meets Boric</h1>"
    "<p>Chinese President Xi Jinping met Chilean President Gabriel Boric in Lima on Saturday, on the sidelines "
    "of the APEC summit, and the two leaders discussed trade and investment between their countries.</p>"
    "<p>It was their third meeting in two years.</p></article></body></html>"
)


def _write(folder, name: str, content: str | bytes):
    path = folder / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "name,content,expected",
    [
        ("ruto-modi.txt", ENGLISH, [("ruto-modi", ENGLISH, None)]),
        ("notes.text", ENGLISH, [("notes", ENGLISH, None)]),
        (
            "lula.json",
            json.dumps({"id": "lula-xi", "text": "Lula met Xi in Beijing.", "published": "2023-04-14"}),
            [("lula-xi", "Lula met Xi in Beijing.", date(2023, 4, 14))],
        ),
        # A .json without an id takes the file stem.
        ("no-id.json", json.dumps({"text": "Lula met Xi in Beijing."}), [("no-id", "Lula met Xi in Beijing.", None)]),
        (
            "batch.jsonl",
            "\n".join(json.dumps({"id": i, "text": t}) for i, t in (("one", "Modi met Macron."), ("two", "Ruto met Modi."))) + "\n",
            [("one", "Modi met Macron.", None), ("two", "Ruto met Modi.", None)],
        ),
        # Blank lines in JSON Lines are skipped; numeric ids become strings.
        ("gaps.ndjson", "\n" + json.dumps({"id": 7, "text": "Modi met Macron."}) + "\n\n", [("7", "Modi met Macron.", None)]),
        # Not UTF-8 but valid Windows-1252: curly quotes survive.
        ("cp1252.txt", b"Macron met Modi in Paris \x93today\x94.", [("cp1252", "Macron met Modi in Paris “today”.", None)]),
        # A UTF-8 byte-order mark is not part of the text.
        ("bom.txt", "\ufeff" + ENGLISH, [("bom", ENGLISH, None)]),
    ],
)
def test_read_paths_reads_files(tmp_path, name, content, expected):
    path = _write(tmp_path, name, content)
    results = list(read_paths([path]))
    assert all(isinstance(result, Article) for result in results), results
    assert [(a.id, a.text, a.published) for a in results] == expected
    assert all(a.path and a.path.startswith(str(path)) for a in results)
    assert all(a.published_source == ("metadata" if a.published else "unknown") for a in results)


@pytest.mark.parametrize("name", ["xi-boric.html", "xi-boric.htm"])
def test_read_paths_html_keeps_main_text_and_metadata(tmp_path, name):
    path = _write(tmp_path, name, HTML)
    [article] = list(read_paths([path]))
    assert article.id == "xi-boric"
    assert article.published == date(2024, 11, 16)
    assert article.published_source == "metadata"
    assert article.title == "Xi meets Boric"
    assert article.text.startswith("Xi meets Boric\n")
    assert "met Chilean President Gabriel Boric in Lima on Saturday" in article.text
    assert "<p>" not in article.text and "Home | World" not in article.text


def _failure(results):
    [failure] = results
    assert isinstance(failure, Failure), failure
    return failure


@pytest.mark.parametrize(
    "name,content,source_suffix,problem",
    [
        ("empty.txt", b"", "empty.txt", "empty file"),
        ("blank.txt", "   \n\n\t ", "blank.txt", "empty file"),
        ("binary.txt", b"abc\x00\x01def", "binary.txt", "binary file (contains NUL bytes), not an article"),
        ("latin.txt", b"Modi \x81\x8d\x8f met Macron", "latin.txt", "not UTF-8 text (invalid byte 0x81 at byte 5); save the file as UTF-8"),
        ("bad.json", '{"id": "x",\n "text": }', "bad.json", "invalid JSON at line 2 column 10: Expecting value"),
        ("list.json", "[1, 2]", "list.json", "expected a JSON object with 'id' and 'text', not a list"),
        ("notext.json", json.dumps({"id": "x", "body": "Modi met Macron."}), "notext.json", "no 'text' field; each article needs 'id' and 'text'"),
        ("baddate.json", json.dumps({"id": "x", "text": "Modi met Macron.", "published": "yesterday"}), "baddate.json", "'published' is 'yesterday'; expected YYYY-MM-DD"),
        ("emptytext.json", json.dumps({"id": "x", "text": "  "}), "emptytext.json", "empty article text"),
        ("report.pdf", "%PDF-1.4", "report.pdf", "unknown file type .pdf; expected .txt, .html, .json or .jsonl"),
        ("README", "Modi met Macron.", "README", "unknown file type (none); expected .txt, .html, .json or .jsonl"),
        ("page.html", "<html><body><script>var x = 1;</script></body></html>", "page.html", "no article text found in the HTML page"),
    ],
)
def test_read_paths_failure_names_file_and_problem(tmp_path, name, content, source_suffix, problem):
    path = _write(tmp_path, name, content)
    failure = _failure(list(read_paths([path])))
    assert failure.source == str(tmp_path / source_suffix)
    assert failure.message == problem
    assert "\n" not in failure.message


@pytest.mark.parametrize("name,text", [("boric.txt", SPANISH), ("macron.txt", FRENCH)])
def test_read_paths_refuses_non_english(tmp_path, name, text):
    failure = _failure(list(read_paths([_write(tmp_path, name, text)])))
    assert failure.source == str(tmp_path / name)
    assert failure.message.startswith("does not look like English text")
    assert failure.message.endswith("summitry reads English articles only")


@pytest.mark.parametrize("text", [SPANISH, FRENCH])
def test_read_text_article_refuses_non_english(text):
    from summitry.errors import InputError

    with pytest.raises(InputError, match="does not look like English"):
        read_text_article(text, article_id="foreign")


@pytest.mark.issue(9)
def test_a_wire_lead_full_of_names_and_titles_is_english():
    """Names and titles are no language's function words: the share is read over the other words."""
    text = ("Saudi Crown Prince Mohammed bin Salman received separate phone calls on Monday from Egyptian President "
            "Abdel Fattah El-Sisi and Jordan's King Abdullah II, the Saudi Press Agency reported.")
    assert read_text_article(text, article_id="lead").text == text


@pytest.mark.issue(9)
def test_a_short_lead_with_a_handful_of_plain_words_is_english():
    """Two sentences of names with six words not capitalised are read on those six."""
    text = ("Estonian Prime Minister Kaja Kallas met Latvian Prime Minister Evika Siliņa in Riga on Monday. Lithuanian "
            "President Gitanas Nausėda attended the meeting.")
    assert read_text_article(text, article_id="lead").text == text


@pytest.mark.parametrize(
    "text,published,expected",
    [
        (ENGLISH, date(2023, 12, 6), ("text", date(2023, 12, 6), "metadata")),
        (ENGLISH, None, ("text", None, "unknown")),
    ],
)
def test_read_text_article(text, published, expected):
    article = read_text_article(text, published=published)
    assert (article.id, article.published, article.published_source) == expected
    assert article.text == text


def test_read_paths_missing_file(tmp_path):
    failure = _failure(list(read_paths([tmp_path / "nope.txt"])))
    assert (failure.source, failure.message) == (str(tmp_path / "nope.txt"), "no such file")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads files whatever their mode")
def test_read_paths_unreadable_file(tmp_path):
    path = _write(tmp_path, "locked.txt", ENGLISH)
    path.chmod(0)
    try:
        failure = _failure(list(read_paths([path])))
    finally:
        path.chmod(0o644)
    assert failure.source == str(path)
    assert failure.message.startswith("cannot read")


@pytest.mark.parametrize(
    "lines,expected",
    [
        # Line numbers are those of the file, blank lines included.
        (
            [json.dumps({"id": "one", "text": "Modi met Macron."}), "{not json", "", json.dumps({"id": "three", "text": "Ruto met Modi."}), json.dumps({"text": "no id here"})],
            [
                ("article", "one"),
                ("failure", "line 2", "invalid JSON at line 1 column 2: Expecting property name enclosed in double quotes"),
                ("article", "three"),
                ("failure", "line 5", "no 'id' field; each line needs 'id' and 'text'"),
            ],
        ),
        (
            [json.dumps({"id": "es", "text": SPANISH}), json.dumps({"id": "en", "text": ENGLISH})],
            [("failure", "line 1", None), ("article", "en")],
        ),
    ],
)
def test_read_paths_jsonl_bad_line_does_not_hide_good_lines(tmp_path, lines, expected):
    path = _write(tmp_path, "batch.jsonl", "\n".join(lines) + "\n")
    results = list(read_paths([path]))
    assert len(results) == len(expected)
    for result, want in zip(results, expected):
        if want[0] == "article":
            assert isinstance(result, Article) and result.id == want[1]
        else:
            assert isinstance(result, Failure)
            assert result.source == f"{path} {want[1]}"
            if want[2] is not None:
                assert result.message == want[2]


@pytest.mark.issue(13)
def test_read_paths_folder_is_recursive_sorted_and_reports_other_suffixes_once(tmp_path):
    _write(tmp_path, "b.txt", ENGLISH)
    (tmp_path / "sub").mkdir()
    _write(tmp_path / "sub", "a.json", json.dumps({"id": "from-json", "text": ENGLISH}))
    _write(tmp_path, "a.txt", ENGLISH)
    _write(tmp_path, "image.png", b"\x89PNG\x00\x00")
    _write(tmp_path, "notes.md", "Modi met Macron.")
    _write(tmp_path, ".DS_Store", b"\x00\x00")
    results = [(item.id if isinstance(item, Article) else (Path(item.source).name, item.message)) for item in read_paths([tmp_path])]
    assert results == [
        "a",
        "b",
        ("image.png", "skipped: unknown file type .png; expected .txt, .html, .json or .jsonl"),
        ("notes.md", "skipped: unknown file type .md; expected .txt, .html, .json or .jsonl"),
        "from-json",
    ]


def test_read_paths_bad_files_do_not_stop_the_others(tmp_path):
    _write(tmp_path, "1-good.txt", ENGLISH)
    _write(tmp_path, "2-empty.txt", b"")
    _write(tmp_path, "3-binary.txt", b"\x00\x00\x00")
    _write(tmp_path, "4-bad.json", "{")
    _write(tmp_path, "5-spanish.txt", SPANISH)
    _write(tmp_path, "6-good.json", json.dumps({"id": "six", "text": ENGLISH}))
    missing = tmp_path / "zz-missing.txt"
    results = list(read_paths([tmp_path, missing]))
    kinds = [(type(r).__name__, r.id if isinstance(r, Article) else r.source.rsplit("/", 1)[-1]) for r in results]
    assert kinds == [
        ("Article", "1-good"),
        ("Failure", "2-empty.txt"),
        ("Failure", "3-binary.txt"),
        ("Failure", "4-bad.json"),
        ("Failure", "5-spanish.txt"),
        ("Article", "six"),
        ("Failure", "zz-missing.txt"),
    ]


# -- issue 13: hostile inputs -------------------------------------------------


@pytest.mark.issue(13)
@pytest.mark.parametrize(
    "name,content,problem",
    [
        ("deep.json", '{"id": "x", "text": "Modi met Macron.", "y": ' + "[" * 5000 + "]" * 5000 + "}", "invalid JSON: nested too deeply"),
        ("big.json", '{"id": "x", "text": "Modi met Macron.", "n": ' + "9" * 5001 + "}", "invalid JSON: a number with more than 4,300 digits"),
        ("title.json", json.dumps({"id": "x", "text": ENGLISH, "title": {"a": 1}}), "'title' is an object; expected a string or null"),
        ("url.json", json.dumps({"id": "x", "text": ENGLISH, "url": ["http://a"]}), "'url' is a list; expected a string or null"),
        ("source.json", json.dumps({"id": "x", "text": ENGLISH, "source": 3}), "'source' is a number; expected a string or null"),
        ("id.json", json.dumps({"id": {"x": 1}, "text": ENGLISH}), "'id' is an object; expected a string or a whole number"),
        ("idbool.json", json.dumps({"id": False, "text": ENGLISH}), "'id' is true/false; expected a string or a whole number"),
        ("idnul.json", json.dumps({"id": "a\u0000b", "text": ENGLISH}), "'id' contains control or invisible characters"),
        ("idlong.json", json.dumps({"id": "x" * 501, "text": ENGLISH}), "'id' is 501 characters long; ids are at most 500"),
        ("textnum.json", json.dumps({"id": "x", "text": 5}), "'text' is a number; expected a string"),
        ("pubnum.json", json.dumps({"id": "x", "text": ENGLISH, "published": 2023}), "'published' is a number; expected a string YYYY-MM-DD"),
        ("latin1.json", b'{"id": "x", "text": "Jos\xe9 met Modi."}', "not UTF-8 (invalid byte 0xe9 at byte 24); JSON must be UTF-8"),
        ("zip.txt", b"PK\x03\x04\x14\x00\x00\x00\x08\x00article", "binary file (contains NUL bytes), not an article"),
        ("noise.txt", bytes([0x8F, 0xA3, 0x11, 0xC8, 0x05, 0xFE, 0x9A]), "not UTF-8 text (invalid byte 0x8f at byte 0); save the file as UTF-8"),
        ("symbols.txt", "!!! ??? 123 ### ...\n", "no words in the text; is this an article?"),
        ("chinese.txt", "国家主席习近平十五日下午在利马会见智利总统博里奇。", "100% of the words are not in the Latin alphabet; summitry reads English articles only"),
    ],
)
def test_read_paths_hostile_file_fails_with_its_name(tmp_path, name, content, problem):
    path = _write(tmp_path, name, content)
    failure = _failure(list(read_paths([path])))
    assert (failure.source, failure.message) == (str(path), problem)


@pytest.mark.issue(13)
def test_read_paths_jsonl_hostile_lines_do_not_stop_the_file(tmp_path):
    lines = [
        json.dumps({"id": "one", "text": ENGLISH}),
        '{"id": "deep", "text": "x", "y": ' + "[" * 3000 + "]" * 3000 + "}",
        '{"id": "big", "text": "x", "n": ' + "1" * 5001 + "}",
        json.dumps({"id": "title", "text": ENGLISH, "title": ["a"]}),
        json.dumps({"id": "two", "text": ENGLISH + " Again."}),
    ]
    path = _write(tmp_path, "batch.jsonl", "\n".join(lines) + "\n")
    results = [(r.id if isinstance(r, Article) else (r.source, r.message)) for r in read_paths([path])]
    assert results == [
        "one",
        (f"{path} line 2", "invalid JSON: nested too deeply"),
        (f"{path} line 3", "invalid JSON: a number with more than 4,300 digits"),
        (f"{path} line 4", "'title' is a list; expected a string or null"),
        "two",
    ]


@pytest.mark.issue(13)
@pytest.mark.parametrize(
    "raw,expected,warning",
    [
        # UTF-16 and UTF-32 with a byte-order mark are text, not binary.
        ("\ufeff" + ENGLISH, ENGLISH, None),
        (ENGLISH.encode("utf-16"), ENGLISH, None),
        (ENGLISH.encode("utf-32"), ENGLISH, None),
        # One bad byte in UTF-8 text: replaced, the accents around it kept, and said so.
        ("José Müller: ".encode() + b"\xff" + ENGLISH.encode(), "José Müller: \ufffd" + ENGLISH, "1 invalid UTF-8 byte(s) (first at byte 15) replaced"),
        # Western text in Windows-1252: read so, and said so.
        ("José: ".encode("cp1252") + ENGLISH.encode(), "José: " + ENGLISH, "not UTF-8 (invalid byte at 3); read as Windows-1252"),
    ],
)
def test_read_paths_decodes_or_warns_naming_the_file(tmp_path, caplog, raw, expected, warning):
    path = _write(tmp_path, "article.txt", raw)
    with caplog.at_level("WARNING", logger="summitry.text.read"):
        [article] = list(read_paths([path]))
    assert article.text == expected
    messages = [record.getMessage() for record in caplog.records]
    if warning is None:
        assert messages == []
    else:
        assert len(messages) == 1 and messages[0].startswith(f"{path}: ") and warning in messages[0]


@pytest.mark.issue(13)
@pytest.mark.parametrize(
    "text,expected",
    [
        ("Biden\x00 met Xi.", "Biden  met Xi."),  # NUL: PostgreSQL cannot store it, SQLite can: strip it for both
        ("Biden\u200d met X\u200bi.", "Biden met Xi."),  # zero-width joiner and space
        ("\u200fBiden met \u202bXi\u202c.", "Biden met Xi."),  # bidi marks
        ("Bi\u00adden met Xi.", "Biden met Xi."),  # soft hyphen
        ("Biden met Xi.\x0cNext page.", "Biden met Xi.\nNext page."),  # form feed ends a line
        ("Biden met Xi.\u2028Next.", "Biden met Xi.\nNext."),
        ("Biden met \ud800Xi.", "Biden met \ufffdXi."),  # lone surrogate
        ("Biden met Xi \U0001F91D.", "Biden met Xi \U0001F91D."),  # emoji stay
    ],
)
def test_normalise_text(text, expected):
    from summitry.text.read import normalise_text

    assert normalise_text(text) == expected


@pytest.mark.issue(13)
def test_normalise_text_splits_long_lines_at_sentence_ends():
    from summitry.text.read import MAX_LINE_CHARS, normalise_text

    sentence = "Kenyan President William Ruto met Indian Prime Minister Narendra Modi. "
    text = (sentence * (3 * MAX_LINE_CHARS // len(sentence))).strip()
    normalised = normalise_text(text)
    lines = normalised.split("\n")
    assert len(lines) >= 3 and max(len(line) for line in lines) <= MAX_LINE_CHARS
    assert all(line.endswith("Modi.") for line in lines)
    assert normalised.replace("\n", " ") == text  # only spaces became line breaks


@pytest.mark.issue(13)
def test_normalise_text_breaks_a_line_without_spaces():
    from summitry.text.read import MAX_LINE_CHARS, normalise_text

    run = "x" * (MAX_LINE_CHARS + 5)
    assert normalise_text(run) == run[:MAX_LINE_CHARS] + "\n" + run[MAX_LINE_CHARS:]


@pytest.mark.issue(13)
@pytest.mark.parametrize(
    "text,refused",
    [
        (ENGLISH + " Xi Jinping (习近平) met the Kenyan side later.", False),
        (ENGLISH + "\n" + "国家主席习近平十五日下午在利马会见智利总统博里奇。" * 3, True),
        ("\n".join([ENGLISH, "التقى الرئيس المصري عبد الفتاح السيسي اليوم في القاهرة مع رئيس الوزراء الهندي ناريندرا مودي"] * 2), True),
        ("Встреча президентов прошла в Москве, стороны обсудили торговлю и энергетику.", True),
    ],
)
def test_read_text_article_refuses_mixed_scripts(text, refused):
    from summitry.errors import InputError

    if refused:
        with pytest.raises(InputError, match="not in the Latin alphabet"):
            read_text_article(text)
    else:
        assert read_text_article(text).text == text


@pytest.mark.issue(13)
def test_read_paths_size_limit_refuses_unread(tmp_path):
    big = _write(tmp_path, "big.txt", ENGLISH * 100)
    lines = _write(tmp_path, "lines.jsonl", json.dumps({"id": "big", "text": ENGLISH * 100}) + "\n" + json.dumps({"id": "small", "text": ENGLISH}) + "\n")
    results = list(read_paths([big, lines], max_article_size=5_000))
    assert [(Path(r.source).name, r.message.split(";")[0]) if isinstance(r, Failure) else r.id for r in results] == [
        ("big.txt", "the file is 9,400 bytes, over the 5,000 bytes limit (setting max_article_size, SUMMITRY_MAX_ARTICLE_SIZE)"),
        ("lines.jsonl line 1", "article text is 9,400 bytes, over the 5,000 bytes limit (setting max_article_size, SUMMITRY_MAX_ARTICLE_SIZE)"),
        "small",
    ]


@pytest.mark.issue(13)
def test_read_text_article_size_limit():
    from summitry.errors import InputError

    with pytest.raises(InputError, match="article text is 9,400 bytes, over the 5,000 bytes limit"):
        read_text_article(ENGLISH * 100, max_article_size=5_000)


@pytest.mark.issue(13)
def test_read_paths_symlinks_reported_once(tmp_path):
    _write(tmp_path, "good.txt", ENGLISH)
    (tmp_path / "loop").mkdir()
    os.symlink("..", tmp_path / "loop" / "up")
    os.symlink("b.txt", tmp_path / "a.txt")
    os.symlink("a.txt", tmp_path / "b.txt")
    results = [(r.id if isinstance(r, Article) else (Path(r.source).name, r.message)) for r in read_paths([tmp_path])]
    assert results == [
        ("a.txt", "broken symlink or symlink loop"),
        ("b.txt", "broken symlink or symlink loop"),
        "good",
        ("up", "symlink loop (a folder already read); skipped"),
    ]


@pytest.mark.issue(13)
def test_read_paths_unreadable_folder_reported_once(tmp_path, monkeypatch):
    # Root reads any folder, so the refusal is simulated where os.walk lists a folder.
    _write(tmp_path, "good.txt", ENGLISH)
    (tmp_path / "closed").mkdir()
    _write(tmp_path / "closed", "inside.txt", ENGLISH)
    real_scandir = os.scandir

    def scandir(path="."):
        if str(path).endswith("closed"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    results = [(r.id if isinstance(r, Article) else (Path(r.source).name, r.message)) for r in read_paths([tmp_path])]
    assert results == ["good", ("closed", "cannot read folder: Permission denied")]
