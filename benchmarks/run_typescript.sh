#!/usr/bin/env bash
# The TypeScript workload: examples/tsc-lite transpiling one line, as a thaw
# compiled app (uncompressed, the default, and zstd) against the same script
# under node, Deno and Bun. TypeScript is the pinned one Bazel installs with npm ci from
# examples/tsc-lite/package-lock.json (bazel/npm.bzl); the app is the folder
# thaw_snapshot stages, copied into a writable cache (never committed).
# Checks every run's output against node's. BAZEL_STARTUP_OPTS and
# BAZEL_BUILD_OPTS (space-separated) are passed to every bazel call.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
read -r -a startup_opts <<< "${BAZEL_STARTUP_OPTS:-}"
read -r -a build_opts <<< "${BAZEL_BUILD_OPTS:-}"
bazel=(bazel "${startup_opts[@]}")
"${bazel[@]}" build "${build_opts[@]}" //:thaw //examples/tsc-lite:tsc_lite_test_app_tree
bin="$("${bazel[@]}" info "${build_opts[@]}" bazel-bin)"
thaw="$bin/thaw"
cache="${THAW_EXAMPLES_CACHE:-$HOME/.cache/thaw-examples}/tsc-lite"
rm -rf "$cache"
mkdir -p "$cache"
cp -r "$bin/examples/tsc-lite/tsc_lite_snapshot.app/." "$cache/"
chmod -R u+w "$cache"
cp examples/tsc-lite/input.ts "$cache/input.ts"
cp "$cache/examples/tsc-lite/tsc-lite.js" "$cache/tsc-lite.js"
cp -r "$cache/examples/tsc-lite/lib" "$cache/lib"
cp "$cache/tsc-lite.js" "$cache/tsc-lite.cjs"   # Deno runs CommonJS from .cjs only.
sed -i "s|require('./lib/ts_warm')|require('./lib/ts_warm.js')|" "$cache/tsc-lite.cjs"
mkdir -p "$cache/out"
"$thaw" compile "$cache/tsc-lite.js" -o "$cache/out/tsc-lite"
"$thaw" compile "$cache/tsc-lite.js" -o "$cache/out/tsc-lite-zstd" --compress zstd
peers="$(benchmarks/install_peers.sh)" || peers=""
exec python3 - "$cache" "$peers" "${RUNS:-15}" <<'PY'
import os, statistics, subprocess, sys, time
cache, peers, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
cmds = {
    "thaw compiled": [f"{cache}/out/tsc-lite", "input.ts"],
    "thaw compiled (zstd)": [f"{cache}/out/tsc-lite-zstd", "input.ts"],
    "node": ["node", "tsc-lite.js", "input.ts"],
}
if peers:
    cmds["bun"] = [f"{peers}/bun", "tsc-lite.js", "input.ts"]
    cmds["deno"] = [f"{peers}/deno", "run", "-A", "tsc-lite.cjs", "input.ts"]
else:
    print("Bun and Deno are not available (see above); comparing with node only")
expected = subprocess.run(cmds["node"], capture_output=True, text=True, cwd=cache, check=True).stdout
names = list(cmds)
times = {name: [] for name in names}
for name in names:
    subprocess.run(cmds[name], capture_output=True, cwd=cache)
for r in range(runs):
    for name in names[r % len(names):] + names[:r % len(names)]:
        start = time.perf_counter()
        result = subprocess.run(cmds[name], capture_output=True, text=True, cwd=cache)
        elapsed = (time.perf_counter() - start) * 1000
        if result.stdout != expected:
            sys.exit(f"{name} printed something else than node: {result.stdout!r} {result.stderr[:500]!r}")
        times[name].append(elapsed)
base = statistics.median(times["thaw compiled"])
print(f"{runs} rotating rounds, medians:\n\n| command | median ms | vs thaw |\n|---|---:|---:|")
for name in names:
    median = statistics.median(times[name])
    print(f"| {name} | {median:.1f} | {median / base:.2f}x |")
PY
