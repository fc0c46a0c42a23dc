#!/usr/bin/env bash
# Tests tools/libnode_symbolic --drop-needed on libdemo_drop.so, which needs
# libdemo_dep.so (versioned names, a PLT call, a function pointer, a weak
# reference): the rewritten copy no longer lists or loads libdemo_dep.so, a
# program that does not call into it runs, a call into it stops the process
# in abort (under eager and lazy binding), check_binary.py accepts the
# program, and a reference to a variable of the dropped library is refused.
# With --program-provides demo_dep_value, that one function is left for the
# program to define: a program that does is bound to its own definition, one
# that does not fails to load (and check_binary.py refuses it).
set -euo pipefail

tool=$1 checker=$2 audit=$3 main=$4 dep=$5 orig_now=$6 orig_lazy=$7
data_lib=$8 dropped_now=$9 report=${10} dropped_lazy=${11}
provide_main=${12} provided_now=${13} provided_report=${14} provided_lazy=${15}

tmp=${TEST_TMPDIR:-$(mktemp -d)}
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
pass() { echo "ok:   $*"; }

for copy in orig_now orig_lazy dropped_now dropped_lazy provided_now provided_lazy; do
  mkdir -p "$tmp/$copy"
  cp "${!copy}" "$tmp/$copy/libdemo_drop.so"
done
cp "$dep" "$tmp/orig_now/" && cp "$dep" "$tmp/orig_lazy/"

# The originals need libdemo_dep.so, with a version need; the copies not.
for copy in orig_now dropped_now dropped_lazy; do
  lib="$tmp/$copy/libdemo_drop.so"
  needed=$(readelf -d "$lib" | grep -c 'NEEDED.*libdemo_dep.so' || true)
  verneed=$(readelf -V "$lib" | grep -c 'File: libdemo_dep.so' || true)
  want=0
  [[ $copy == orig_now ]] && want=1
  if [[ $needed == "$want" && $verneed == "$want" ]]; then
    pass "$copy: libdemo_dep.so in DT_NEEDED and version needs: $want"
  else
    fail "$copy: DT_NEEDED count $needed, version need count $verneed, expected $want"
  fi
done

run() {  # copy, binding, argument [, program] -> "exit status: output"
  local env=(env "LD_LIBRARY_PATH=$tmp/$1") out status=0
  case $2 in
    bind_now) env+=(LD_BIND_NOW=1) ;;
    audit) env+=("LD_AUDIT=$PWD/$audit") ;;
  esac
  out=$("${env[@]}" "${4:-$main}" "$3" 2>/dev/null) || status=$?
  echo "$status: $out"
}

for mode in plain bind_now audit; do
  for copy in orig_now orig_lazy; do
    got=$(run "$copy" "$mode" none)
    [[ $got == "0: value=0 weak=present" ]] && pass "$copy $mode: runs" ||
      fail "$copy $mode none: $got"
    got=$(run "$copy" "$mode" call)
    [[ $got == "0: value=7 weak=present" ]] && pass "$copy $mode: calls libdemo_dep" ||
      fail "$copy $mode call: $got"
  done
  for copy in dropped_now dropped_lazy; do
    # Without the library the weak reference is null, as the loader makes
    # any weak reference nothing defines.
    got=$(run "$copy" "$mode" none)
    [[ $got == "0: value=0 weak=absent" ]] && pass "$copy $mode: runs without libdemo_dep" ||
      fail "$copy $mode none: $got"
    for what in call pointer; do
      got=$(run "$copy" "$mode" "$what")
      [[ $got == "134: " ]] && pass "$copy $mode: a $what into the dropped library aborts" ||
        fail "$copy $mode $what: $got (expected SIGABRT, 134)"
    done
  done
done

# --program-provides: the provided function is the program's, the others
# still abort; a program without it does not start.
for mode in plain bind_now audit; do
  for copy in provided_now provided_lazy; do
    got=$(run "$copy" "$mode" call "$provide_main")
    [[ $got == "0: value=42 weak=absent" ]] &&
      pass "$copy $mode: the call goes to the program's demo_dep_value" ||
      fail "$copy $mode call with the program's stand-in: $got"
    got=$(run "$copy" "$mode" pointer "$provide_main")
    [[ $got == "134: " ]] && pass "$copy $mode: a function not provided still aborts" ||
      fail "$copy $mode pointer: $got (expected SIGABRT, 134)"
    got=$(run "$copy" "$mode" call "$main")
    [[ $got == "127: " ]] && pass "$copy $mode: a program without the stand-in does not start" ||
      fail "$copy $mode call without the stand-in: $got (expected the loader's 127)"
  done
done
if python3 "$checker" --report "$provided_report" --require-first "$provide_main" \
    >"$tmp/check.txt" 2>&1; then
  pass "check_binary.py accepts demo_provide_main"
else
  fail "check_binary.py on demo_provide_main: $(cat "$tmp/check.txt")"
fi
if python3 "$checker" --report "$provided_report" "$main" >"$tmp/check.txt" 2>&1; then
  fail "check_binary.py accepted a program without the stand-in"
elif grep -q "does not export demo_dep_value" "$tmp/check.txt"; then
  pass "check_binary.py refuses a program without the stand-in"
else
  fail "check_binary.py on a program without the stand-in said: $(cat "$tmp/check.txt")"
fi
if python3 - "$provided_report" <<'PY'; then
import json, sys
r = json.load(open(sys.argv[1]))
if (r["provided_by_program"] != {"demo_dep_value": "libdemo_dep.so"} or
        r["redirected_symbols"] != {"demo_dep_callback": "libdemo_dep.so"}):
    print(r["provided_by_program"], r["redirected_symbols"])
    sys.exit(1)
PY
  pass "the report lists the provided function apart from the redirected one"
else
  fail "report $provided_report"
fi
if readelf -d "$provided_now" | grep -q 'NEEDED.*libdemo_dep.so'; then
  fail "the --program-provides copy still needs libdemo_dep.so"
fi
for bad in "demo_dep_data:not a function" "demo_dep_weak:refers to it weakly" \
    "no_such_function:not a function"; do
  name=${bad%%:*} said=${bad#*:}
  rm -f "$tmp/bad.so"
  if python3 "$tool" --input "$orig_now" --output "$tmp/bad.so" --drop-needed "$dep" \
      --program-provides "$name" >"$tmp/bad.txt" 2>&1; then
    fail "the tool accepted --program-provides $name"
  elif [[ -e $tmp/bad.so ]] || ! grep -q "$said" "$tmp/bad.txt"; then
    fail "refusing --program-provides $name, said: $(cat "$tmp/bad.txt")"
  else
    pass "refuses --program-provides $name ($said)"
  fi
done

if LD_DEBUG=files LD_LIBRARY_PATH="$tmp/dropped_now" "$main" none 2>&1 | grep -q 'file=libdemo_dep'; then
  fail "the program still loads libdemo_dep.so"
else
  pass "LD_DEBUG=files: libdemo_dep.so is not loaded"
fi

if python3 "$checker" --report "$report" --require-first "$main" >"$tmp/check.txt" 2>&1; then
  pass "check_binary.py accepts demo_drop_main"
else
  fail "check_binary.py: $(cat "$tmp/check.txt")"
fi

if python3 - "$report" <<'PY'; then
import json, sys
r = json.load(open(sys.argv[1]))
problems = []
if r["dropped_needed"] != ["libdemo_dep.so"]:
    problems.append("dropped_needed %r" % r["dropped_needed"])
if r["redirected_symbols"] != {"demo_dep_callback": "libdemo_dep.so",
                               "demo_dep_value": "libdemo_dep.so"}:
    problems.append("redirected_symbols %r" % r["redirected_symbols"])
if set(r["redirected_by_type"]) != {"R_X86_64_64", "R_X86_64_JUMP_SLOT"}:
    problems.append("redirected_by_type %r" % r["redirected_by_type"])
if r["weak_references_to_dropped"] != {"demo_dep_weak": "libdemo_dep.so"}:
    problems.append("weak references %r" % r["weak_references_to_dropped"])
if r["trap"]["symbol"] != "abort" or not r["trap"]["plt_stub"]:
    problems.append("trap %r" % r["trap"])
if problems:
    print("; ".join(problems))
    sys.exit(1)
PY
  pass "the report lists the dropped library and every redirected function"
else
  fail "report $report"
fi

# Rewriting the rewritten copy changes nothing.
if python3 "$tool" --input "$dropped_now" --output "$tmp/again.so" --drop-needed "$dep" \
    2>/dev/null && cmp -s "$dropped_now" "$tmp/again.so"; then
  pass "the rewrite is idempotent"
else
  fail "rewriting the rewritten library changed it"
fi

# A variable of the dropped library cannot be redirected: refused.
rm -f "$tmp/data.so"
if python3 "$tool" --input "$data_lib" --output "$tmp/data.so" --drop-needed "$dep" \
    >"$tmp/data.txt" 2>&1; then
  fail "the tool accepted a reference to a variable of a dropped library"
elif [[ -e $tmp/data.so ]]; then
  fail "the tool wrote an output for a reference to a dropped variable"
elif grep -q "demo_dep_data, a data object" "$tmp/data.txt"; then
  pass "refuses a reference to a variable of a dropped library"
else
  fail "refusing a dropped variable, said: $(cat "$tmp/data.txt")"
fi
# A library without a PLT entry for the trap function: refused.
if python3 "$tool" --input "$orig_now" --output "$tmp/trap.so" --drop-needed "$dep" \
    --trap-symbol no_such_function >"$tmp/trap.txt" 2>&1; then
  fail "the tool accepted a trap function the library does not import"
elif grep -q "trap-symbol no_such_function" "$tmp/trap.txt"; then
  pass "refuses a trap function without a PLT entry"
else
  fail "refusing a missing trap function, said: $(cat "$tmp/trap.txt")"
fi

if ((failures)); then
  echo "$failures check(s) failed"
  exit 1
fi
echo "all checks passed"
