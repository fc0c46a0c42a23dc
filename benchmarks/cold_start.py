#!/usr/bin/env python3
"""Cold-start benchmark: whole-process wall time and peak RSS of hello world.

Runs `console.log("hello")` from a .js file as a fresh process, for thaw, for
node (when it is on PATH) and for any extra binaries given with --extra, side
by side in one run:

  * a few warm-up runs of each command (not reported);
  * N rounds; each round runs every command once, and the order rotates from
    round to round so that each command takes each position equally often and
    machine noise (other processes, frequency changes) hits all of them alike;
  * every run must exit 0 with stdout exactly "hello\\n", or the benchmark
    stops with an error.

Reports, per command: median, p10 and p90 of wall time in ms; the median of
peak RSS (ru_maxrss from os.wait4) in MiB (see own_peak_rss_kib for its
floor); each median relative to thaw's; the median over rounds of (this
command - thaw) in the same round; and the median user+sys CPU time of the
process (all its threads). Prints a Markdown table; --json FILE also writes
the raw numbers.

Python 3 standard library only.

    python3 benchmarks/cold_start.py --thaw bazel-bin/thaw \\
        [--extra NAME=PATH ...] [--runs 30] [--warmup 3] [--json out.json]
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import selectors
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HELLO_JS = 'console.log("hello")\n'
EXPECTED_STDOUT = b"hello\n"


class BenchmarkError(Exception):
    pass


def percentile(values: list[float], p: float) -> float:
    """Linear-interpolated percentile (same as numpy's default), p in [0, 100]."""
    if not values:
        raise ValueError("no values")
    xs = sorted(values)
    if len(xs) == 1:
        return xs[0]
    k = (len(xs) - 1) * p / 100.0
    lo = int(k)
    hi = min(lo + 1, len(xs) - 1)
    return xs[lo] + (xs[hi] - xs[lo]) * (k - lo)


def run_once(
    argv: list[str], check_output: bool = True, expected: bytes = EXPECTED_STDOUT
) -> tuple[int, int, int]:
    """Runs argv once. Returns (wall ns, ru_maxrss KiB, user+sys CPU ns).

    With check_output, the run must print exactly `expected` (hello world's
    output unless told otherwise; examples_bench.py passes node's).

    The clock starts just before the process is spawned and stops once it has
    been reaped, so it covers fork/exec, dynamic loading, start-up, the script
    and exit. stdout and stderr are pipes, drained while the child runs; the
    child is reaped with os.wait4 so that its own rusage is available.
    """
    t0 = time.perf_counter_ns()
    proc = subprocess.Popen(
        argv,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    chunks = {proc.stdout: [], proc.stderr: []}
    with selectors.DefaultSelector() as sel:
        sel.register(proc.stdout, selectors.EVENT_READ)
        sel.register(proc.stderr, selectors.EVENT_READ)
        while sel.get_map():
            for key, _ in sel.select():
                data = os.read(key.fd, 65536)
                if data:
                    chunks[key.fileobj].append(data)
                else:
                    sel.unregister(key.fileobj)
    _, status, rusage = os.wait4(proc.pid, 0)
    t1 = time.perf_counter_ns()
    # Tell Popen the child is reaped so it never waits for it again.
    proc.returncode = os.waitstatus_to_exitcode(status)
    proc.stdout.close()
    proc.stderr.close()

    stdout = b"".join(chunks[proc.stdout])
    stderr = b"".join(chunks[proc.stderr])
    if proc.returncode != 0 or (check_output and stdout != expected):
        raise BenchmarkError(
            f"command failed: {' '.join(argv)}\n"
            f"  exit code: {proc.returncode}\n"
            f"  stdout: {stdout[:2000]!r}\n"
            f"  stderr: {stderr[:2000]!r}\n"
            f"  expected exit code 0 and stdout {expected[:2000]!r}"
        )
    cpu_ns = round((rusage.ru_utime + rusage.ru_stime) * 1e9)
    return t1 - t0, rusage.ru_maxrss, cpu_ns  # ru_maxrss is in KiB on Linux.


def own_peak_rss_kib() -> int | None:
    """This process's peak RSS (VmHWM), in KiB, or None if unknown.

    Linux folds the memory high-water mark of the address space a child
    leaves at exec (here: this Python process's, as vfork/posix_spawn share
    it) into the child's ru_maxrss. So every ru_maxrss we read is at least
    roughly this value, and a value near it may not be the command's own.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return None


def cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8", errors="replace") as f:
            for line in f:
                key, _, value = line.partition(":")
                if key.strip() in ("model name", "Model", "cpu model"):
                    return value.strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def machine_info() -> dict:
    info = {
        "date": datetime.datetime.now().astimezone().isoformat(timespec="seconds"),
        "machine": os.uname().machine,
        "kernel": os.uname().release,
        "cpu_model": cpu_model(),
        "cpu_count": os.cpu_count(),
        "python": platform.python_version(),
    }
    if hasattr(os, "sched_getaffinity"):
        info["cpus_usable"] = len(os.sched_getaffinity(0))
    try:
        info["loadavg_at_start"] = list(os.getloadavg())
    except OSError:
        pass
    return info


def tool_output(argv: list[str]) -> str | None:
    try:
        r = subprocess.run(argv, capture_output=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return None
    if r.returncode != 0:
        return None
    return r.stdout.decode("utf-8", "replace").strip()


def describe_binary(path: str, is_thaw: bool) -> dict:
    desc = {"path": path, "size_bytes": os.path.getsize(path)}
    version = tool_output([path, "--version"])
    if version:
        # thaw prints its own and V8's version on two lines; for anything else
        # (node, coreutils) the first line is the version.
        lines = version.splitlines()
        desc["version"] = "; ".join(lines) if is_thaw else lines[0]
    if is_thaw:
        # `thaw inspect FILE` reads the .thaw_snapshot section of any
        # executable; on itself it describes the embedded snapshot.
        out = tool_output([path, "inspect", path])
        if out:
            try:
                blob = json.loads(out)
                desc["snapshot"] = {
                    k: blob.get(k)
                    for k in ("codec", "codec_level", "raw_size", "stored_size")
                }
            except json.JSONDecodeError:
                pass
    return desc


def parse_args(argv: list[str]) -> argparse.Namespace:
    ap = argparse.ArgumentParser(
        description="Cold-start (hello world) wall time and peak RSS: thaw vs node "
        "and other builds, in alternating rounds."
    )
    ap.add_argument("--thaw", required=True, metavar="PATH", help="thaw binary (the baseline)")
    ap.add_argument(
        "--extra",
        action="append",
        default=[],
        metavar="NAME=PATH",
        help="another thaw-compatible binary to run as `PATH hello.js` (repeatable)",
    )
    ap.add_argument(
        "--command",
        action="append",
        default=[],
        metavar="NAME=CMD",
        help="another runtime to compare, as a command line to which the script path "
        "is appended, e.g. 'bun=/path/bun' or 'deno=/path/deno run' (repeatable)",
    )
    ap.add_argument("--runs", type=int, default=30, help="measured rounds (default 30)")
    ap.add_argument("--warmup", type=int, default=3, help="warm-up runs per command (default 3)")
    ap.add_argument("--no-node", action="store_true", help="do not run node even if on PATH")
    ap.add_argument(
        "--floor",
        action="store_true",
        help="also time /bin/true, the cost of spawning and reaping a process from this script",
    )
    ap.add_argument("--json", metavar="FILE", help="write raw numbers as JSON to FILE")
    args = ap.parse_args(argv)
    if args.runs < 1:
        ap.error("--runs must be at least 1")
    if args.warmup < 0:
        ap.error("--warmup must be >= 0")
    return args


def build_commands(args: argparse.Namespace, script: str) -> tuple[list[dict], list[str]]:
    """Returns (commands, notes). Each command: name, binary, argv, check, is_thaw."""
    notes = []
    commands = []

    def add(name: str, binary: str, is_thaw: bool, argv: list[str] | None = None, check=True):
        if any(c["name"] == name for c in commands):
            raise BenchmarkError(f"duplicate command name: {name}")
        if not (os.path.isfile(binary) and os.access(binary, os.X_OK)):
            raise BenchmarkError(f"{name}: not an executable file: {binary}")
        commands.append(
            {
                "name": name,
                "binary": os.path.abspath(binary),
                "argv": argv if argv is not None else [os.path.abspath(binary), script],
                "check_output": check,
                "is_thaw": is_thaw,
            }
        )

    add("thaw", args.thaw, True)
    for spec in args.extra:
        name, sep, path = spec.partition("=")
        if not sep or not name or not path:
            raise BenchmarkError(f"--extra wants NAME=PATH, got {spec!r}")
        add(name, path, True)
    for spec in args.command:
        name, sep, command = spec.partition("=")
        words = command.split()
        if not sep or not name or not words:
            raise BenchmarkError(f"--command wants NAME=CMD, got {spec!r}")
        add(name, words[0], False, argv=[os.path.abspath(words[0])] + words[1:] + [script])
    if args.no_node:
        notes.append("node: skipped (--no-node).")
    else:
        node = shutil.which("node")
        if node:
            add("node", node, False)
        else:
            notes.append("node: NOT FOUND on PATH, so there is no node column in this run.")
    if args.floor:
        true_bin = shutil.which("true") or "/bin/true"
        add("spawn floor (/bin/true)", true_bin, False, argv=[true_bin], check=False)
    return commands, notes


def summarize(
    commands: list[dict], wall_ns: dict, rss_kb: dict, cpu_ns: dict, rss_floor_kib: int | None
) -> dict:
    summary = {}
    for c in commands:
        ms = [t / 1e6 for t in wall_ns[c["name"]]]
        median_rss = statistics.median(rss_kb[c["name"]])
        summary[c["name"]] = {
            "median_ms": statistics.median(ms),
            "p10_ms": percentile(ms, 10),
            "p90_ms": percentile(ms, 90),
            "min_ms": min(ms),
            "max_ms": max(ms),
            "median_maxrss_mib": median_rss / 1024.0,
            # False: the value may be this script's own peak, not the command's.
            "maxrss_above_floor": rss_floor_kib is None or median_rss > rss_floor_kib + 1024,
            "median_cpu_ms": statistics.median(cpu_ns[c["name"]]) / 1e6,
        }
    base = summary["thaw"]["median_ms"]
    thaw_ms = [t / 1e6 for t in wall_ns["thaw"]]
    for c in commands:
        s = summary[c["name"]]
        s["ratio_to_thaw"] = s["median_ms"] / base
        # Paired: this command minus thaw within the same round. Slow drifts
        # in machine load move both, so this resolves smaller differences
        # than comparing the two medians.
        ms = [t / 1e6 for t in wall_ns[c["name"]]]
        s["median_paired_diff_ms"] = statistics.median(a - b for a, b in zip(ms, thaw_ms))
    return summary


def markdown_table(commands: list[dict], summary: dict) -> str:
    """The results table. An RSS cell marked with "<=" is at this script's
    own RSS floor (see own_peak_rss_kib), so the command's peak is at most that."""
    rows = [
        "| command | median ms | p10 ms | p90 ms | median max RSS MiB | median vs thaw "
        "| paired diff vs thaw ms | median CPU ms |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for c in commands:
        s = summary[c["name"]]
        rows.append(
            f"| {c['name']} | {s['median_ms']:.2f} | {s['p10_ms']:.2f} | {s['p90_ms']:.2f} "
            f"| {'' if s['maxrss_above_floor'] else '<= '}{s['median_maxrss_mib']:.1f} "
            f"| {s['ratio_to_thaw']:.2f}x "
            f"| {s['median_paired_diff_ms']:+.2f} | {s['median_cpu_ms']:.1f} |"
        )
    return "\n".join(rows)


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    info = machine_info()

    with tempfile.TemporaryDirectory(prefix="thaw_cold_start_") as tmp:
        script = os.path.join(tmp, "hello.js")
        with open(script, "w", encoding="utf-8") as f:
            f.write(HELLO_JS)

        commands, notes = build_commands(args, script)
        binaries = {
            c["name"]: describe_binary(c["binary"], c["is_thaw"]) for c in commands
        }

        print(
            f"Machine: {info['date']}, {info['machine']}, CPU {info['cpu_model']}, "
            f"{info['cpu_count']} cores"
            + (f" ({info['cpus_usable']} usable)" if "cpus_usable" in info else "")
            + (
                ", load average at start " + " ".join(f"{x:.2f}" for x in info["loadavg_at_start"])
                if "loadavg_at_start" in info
                else ""
            )
        )
        for note in notes:
            print(note)
        for name, d in binaries.items():
            extra = ""
            if "snapshot" in d:
                snap = d["snapshot"]
                extra = (
                    f", snapshot codec={snap['codec']} stored={snap['stored_size']} B "
                    f"raw={snap['raw_size']} B"
                )
            version = d.get("version", "?")
            print(f"{name}: {d['path']} ({d['size_bytes']} B, {version}{extra})")
        print(
            f"Method: {args.warmup} warm-up runs each, then {args.runs} rounds, "
            "each running every command once in rotating order.",
            flush=True,
        )

        for c in commands:
            for _ in range(args.warmup):
                run_once(c["argv"], c["check_output"])

        wall_ns = {c["name"]: [] for c in commands}
        rss_kb = {c["name"]: [] for c in commands}
        cpu_ns = {c["name"]: [] for c in commands}
        orders = []
        n = len(commands)
        for r in range(args.runs):
            order = commands[r % n :] + commands[: r % n]
            orders.append([c["name"] for c in order])
            for c in order:
                t, rss, cpu = run_once(c["argv"], c["check_output"])
                wall_ns[c["name"]].append(t)
                rss_kb[c["name"]].append(rss)
                cpu_ns[c["name"]].append(cpu)

    rss_floor_kib = own_peak_rss_kib()
    summary = summarize(commands, wall_ns, rss_kb, cpu_ns, rss_floor_kib)
    print()
    print(markdown_table(commands, summary))
    if rss_floor_kib is not None:
        print(
            f"\nPeak RSS floor: this script's own peak RSS is {rss_floor_kib / 1024:.1f} MiB, and "
            "Linux counts it in every child's ru_maxrss; values within 1 MiB of it are marked <=."
        )

    if args.json:
        payload = {
            "benchmark": "cold_start_hello_world",
            "script": HELLO_JS,
            "machine": info,
            "config": {"runs": args.runs, "warmup": args.warmup},
            "rss_floor_kib": rss_floor_kib,
            "notes": notes,
            "commands": [
                {
                    "name": c["name"],
                    "argv": c["argv"],
                    "binary": binaries[c["name"]],
                    "wall_ns": wall_ns[c["name"]],
                    "maxrss_kib": rss_kb[c["name"]],
                    "cpu_ns": cpu_ns[c["name"]],
                    "summary": summary[c["name"]],
                }
                for c in commands
            ],
            "round_orders": orders,
        }
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(payload, f, indent=2)
            f.write("\n")
        print(f"\nRaw numbers written to {args.json}")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except BenchmarkError as e:
        print(f"cold_start.py: error: {e}", file=sys.stderr)
        sys.exit(1)
