#!/usr/bin/env python3
"""Cold start of the example apps: thaw-compiled against node and node's snapshot.

For each example (a folder holding the entry and its node_modules, as
thaw_snapshot stages it), runs side by side, in rotating rounds as
cold_start.py does:

  thaw               `thaw compile ENTRY` (uncompressed snapshot, the default)
  thaw, zstd         `thaw compile ENTRY --compress zstd`
  node               `node ENTRY ARGS`
  node --snapshot-blob
                     node_snapshot_entry.js built with `node --build-snapshot`:
                     the entry's modules evaluated at build time, the entry
                     at each start, as with thaw

Every run must exit 0 and print exactly what `node ENTRY ARGS` printed.
Prints one Markdown table per example (the columns of cold_start.py).

    python3 benchmarks/examples_bench.py --thaw bazel-bin/thaw --work DIR \\
        --example NAME=ENTRY:ARG[,ARG...] ... [--runs 20] [--warmup 2]

Python 3 standard library only.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cold_start  # noqa: E402

NODE_SNAPSHOT_ENTRY = os.path.join(os.path.dirname(os.path.abspath(__file__)), "node_snapshot_entry.js")


def check_call(argv: list[str], env: dict | None = None) -> None:
    result = subprocess.run(argv, capture_output=True, env=env)
    if result.returncode != 0:
        raise cold_start.BenchmarkError(
            f"{' '.join(argv)} failed ({result.returncode}):\n{result.stderr.decode(errors='replace')[:3000]}"
        )


def prepare(thaw: str, work: str, name: str, entry: str) -> dict[str, list[str]]:
    """Builds the example every way; returns command prefixes by name."""
    out = os.path.join(work, "out", name)
    os.makedirs(out, exist_ok=True)
    check_call([thaw, "compile", entry, "-o", os.path.join(out, name)])
    check_call([thaw, "compile", entry, "-o", os.path.join(out, name + "-zstd"), "--compress", "zstd"])
    blob = os.path.join(out, name + ".node.blob")
    check_call(
        ["node", "--snapshot-blob", blob, "--build-snapshot", NODE_SNAPSHOT_ENTRY],
        env={**os.environ, "APP_ENTRY": entry},
    )
    return {
        "thaw": [os.path.join(out, name)],
        "thaw, zstd": [os.path.join(out, name + "-zstd")],
        "node": ["node", entry],
        "node --snapshot-blob": ["node", "--snapshot-blob", blob],
    }


def bench(prefixes: dict[str, list[str]], args: list[str], runs: int, warmup: int) -> tuple[dict, dict]:
    expected = subprocess.run(prefixes["node"] + args, capture_output=True, check=True).stdout
    commands = [{"name": name, "argv": argv + args} for name, argv in prefixes.items()]
    for c in commands:
        for _ in range(warmup):
            cold_start.run_once(c["argv"], True, expected)
    wall = {c["name"]: [] for c in commands}
    rss = {c["name"]: [] for c in commands}
    cpu = {c["name"]: [] for c in commands}
    n = len(commands)
    for r in range(runs):
        for c in commands[r % n :] + commands[: r % n]:
            t, m, u = cold_start.run_once(c["argv"], True, expected)
            wall[c["name"]].append(t)
            rss[c["name"]].append(m)
            cpu[c["name"]].append(u)
    summary = cold_start.summarize(commands, wall, rss, cpu, cold_start.own_peak_rss_kib())
    return summary, {"commands": commands, "wall_ns": wall, "maxrss_kib": rss, "cpu_ns": cpu}


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--thaw", required=True, help="the thaw binary that compiles the apps")
    ap.add_argument("--work", required=True, help="a folder for the compiled apps and blobs")
    ap.add_argument(
        "--example",
        action="append",
        required=True,
        metavar="NAME=ENTRY:ARGS",
        help="an example: its name, entry, and its arguments separated by commas",
    )
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--warmup", type=int, default=2)
    ap.add_argument("--json", help="write the raw numbers here")
    args = ap.parse_args(argv)

    info = cold_start.machine_info()
    print(
        f"Machine: {info['date']}, {info['machine']}, CPU {info['cpu_model']}, {info['cpu_count']} cores, "
        "load average at start " + " ".join(f"{x:.2f}" for x in info.get("loadavg_at_start", []))
    )
    thaw_version = (cold_start.tool_output([args.thaw, "--version"]) or "?").replace("\n", "; ")
    print(f"thaw: {thaw_version}; node: {cold_start.tool_output(['node', '--version'])}")
    print(f"Method: {args.warmup} warm-up runs each, then {args.runs} rotating rounds; output checked against node's.")
    results = {"machine": info, "examples": {}}
    for spec in args.example:
        name, _, rest = spec.partition("=")
        entry, _, arg_list = rest.partition(":")
        app_args = [a for a in arg_list.split(",") if a]
        prefixes = prepare(args.thaw, args.work, name, os.path.abspath(entry))
        summary, raw = bench(prefixes, app_args, args.runs, args.warmup)
        commands = [{"name": n} for n in prefixes]
        print(f"\n### {name}: {' '.join(app_args)}\n")
        print(cold_start.markdown_table(commands, summary))
        sys.stdout.flush()
        results["examples"][name] = {"summary": summary, **raw}
    try:
        results["loadavg_at_end"] = list(os.getloadavg())
        print("\nLoad average at end: " + " ".join(f"{x:.2f}" for x in results["loadavg_at_end"]))
    except OSError:
        pass
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(results, f, indent=2)
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except cold_start.BenchmarkError as e:
        print(f"examples_bench: {e}", file=sys.stderr)
        sys.exit(1)
