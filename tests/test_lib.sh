# Shared helpers for thaw's end-to-end shell tests. Source it; it sets -u.
set -u

failures=0
checks=0

# run_cmd CMD...: runs CMD, leaving its stdout in $out, stderr in $err and
# exit code in $code.
run_cmd() {
  local out_file err_file
  out_file=$(mktemp)
  err_file=$(mktemp)
  "$@" >"$out_file" 2>"$err_file"
  code=$?
  out=$(cat "$out_file")
  err=$(cat "$err_file")
  rm -f "$out_file" "$err_file"
}

fail() {
  failures=$((failures + 1))
  echo "FAIL: $*" >&2
  echo "  exit code: $code" >&2
  echo "  stdout: $out" >&2
  echo "  stderr: $err" >&2
}

expect_code() {
  checks=$((checks + 1))
  [[ "$code" == "$1" ]] || fail "$2: expected exit code $1"
}

expect_out() {
  checks=$((checks + 1))
  [[ "$out" == "$1" ]] || fail "$2: expected stdout '$1'"
}

expect_err_contains() {
  checks=$((checks + 1))
  [[ "$err" == *"$1"* ]] || fail "$2: expected stderr to contain '$1'"
}

expect_out_contains() {
  checks=$((checks + 1))
  [[ "$out" == *"$1"* ]] || fail "$2: expected stdout to contain '$1'"
}

finish() {
  echo "$checks checks, $failures failed"
  [[ $failures == 0 ]]
}
