"""Benchmark runner: `python benchmarks/run.py` runs all, `python benchmarks/run.py NAME` one.

Each benchmark is benchmarks/bench_NAME.py with a `run()` that yields figures; every figure is
printed as one JSON object: {"benchmark", "figure", "value", "unit"} plus "baseline" and
"ratio" where it is compared with a floor measured in the same run.
"""

import importlib.util
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def available() -> dict[str, Path]:
    return {p.stem.removeprefix("bench_"): p for p in sorted(HERE.glob("bench_*.py"))}


def run_one(name: str, path: Path) -> None:
    spec = importlib.util.spec_from_file_location(f"bench_{name}", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for figure in module.run():
        print(json.dumps({"benchmark": name, **figure}, ensure_ascii=False), flush=True)


def main(argv: list[str]) -> int:
    benches = available()
    wanted = argv[1:] or list(benches)
    unknown = [n for n in wanted if n not in benches]
    if unknown:
        print(
            f"unknown benchmark(s): {', '.join(unknown)}; have: {', '.join(benches)}",
            file=sys.stderr,
        )
        return 2
    for name in wanted:
        run_one(name, benches[name])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
