"""A bounded fuzz session (hypothesis) over every stage that reads untrusted text.

    python benchmarks/fuzz.py [--examples 2000] [--seed 0]

Targets, each with arbitrary Unicode text (and, for decoding, arbitrary bytes):
- decode: bytes → text, or a one-line InputError; never another exception;
- segment: sentences that lie inside the text, in order, whatever the script;
- figures: extraction in 12 languages never raises, and spans point into the text;
- names: extraction never raises, and spans point into the text;
- pipeline: a document whose versions are identical copies gives no figure, name or claim
  finding (with the default encoder), and its JSON renders.
Prints per target how many examples ran and the failures found (with the smallest example).
"""

from __future__ import annotations

import argparse
import time
import traceback

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from consistency.config import Config
from consistency.errors import InputError
from consistency.figures import extract_figures
from consistency.fixtures import Document, Version, decode_text
from consistency.names import extract_names
from consistency.pipeline import RunResult, analyse_document, check_document
from consistency.report.json_report import render_json
from consistency.segment import segment

LANGUAGES = ["de", "en", "fr", "tr", "th", "ja", "zh", "ar", "ru", "hi", "it", "nl"]
PIECES = [
    "5", "1,6", "1.234,5", "Milliarden", "ล้าน", "億", "%18", "2048", "07:55", "$", "€", "acht", "H800", "ChatGPT4o",
    "High-Flyer", "Нордвик", "R1'e", "dell'IA", "(MTP)", "Mr.", "—", "\u0301", "\u200d", "\u200f", "👩", "٣٤", "١٢٫٥",
    " ", " ", ". ", "\n", "\n\n", "\r\n", "\t", "Bild: example.com\n",
]
TEXT = st.one_of(st.text(max_size=600), st.lists(st.sampled_from(PIECES), max_size=150).map("".join))


def target_decode(data: bytes) -> None:
    try:
        text = decode_text("fuzz.txt", data)
    except InputError as error:
        assert "\n" not in str(error)
        return
    assert "\r" not in text and "\x00" not in text


def target_segment(text: str) -> None:
    previous = 0
    for s in segment(text):
        assert 0 <= s.start <= s.end <= len(text) and text[s.start : s.end] == s.text
        assert s.start >= previous
        previous = s.start


def target_figures(text: str, language: str) -> None:
    for figure in extract_figures(text, language):
        assert 0 <= figure.start < figure.end <= len(text)


def target_names(text: str) -> None:
    for name in extract_names(text):
        assert 0 <= name.start < name.end <= len(text)


def target_pipeline(text: str, config: Config) -> None:
    if not text.strip() or "\x00" in text:
        return
    versions = tuple(Version("fuzz", tag, f"fuzz/{tag}.txt", text) for tag in ("en", "en-GB", "en-US"))
    document = Document("fuzz", "fuzz", versions)
    _, _, findings = analyse_document(document, config)
    assert [f for f in findings if f.check in ("figures", "names", "claims")] == [], findings
    render_json(RunResult((check_document(document, config),)), config)


def run(name: str, test, examples: int, seed: int) -> tuple[int, list[str]]:
    count = 0
    failures: list[str] = []

    @settings(max_examples=examples, deadline=None, database=None, derandomize=seed == 0,
              suppress_health_check=list(HealthCheck))
    @given(st.data())
    def wrapped(data):
        nonlocal count
        count += 1
        test(data)

    try:
        wrapped()
    except Exception as error:  # hypothesis re-raises the shrunk failure
        failures.append("".join(traceback.format_exception_only(type(error), error)).strip()[:400])
    return count, failures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--examples", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    config = Config(cache="")
    targets = {
        "decode": lambda d: target_decode(d.draw(st.one_of(st.binary(max_size=600), TEXT.map(lambda t: t.encode("utf-8", "surrogatepass"))))),
        "segment": lambda d: target_segment(d.draw(TEXT)),
        "figures": lambda d: target_figures(d.draw(TEXT), d.draw(st.sampled_from(LANGUAGES))),
        "names": lambda d: target_names(d.draw(TEXT)),
        "pipeline": lambda d: target_pipeline(d.draw(TEXT), config),
    }
    total_failures = 0
    for name, test in targets.items():
        started = time.perf_counter()
        examples = args.examples if name != "pipeline" else max(50, args.examples // 20)
        count, failures = run(name, test, examples, args.seed)
        total_failures += len(failures)
        print(f"{name:9} {count:6d} examples {time.perf_counter() - started:6.1f}s  failures: {len(failures)}")
        for failure in failures:
            print("   ", failure.replace("\n", "\n    "))
    return 1 if total_failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
