#!/usr/bin/env python3
"""Runs JS programs under thaw and under node and compares them byte for byte.

Each tests/differential/cases/NAME.js is run as `thaw NAME.js` and
`node NAME.js`; stdout and the exit code must be identical. stderr is not
compared (stack frames name each runtime's internals) but a program may
require text in it. Directives in a case's leading `//` comments:

  // stdin: NAME.stdin     feed that file (in cases/) as stdin
  // pipe-to: head -n 1    pipe stdout into this command; compare its output
  // expect-stderr: TEXT   thaw's stderr must contain TEXT
  // not-differential: WHY Node does not define the behaviour (or gets it
                           wrong); compare with recorded/NAME.out and
                           recorded/NAME.code, written by hand

Where node is not installed, the runner says so and compares with the
outputs recorded from node by `run_differential.py --record`, which stores
them in recorded/ with the node version they came from.

Usage: run_differential.py THAW [--record] [CASE ...]
"""
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile

HERE = pathlib.Path(__file__).resolve().parent
CASES = HERE / "cases"
RECORDED = HERE / "recorded"
TIMEOUT_SECONDS = 30


def directives(path):
    found = {}
    for line in path.read_text().splitlines():
        if not line.startswith("//"):
            break
        key, _, value = line[2:].strip().partition(":")
        if value:
            found.setdefault(key.strip(), []).append(value.strip())
    return found


def run(runtime, case, found, workdir):
    stdin = subprocess.DEVNULL
    if "stdin" in found:
        stdin = open(CASES / found["stdin"][0], "rb")
    command = [runtime, str(case)]
    try:
        if "pipe-to" in found:
            producer = subprocess.Popen(command, stdin=stdin, stdout=subprocess.PIPE,
                                        stderr=subprocess.PIPE, cwd=workdir)
            consumer = subprocess.run(found["pipe-to"][0], shell=True,
                                      stdin=producer.stdout, capture_output=True,
                                      timeout=TIMEOUT_SECONDS)
            producer.stdout.close()
            stderr = producer.stderr.read()
            code = producer.wait(timeout=TIMEOUT_SECONDS)
            return consumer.stdout, stderr, code
        result = subprocess.run(command, stdin=stdin, capture_output=True,
                                timeout=TIMEOUT_SECONDS, cwd=workdir)
        return result.stdout, result.stderr, result.returncode
    finally:
        if stdin is not subprocess.DEVNULL:
            stdin.close()


def describe(stdout, code):
    text = stdout.decode("utf-8", "replace")
    if len(text) > 2000:
        text = text[:2000] + f"... ({len(stdout)} bytes)"
    return f"exit code {code}, stdout:\n{text}"


def main():
    args = sys.argv[1:]
    if not args:
        sys.exit(__doc__)
    thaw = os.path.abspath(args.pop(0))
    record = "--record" in args
    names = [a for a in args if a != "--record"]
    cases = sorted([*CASES.glob("*.js"), *CASES.glob("*.mjs")])
    if names:
        cases = [c for c in cases if c.stem in names]
    node = shutil.which("node")
    node_version = None
    if node:
        node_version = subprocess.run([node, "--version"], capture_output=True,
                                      text=True).stdout.strip()
        print(f"comparing thaw with {node} {node_version}")
    else:
        print("node is not installed: comparing thaw with the outputs recorded "
              f"from node in {RECORDED} (versions in recorded/NODE_VERSION)")
    if record and not node:
        sys.exit("--record needs node")

    # With the node the recordings came from, node's own output must still
    # match them: a difference means the case's fixtures are missing or
    # changed (a clean checkout without them would otherwise compare two
    # identical failures and pass).
    recorded_version_file = RECORDED / "NODE_VERSION"
    check_recordings = (node is not None and not record and recorded_version_file.exists() and
                        recorded_version_file.read_text().strip() == node_version)

    failures = []
    with tempfile.TemporaryDirectory() as workdir:
        for case in cases:
            found = directives(case)
            differential = "not-differential" not in found
            thaw_out, thaw_err, thaw_code = run(thaw, case, found, workdir)
            recorded_out = RECORDED / (case.stem + ".out")
            recorded_code = RECORDED / (case.stem + ".code")
            if record:
                # Expectations of non-differential cases are written by hand:
                # recording thaw's own output would make them circular.
                if differential:
                    node_out, _, node_code = run(node, case, found, workdir)
                    recorded_out.write_bytes(node_out)
                    recorded_code.write_text(f"{node_code}\n")
                continue
            if differential and node:
                reference = run(node, case, found, workdir)
                expected_out, expected_code = reference[0], reference[2]
                source = f"node {node_version}"
                if check_recordings and recorded_out.exists() and (
                        expected_out != recorded_out.read_bytes() or
                        expected_code != int(recorded_code.read_text())):
                    failures.append(
                        f"{case.stem}: node's own output differs from its recording "
                        f"(fixtures missing or changed? re-record with --record)\n"
                        f"node: {describe(expected_out, expected_code)}")
                    continue
            else:
                if not recorded_out.exists():
                    failures.append(f"{case.stem}: no recorded output; run with --record")
                    continue
                expected_out = recorded_out.read_bytes()
                expected_code = int(recorded_code.read_text())
                source = "the recorded output" if differential else \
                    f"the expected output ({found['not-differential'][0]})"
            problems = []
            if (thaw_out, thaw_code) != (expected_out, expected_code):
                problems.append(f"thaw: {describe(thaw_out, thaw_code)}\n"
                                f"{source}: {describe(expected_out, expected_code)}")
            for text in found.get("expect-stderr", []):
                if text.encode() not in thaw_err:
                    problems.append(f"thaw's stderr lacks {text!r}; it was:\n"
                                    f"{thaw_err.decode('utf-8', 'replace')}")
            if thaw_code < 0 or thaw_code > 128:
                problems.append(f"thaw died from a signal (exit code {thaw_code})")
            if problems:
                failures.append(f"{case.stem}:\n" + "\n".join(problems))
            else:
                print(f"ok   {case.stem}")
    if record:
        (RECORDED / "NODE_VERSION").write_text(f"{node_version}\n")
        print(f"recorded {len(cases)} cases from node {node_version}")
        return
    for failure in failures:
        print(f"FAIL {failure}\n")
    print(f"{len(cases) - len(failures)} of {len(cases)} cases match")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
