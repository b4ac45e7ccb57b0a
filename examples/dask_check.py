"""Check a corpus on Dask: the same stage functions, one task per document.

    python examples/dask_check.py fixtures [--scheduler processes]

Each document is independent (load → segment → detect → embed → align → extract → compare), so a
corpus fans out as a Dask bag of document folders. Locally the scheduler is "synchronous",
"threads" or "processes"; on a cluster, create a ``dask.distributed.Client`` first and the same
code runs on its workers (each loads the encoder once and shares the embedding cache if its path
is on a shared disk). Reports are written by the caller, from the gathered results, exactly as
``consistency check`` writes them.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import dask.bag as db

from consistency.config import Config
from consistency.fixtures import find_documents
from consistency.pipeline import RunResult, check_folder, gather


def check_on_dask(paths: list[Path], config: Config, scheduler: str = "synchronous") -> RunResult:
    folders, errors = find_documents(paths)
    outcomes = db.from_sequence(folders, partition_size=1).map(check_folder, config).compute(scheduler=scheduler)
    return gather(outcomes, errors)


def main() -> int:
    from consistency.report.text import render_text

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--scheduler", default="processes", choices=("synchronous", "threads", "processes"))
    args = parser.parse_args()
    config = Config()
    result = check_on_dask(args.paths, config, args.scheduler)
    sys.stdout.write(render_text(result, config))
    return 1 if any(d.new_findings for d in result.documents) or result.errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
