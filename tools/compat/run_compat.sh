#!/bin/bash
# Runs each program in tools/compat/cases under node and under thaw (as a
# script, as an app snapshot, as a `thaw compile` executable) and compares
# stdout and exit code with node's. The npm packages (pinned in
# package.json) are installed into WORKDIR, outside the repository; nothing
# from them is ever committed. Results: one line per case, as in
# docs/COMPATIBILITY.md; each run's files stay in WORKDIR/out/NAME.
#
# usage: tools/compat/run_compat.sh THAW [WORKDIR] [CASE ...]
set -u
THAW=$(realpath "$1")
WORK=${2:-/tmp/thaw-compat}
shift $(( $# >= 2 ? 2 : 1 ))
HERE=$(cd "$(dirname "$0")" && pwd)

mkdir -p "$WORK"
cp -r "$HERE/cases" "$HERE/lib" "$HERE/package.json" "$HERE/package-lock.json" "$WORK/"
cd "$WORK"
if [ ! -d node_modules ]; then
  npm ci --no-audit --no-fund --ignore-scripts >/dev/null || { echo "npm install failed"; exit 1; }
fi
# A small tree for the glob packages.
rm -rf tree && mkdir -p tree/a/b tree/c &&
  touch tree/a/x.js tree/a/b/y.js tree/c/z.txt tree/.hidden.js tree/top.js &&
  echo 'a/b' > tree/.gitignore
export TZ=UTC

# Same stdout and exit code as node: ok; a non-zero exit code node did not
# have: fails; otherwise differs.
verdict() {
  local o=$1 kind=$2
  if cmp -s "$o/node.out" "$o/$kind.out" && cmp -s "$o/node.rc" "$o/$kind.rc"; then
    echo ok
  elif [ "$(cat "$o/$kind.rc")" != "$(cat "$o/node.rc")" ] && [ "$(cat "$o/$kind.rc")" != 0 ]; then
    echo fails
  else
    echo differs
  fi
}

run_case() {
  local file=$1; shift
  local name=${file%.*} o="$WORK/out/${file%.*}"
  rm -rf "$o" && mkdir -p "$o/bin"
  node "cases/$file" "$@" >"$o/node.out" 2>"$o/node.err"; echo $? >"$o/node.rc"
  timeout 60 "$THAW" "cases/$file" "$@" >"$o/script.out" 2>"$o/script.err"; echo $? >"$o/script.rc"
  local script snapshot compile
  script=$(verdict "$o" script)
  if timeout 120 "$THAW" snapshot "cases/$file" -o "$o/app.snap" >"$o/snapbuild.out" 2>"$o/snapbuild.err"; then
    timeout 60 "$THAW" run --snapshot "$o/app.snap" "$@" >"$o/snapshot.out" 2>"$o/snapshot.err"
    echo $? >"$o/snapshot.rc"
    snapshot=$(verdict "$o" snapshot)
  else
    snapshot="fails (build)"
  fi
  if timeout 120 "$THAW" compile "cases/$file" -o "$o/bin/app" >"$o/compbuild.out" 2>"$o/compbuild.err"; then
    timeout 60 "$o/bin/app" "$@" >"$o/compile.out" 2>"$o/compile.err"; echo $? >"$o/compile.rc"
    compile=$(verdict "$o" compile)
  else
    compile="fails (build)"
  fi
  echo "$name: script $script, snapshot $snapshot, compile $compile"
}

cases=("$@")
[ ${#cases[@]} -eq 0 ] && cases=($(cd cases && ls))
for file in "${cases[@]}"; do
  case $file in
    commander.js) run_case "$file" greet bob x y --shout -v -n 5 ;;
    yargs.js) run_case "$file" serve 8080 -v --tags a b ;;
    minimist.js) run_case "$file" -x --name foo -n bar pos1 --y=2 ;;
    *) run_case "$file" ;;
  esac
done
