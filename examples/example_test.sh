#!/usr/bin/env bash
# Runs an example app every way thaw can build it and compares each with Node
# running the same script: stdout byte for byte and the exit code.
#
#   example_test.sh --thaw THAW --app APP --blob BLOB --entry ENTRY \
#       --case 'ARG...' [--case ...]
#
# APP is the thaw_app_binary, BLOB its thaw_snapshot's blob (run with
# `thaw run --snapshot`), ENTRY the entry in the snapshot's staged tree
# (output group app_tree), which `node` runs and `thaw compile` compiles
# here. A case is its arguments separated by spaces; a word `<FILE` gives the
# app FILE as standard input instead of an argument. Node must exit with 0,
# or, for a case that starts with "!", with anything else.
set -u

thaw="" app="" blob="" entry="" cases=()
while (($#)); do
  case "$1" in
    --thaw) thaw=$2 ;;
    --app) app=$2 ;;
    --blob) blob=$2 ;;
    --entry) entry=$2 ;;
    --case) cases+=("$2") ;;
    *) echo "example_test: unknown argument $1" >&2; exit 2 ;;
  esac
  shift 2
done
for f in "$thaw" "$app" "$blob" "$entry"; do
  [[ -f "$f" ]] || { echo "example_test: $f does not exist" >&2; exit 2; }
done
if ! command -v node >/dev/null; then
  echo "example_test: node is not on PATH; the examples are compared with Node" >&2
  exit 1
fi

work="${TEST_TMPDIR:-$(mktemp -d)}/example_test"
rm -rf "$work"
mkdir -p "$work/compiled"
if ! "$thaw" compile "$entry" -o "$work/compiled/app" >"$work/compile.log" 2>&1; then
  echo "FAIL: thaw compile $entry:" >&2
  cat "$work/compile.log" >&2
  exit 1
fi

# run NAME CASE CMD...: runs CMD with the case's arguments and standard
# input; leaves NAME.out, NAME.err and NAME.code in $work.
run() {
  local name=$1 words=($2) stdin=/dev/null args=()
  shift 2
  for word in "${words[@]}"; do
    if [[ "$word" == "<"* ]]; then stdin=${word#<}; else args+=("$word"); fi
  done
  "$@" "${args[@]}" <"$stdin" >"$work/$name.out" 2>"$work/$name.err"
  echo $? >"$work/$name.code"
}

checks=0 failures=0
for c in "${cases[@]}"; do
  # So that a broken setup cannot pass by failing alike everywhere, node
  # must succeed unless the case starts with "!" (then it must fail).
  expect_ok=1
  [[ "$c" == "!"* ]] && expect_ok=0 c=${c#!}
  run node "$c" node "$entry"
  checks=$((checks + 1))
  if (( ($(cat "$work/node.code") == 0) != expect_ok )); then
    failures=$((failures + 1))
    echo "FAIL [$c]: node exited with $(cat "$work/node.code"):" >&2
    head -c 2000 "$work/node.err" >&2
    continue
  fi
  run app "$c" "$app"
  run snapshot "$c" "$thaw" run --snapshot "$blob"
  run compiled "$c" "$work/compiled/app"
  for way in app snapshot compiled; do
    checks=$((checks + 1))
    if ! cmp -s "$work/node.out" "$work/$way.out" ||
       [[ "$(cat "$work/node.code")" != "$(cat "$work/$way.code")" ]]; then
      failures=$((failures + 1))
      echo "FAIL [$c]: $way differs from node" >&2
      echo "  exit code: node $(cat "$work/node.code"), $way $(cat "$work/$way.code")" >&2
      diff <(head -c 4000 "$work/node.out") <(head -c 4000 "$work/$way.out") | head -20 >&2
      echo "  $way's stderr:" >&2
      head -c 2000 "$work/$way.err" >&2
    fi
  done
done
echo "$checks checks (node as expected; app binary, thaw run --snapshot, thaw compile vs node), $failures failed"
((failures == 0))
