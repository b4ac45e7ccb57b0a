"""Speed of a whole check.

    python benchmarks/speed.py

The five samples (fixtures/deepseek), then the 62 NTREX documents, each from a cold start in a
fresh process: imports, model load, no embedding cache. Prints wall time, peak memory (max RSS)
and the share of time spent outside the encoder (loading it and encoding), which is what the
rest of the pipeline costs.
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
result = run([Path(sys.argv[1])], Config(cache=""))
total = time.perf_counter() - started
findings = sum(len(d.findings) for d in result.documents)
print(json.dumps({"total": total, **timings, "findings": findings,
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
    print(f"  outside the encoder {outside:.2f} s = {100 * outside / best['total']:.0f}% of the total")
    print(f"  peak memory         {best['max_rss_mb']:.0f} MB")
    print(f"  findings            {best['findings']}")


def main() -> int:
    import tempfile

    measure(ROOT / "fixtures" / "deepseek", "Five samples (fixtures/deepseek)", 3)
    with tempfile.TemporaryDirectory() as folder:
        count = write_ntrex(Path(folder))
        measure(Path(folder), f"NTREX, {count} documents x 9 versions", 1)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
