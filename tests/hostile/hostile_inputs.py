"""Write a folder of hostile inputs mixed with good articles, and say what should become of each.

Used by tests/hostile/test_hostile.py, and runnable on its own to build the
~1,000-file run of issue 13 for a hand check:

    python tests/hostile/hostile_inputs.py /tmp/hostile --scale large --good ../shared/corpus

Every case is a `Case`: the path written, its category, and either the ids
that must end up stored (`stored`) or the fact that nothing may be stored
from it (`stored=()` with `refused=True`). Good articles are made unique per
case (a reference line is appended) so the store's duplicate check never
hides one. `scale="small"` keeps every file under a few hundred kilobytes
for the default test run; `scale="large"` writes the sizes the issue
names (a 50 MB text, a 5 MB line, 100,000 nested divs, a 200,000-character
article).
"""
from __future__ import annotations

import argparse
import io
import json
import os
import random
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

# Short English articles of our own, so the suite runs without ../shared.
OWN_ARTICLES = [
    ("own-ruto-modi", "2023-12-06",
     "NEW DELHI, Dec 5 - Kenyan President William Ruto met Indian Prime Minister Narendra Modi in New Delhi on "
     "Tuesday. The two leaders discussed trade, defence and the export of Kenyan tea, officials said.\n\n"
     "It was Ruto's first state visit to India since he took office last year."),
    ("own-macron-lula", "2024-03-28",
     "BRASILIA, March 27 - French President Emmanuel Macron and Brazilian President Luiz Inacio Lula da Silva "
     "met in Brasilia on Wednesday and agreed to work together on the protection of the Amazon forest.\n\n"
     "The two presidents also discussed the trade agreement between the European Union and Mercosur."),
    ("own-scholz-kishida", "2023-03-19",
     "TOKYO, March 18 - German Chancellor Olaf Scholz held talks with Japanese Prime Minister Fumio Kishida "
     "in Tokyo on Saturday, the first meeting of the two governments in this format.\n\n"
     "They spoke about energy security and the supply of raw materials, a spokesman said."),
]

SPANISH = (
    "El presidente de Chile, Gabriel Boric, se reunió el sábado en Lima con su homólogo chino, Xi Jinping, "
    "en el marco de la cumbre del Foro de Cooperación Económica Asia-Pacífico, donde ambos mandatarios "
    "firmaron varios acuerdos comerciales y hablaron de inversiones en minería y energía renovable."
)
CHINESE = (
    "国家主席习近平十五日下午在利马会见智利总统博里奇。习近平指出，智利是第一个同新中国建交的南美国家。"
    "半个多世纪以来，双方始终坚定支持彼此核心利益和重大关切。两国领导人还讨论了贸易和投资合作。"
)
ARABIC = (
    "التقى الرئيس المصري عبد الفتاح السيسي اليوم في القاهرة مع رئيس الوزراء الهندي ناريندرا مودي، "
    "وبحث الجانبان سبل تعزيز التعاون الاقتصادي والتجاري بين البلدين وعددا من القضايا الإقليمية والدولية."
)


@dataclass
class Case:
    """One path written and what must become of it."""

    path: Path
    category: str
    stored: tuple[str, ...] = ()  # article ids that must be in the store afterwards
    refused: bool = False  # nothing from this path may be stored, and a failure must name it
    note: str = ""
    checks: dict = field(default_factory=dict)  # extra facts to check on the stored article


@dataclass(frozen=True)
class Good:
    id: str
    published: str | None
    text: str


def good_articles(shared: Path | None = None, limit: int | None = None) -> list[Good]:
    """Our own short articles, the bundled samples, and (when given) the shared corpus articles."""
    from importlib import resources

    goods = [Good(id, published, text) for id, published, text in OWN_ARTICLES]
    folder = resources.files("summitry") / "samples"
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".json"):
            record = json.loads(entry.read_text(encoding="utf-8"))
            goods.append(Good(record["id"], record.get("published"), record["text"]))
    if shared is not None:
        for path in sorted(Path(shared).glob("*/articles/*.json")):
            record = json.loads(path.read_text(encoding="utf-8"))
            goods.append(Good(record["id"], record.get("published"), record["text"]))
    return goods[:limit] if limit else goods


def _unique(good: Good, case_id: str) -> str:
    # A line of its own, so the store's same-content check does not fold two cases into one.
    return f"{good.text}\n\nReference {case_id}."


class _Writer:
    def __init__(self, folder: Path):
        self.folder = folder
        self.cases: list[Case] = []
        folder.mkdir(parents=True, exist_ok=True)

    def write(self, name: str, content: bytes | str, category: str, stored=(), refused=False, note="", **checks) -> Path:
        path = self.folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
        self.cases.append(Case(path, category, tuple(stored), refused, note, checks))
        return path

    def json_article(self, name: str, record: dict, category: str, **kwargs) -> Path:
        return self.write(name, json.dumps(record, ensure_ascii=False), category, **kwargs)


def write_hostile(folder: Path, goods: list[Good], scale: str = "small", seed: int = 13) -> list[Case]:
    """Write every hostile category (and the good articles) under `folder`; return what each must give."""
    large = scale == "large"
    rng = random.Random(seed)
    w = _Writer(Path(folder))
    for number, good in enumerate(goods):
        _good_variants(w, good, number, rng)
    base = goods[0]
    _bad_files(w, base, rng, large)
    _json_hostile(w, base)
    _language(w, base)
    _sizes(w, base, large)
    _html(w, base, large)
    _dates(w)
    _filesystem(w, base)
    return w.cases


def _good_variants(w: _Writer, good: Good, number: int, rng: random.Random) -> None:
    """Each good article in every form that must be read and stored (encodings, cases, odd characters)."""
    stem = f"g{number:03d}"
    published = {"published": good.published} if good.published else {}

    def record(case_id: str, text: str) -> dict:
        return {"id": case_id, "text": text, **published}

    case = f"{stem}-json"
    w.json_article(f"good/{case}.json", record(case, _unique(good, case)), "good", stored=[case])
    case = f"{stem}-txt"
    w.write(f"good/{case}.txt", _unique(good, case), "good", stored=[case])
    case = f"{stem}-caps"
    w.json_article(f"caps/{case}.json", record(case, _unique(good, case).upper()), "all caps", stored=[case])
    case = f"{stem}-lower"
    w.json_article(f"caps/{case}.json", record(case, _unique(good, case).lower()), "lower case", stored=[case])
    case = f"{stem}-marks"
    marked = _unique(good, case).replace(" ", " \u200f", 3).replace("e", "e\u200d", 5).replace(". ", ". \U0001F91D ", 2)
    w.json_article(f"marks/{case}.json", record(case, marked), "RTL marks, ZWJ, emoji", stored=[case],
                   no_chars="\u200f\u200d")
    case = f"{stem}-utf16"
    w.write(f"encodings/{case}.txt", _unique(good, case).encode("utf-16"), "UTF-16 with BOM", stored=[case])
    case = f"{stem}-latin1"
    text = _unique(good, case) + "\nJosé Françoise Müller."
    w.write(f"encodings/{case}.txt", text.encode("cp1252", errors="replace"), "Latin-1", stored=[case], contains="José Françoise")
    case = f"{stem}-badbyte"
    text = _unique(good, case) + "\nJosé Françoise Müller."
    raw = text.encode("utf-8")
    cut = len(raw) // 2
    while raw[cut] & 0xC0 == 0x80:  # not inside a multi-byte character
        cut += 1
    w.write(f"encodings/{case}.txt", raw[:cut] + b"\xff" + raw[cut:], "invalid UTF-8 byte", stored=[case],
            contains="José Françoise", note="the bad byte is replaced with a warning, the rest kept")
    case = f"{stem}-nul"
    text = _unique(good, case)
    padded = text + "\n" + ("Padding line of no interest.\n" * 160) + "\x00\x01 tail."
    w.write(f"encodings/{case}.txt", padded, "NUL after 4 KB", stored=[case], no_chars="\x00\x01")
    case = f"{stem}-nulescape"
    w.json_article(f"encodings/{case}.json", record(case, _unique(good, case) + " \u0000\u0007 end"), "NUL in JSON",
                   stored=[case], no_chars="\x00\x07")
    case = f"{stem}-surrogate"
    raw_json = json.dumps(record(case, _unique(good, case))).replace("Reference", "\\ud800Reference", 1)
    w.write(f"encodings/{case}.json", raw_json, "lone surrogate", stored=[case], no_chars="\ud800")
    case = f"{stem}-crlf"
    w.write(f"encodings/{case}.txt", "\ufeff" + _unique(good, case).replace("\n", "\r\n"), "BOM and CRLF", stored=[case])
    case = f"{stem}-page"
    page = (f"<html><head><title>Report {case}</title></head><body><article><p>"
            + _unique(good, case).replace("\n\n", "</p><p>") + "</p></article></body></html>")
    w.write(f"html/{case}.html", page, "HTML page", stored=[case])
    case = f"{stem}-lines"
    lines = [json.dumps(record(case, _unique(good, case))), json.dumps({"id": f"{case}-bad", "text": ["not", "text"]})]
    w.write(f"json/{case}.jsonl", "\n".join(lines) + "\n", "JSONL, one good line and one bad", stored=[case])
    case = f"{stem}-scripts"
    page = (f"<html><head><title>Report {case}</title><script>alert('x')</script></head><body>"
            f"<nav>Home | World</nav><article><p>{_unique(good, case).replace(chr(10) * 2, '</p><p>')}</p>"
            f"<script>document.title='pwned'</script><p onclick=\"alert(1)\">Read more</p></article></body></html>")
    w.write(f"html/{case}.html", page, "HTML with scripts", stored=[case], absent="alert(")


def _bad_files(w: _Writer, good: Good, rng: random.Random, large: bool) -> None:
    w.write("bad/empty.txt", b"", "empty", refused=True)
    w.write("bad/blank.json", b"  \n\t\n", "empty", refused=True)
    w.write("bad/binary.txt", bytes(rng.randrange(256) for _ in range(4096)) + b"\x00", "binary", refused=True)
    w.write("bad/nul-start.txt", b"\x00\x00" + good.text.encode(), "NUL bytes", refused=True)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("article.txt", good.text)
    w.write("bad/archive.txt", buffer.getvalue(), "zip renamed .txt", refused=True)
    w.write("bad/archive.json", buffer.getvalue(), "zip renamed .json", refused=True)
    for number in range(3):
        while True:
            noise = bytes(rng.randrange(256) for _ in range(15))
            try:
                noise.decode("utf-8")
            except UnicodeDecodeError:
                break
        w.write(f"bad/random-{number}.txt", noise, "15 random bytes", refused=True)
    w.write("bad/utf16-nobom.txt", good.text.encode("utf-16-le"), "UTF-16 without BOM", refused=True)
    w.write("bad/symbols.txt", "!!! ??? ... --- *** 123 456 ###\n" * 20, "no words", refused=True)


def _json_hostile(w: _Writer, good: Good) -> None:
    text = _unique(good, "json-hostile")
    whole = json.dumps({"id": "trunc", "text": text})
    w.write("json/truncated.json", whole[: len(whole) // 2], "truncated JSON", refused=True)
    w.write("json/single-quotes.json", "{'id': 'x', 'text': 'Modi met Macron.'}", "malformed JSON", refused=True)
    w.write("json/trailing.json", whole + "\n{}", "malformed JSON", refused=True)
    w.write("json/deep.json", '{"id": "deep", "text": "Modi met Macron.", "x": ' + "[" * 5000 + "]" * 5000 + "}",
            "nested 5,000 levels", refused=True)
    w.write("json/deep-top.json", "[" * 100_000 + "]" * 100_000, "nested 100,000 levels", refused=True)
    w.write("json/bignumber.json", '{"id": "big", "text": "Modi met Macron.", "n": ' + "9" * 5001 + "}",
            "5,001-digit number", refused=True)
    w.write("json/bigid.json", '{"id": ' + "7" * 5001 + ', "text": "Modi met Macron."}', "5,001-digit id", refused=True)
    for name, value in (("title", {"a": 1}), ("url", ["http://x"]), ("source", {"name": "x"}), ("title", 12)):
        w.json_article(f"json/field-{name}-{type(value).__name__}.json", {"id": f"field-{name}", "text": text, name: value},
                       f"{name} is {type(value).__name__}", refused=True)
    w.json_article("json/id-object.json", {"id": {"x": 1}, "text": text}, "id is an object", refused=True)
    w.json_article("json/id-list.json", {"id": [1], "text": text}, "id is a list", refused=True)
    w.json_article("json/id-bool.json", {"id": True, "text": text}, "id is a boolean", refused=True)
    w.json_article("json/id-nul.json", {"id": "a\u0000b", "text": text}, "id with NUL", refused=True)
    w.json_article("json/text-number.json", {"id": "num", "text": 5}, "text is a number", refused=True)
    w.json_article("json/text-list.json", {"id": "lst", "text": ["a"]}, "text is a list", refused=True)
    w.json_article("json/published-number.json", {"id": "pubnum", "text": text, "published": 2023}, "published is a number",
                   refused=True)
    w.json_article("json/published-bad.json", {"id": "pubbad", "text": text, "published": "2023-02-30"},
                   "published February 30", refused=True)
    w.write("json/array.json", json.dumps([{"id": "a", "text": text}]), "array instead of object", refused=True)
    lines = [
        json.dumps({"id": "jl-good-1", "text": _unique(good, "jl-good-1")}),
        "{not json",
        json.dumps({"id": "jl-deep", "text": "x", "y": [[[[[[]]]]]]})[:-1] + ", \"z\": " + "[" * 3000 + "]" * 3000 + "}",
        "",
        json.dumps({"id": {"o": 1}, "text": "x"}),
        '{"id": "jl-big", "text": "x", "n": ' + "1" * 5001 + "}",
        json.dumps({"id": "jl-title", "text": _unique(good, "jl-title"), "title": ["a", "b"]}),
        json.dumps({"id": "jl-good-2", "text": _unique(good, "jl-good-2")}),
        "\x00\x01\x02",
        json.dumps({"id": "jl-spanish", "text": SPANISH}),
        json.dumps({"id": "jl-good-3", "text": _unique(good, "jl-good-3")}),
    ]
    w.write("json/mixed.jsonl", "\n".join(lines) + "\n", "JSONL with bad lines", stored=["jl-good-1", "jl-good-2", "jl-good-3"],
            note="bad lines are failures naming the line, good lines stored")
    w.write("json/invalid-utf8.jsonl", json.dumps({"id": "jl-good-4", "text": _unique(good, "jl-good-4")}).encode() + b"\n"
            + b'{"id": "jl-latin", "text": "caf\xe9"}\n', "JSONL with an invalid byte", stored=["jl-good-4"])


def _language(w: _Writer, good: Good) -> None:
    w.write("language/spanish.txt", SPANISH, "Spanish", refused=True)
    w.write("language/chinese.txt", CHINESE, "Chinese", refused=True)
    w.write("language/chinese-short.txt", CHINESE[:40], "Chinese", refused=True)
    w.write("language/arabic.txt", ARABIC, "Arabic", refused=True)
    w.write("language/mixed-en-zh.txt", good.text + "\n\n" + CHINESE * 3, "mixed English and Chinese", refused=True)
    mixed = "\n".join(f"{english}\n{CHINESE}" for english in good.text.split("\n\n"))
    w.write("language/interleaved-en-zh.txt", mixed, "English and Chinese paragraphs", refused=True)
    quoted = _unique(good, "quote-zh") + "\nXi Jinping (习近平) spoke first."
    w.write("language/quote-zh.txt", quoted, "English quoting a Chinese name", stored=["quote-zh"])


def _sizes(w: _Writer, good: Good, large: bool) -> None:
    paragraph = good.text.replace("\n", " ") + " "
    # Over the default 2 MB limit: refused unread (50 MB in the large run).
    size = 50_000_000 if large else 2_100_000
    w.write("size/huge.txt", (paragraph * (size // len(paragraph) + 1)).encode()[:size], "text over the size limit", refused=True)
    line = 5_000_000 if large else 2_100_000
    w.write("size/longline.jsonl", json.dumps({"id": "longline", "text": "x " * (line // 2)}) + "\n"
            + json.dumps({"id": "after-longline", "text": _unique(good, "after-longline")}) + "\n",
            "5 MB line", stored=["after-longline"])
    w.write("size/oneline.txt", ("w" * 100) * (line // 100), "one line, no spaces, over the limit", refused=True)
    # Under the limit but far longer than a paragraph: split into lines and read.
    long_line = (paragraph * (300_000 // len(paragraph) + 1))[:300_000] if large else (paragraph * 60)[:40_000]
    w.write("size/long-line-ok.txt", long_line + "\nReference long-line-ok.", "a long line under the limit",
            stored=["long-line-ok"])
    # A long article the API would accept; it must finish within the time budget.
    length = 200_000 if large else 40_000
    body = "\n\n".join([paragraph] * (length // len(paragraph) + 1))[:length]
    record = {"id": "long-article", "text": body + "\n\nReference long-article."}
    if good.published:
        record["published"] = good.published
    w.json_article("size/long-article.json", record, f"{length:,}-character article", stored=["long-article"])
    w.write("size/spaceless.txt", _unique(good, "spaceless") + "\n" + "x" * (200_000 if large else 30_000) + "\n" + good.text,
            "a 'word' longer than a line", stored=["spaceless"])


def _html(w: _Writer, good: Good, large: bool) -> None:
    depth = 100_000 if large else 5_000
    body = "<p>" + _unique(good, "nested-divs").replace("\n\n", "</p><p>") + "</p>"
    w.write("html/nested-divs.html", "<html><body>" + "<div>" * depth + body + "</div>" * depth + "</body></html>",
            f"{depth:,} nested divs", note="read or refused, never a crash or hang")
    w.write("html/unclosed.html", "<html><body>" + "<div><span><b>" * (depth // 3) + body, "unclosed tags",
            note="read or refused")
    w.write("html/scripts-only.html", "<html><script>" + "var x = 1;" * 1000 + "</script></html>", "script only",
            refused=True)


def _dates(w: _Writer) -> None:
    # Impossible or implausible dates must not become facts.
    texts = {
        "feb30": ("2023-03-10", "U.S. President Joe Biden met Chinese President Xi Jinping in Bali on February 30, 2023. "
                                "The two leaders discussed trade and climate.", ("2023-02-30",)),
        "y1850": ("2023-05-02", "U.S. President Joe Biden met French President Emmanuel Macron in Paris on 1850-01-01, "
                                "an official said. The two leaders discussed trade.", ("1850",)),
        "y2150": ("2023-05-02", "U.S. President Joe Biden will meet French President Emmanuel Macron in Paris in 2150, "
                                "an official said. The two leaders will discuss trade.", ("2150", "2023")),
    }
    for name, (published, text, bad_dates) in texts.items():
        case = f"date-{name}"
        w.json_article(f"dates/{case}.json", {"id": case, "published": published, "text": text}, f"date {name}",
                       stored=[case], bad_dates=bad_dates)


def _filesystem(w: _Writer, good: Good) -> None:
    folder = w.folder / "fs"
    folder.mkdir(parents=True, exist_ok=True)
    loop = folder / "loop"
    loop.mkdir(exist_ok=True)
    if not (loop / "again").is_symlink():
        os.symlink("..", loop / "again")
    w.cases.append(Case(loop / "again", "symlink loop to a folder", refused=True))
    for name, target in (("a.txt", "b.txt"), ("b.txt", "a.txt")):
        if not (folder / name).is_symlink():
            os.symlink(target, folder / name)
        w.cases.append(Case(folder / name, "symlink loop to a file", refused=True))
    if not (folder / "dangling.json").is_symlink():
        os.symlink("nowhere.json", folder / "dangling.json")
    w.cases.append(Case(folder / "dangling.json", "broken symlink", refused=True))
    for name in ("report.pdf", "notes.md", "image.png", "README"):
        w.write(f"fs/{name}", good.text, "unknown file type", refused=True)
    w.write("fs/.hidden.txt", _unique(good, "hidden"), "hidden file", note="hidden entries are passed over")
    w.cases[-1].refused = True
    w.cases[-1].checks["silent"] = True
    as_root = hasattr(os, "geteuid") and os.geteuid() == 0
    locked = w.write("fs/locked.txt", _unique(good, "locked"), "unreadable file",
                     stored=["locked"] if as_root else (), refused=not as_root, note="root reads it anyway")
    locked.chmod(0)
    closed = folder / "closed"
    closed.mkdir(exist_ok=True)
    w.write("fs/closed/inside.txt", _unique(good, "inside"), "file in an unreadable folder",
            stored=["inside"] if as_root else (), refused=not as_root)
    closed.chmod(0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--scale", choices=["small", "large"], default="small")
    parser.add_argument("--good", type=Path, help="a corpus folder with */articles/*.json (e.g. ../shared/corpus)")
    parser.add_argument("--manifest", type=Path, help="write the expected outcome of every case here (JSON)")
    options = parser.parse_args()
    cases = write_hostile(options.folder, good_articles(options.good), options.scale)
    manifest = [
        {"path": str(case.path), "category": case.category, "stored": list(case.stored), "refused": case.refused,
         "note": case.note, "checks": case.checks}
        for case in cases
    ]
    (options.manifest or options.folder.with_suffix(".manifest.json")).write_text(json.dumps(manifest, indent=1))
    print(f"{len(cases)} cases, {sum(len(c.stored) for c in cases)} articles that must be stored, under {options.folder}")


if __name__ == "__main__":
    main()
