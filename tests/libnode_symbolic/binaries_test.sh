#!/usr/bin/env bash
# Checks the programs that load libnode.so.108 (see BUILD.bazel): the copy
# each loads is the one this build chose, libnode is the first library it
# loads, the executable has no copy relocation of a libnode symbol and
# defines none of the converted ones (check_binary.py). Then runs thaw with
# lazy PLT binding forced by an LD_AUDIT module and with LD_BIND_NOW, the two
# loader paths a relocation rewrite could break.
set -euo pipefail

mode=$1 checker=$2 report=$3 audit=$4 thaw=$5
shift 5

python3 "$checker" --report "$report" --mode "$mode" --require-first "$@"

expected="hello 42"
for how in plain bind_now audit; do
  env=(env)
  case $how in
    bind_now) env+=(LD_BIND_NOW=1) ;;
    audit) env+=("LD_AUDIT=$PWD/$audit") ;;
  esac
  out=$("${env[@]}" "$thaw" eval 'console.log("hello", 6 * 7)' 2>&1) || {
    echo "FAIL thaw ($how) exited $?: $out"
    exit 1
  }
  if [[ $out != "$expected" ]]; then
    echo "FAIL thaw ($how) printed: $out"
    exit 1
  fi
  echo "ok   thaw runs ($how)"
done

# The loader's own count of symbol lookups at start-up, for the log.
LD_DEBUG=statistics "$thaw" eval '0' 2>&1 >/dev/null | grep -E 'number of relocations|total startup time' || true
