#!/usr/bin/env bash
# Tests tools/libnode_symbolic on a small library (demo_lib.cc) that has every
# kind of dynamic relocation: the rewritten copies must compute exactly what
# the originals compute, with and without lazy binding; the report must say
# what was converted and kept; check_binary.py must accept demo_main and
# refuse demo_interposer; the tool must refuse what it does not handle.
set -euo pipefail

tool=$1 checker=$2 audit=$3 demo_main=$4 demo_interposer=$5
orig_now=$6 orig_lazy=$7 bsymbolic=$8
sym_now=$9 report_now=${10} sym_lazy=${11} report_lazy=${12}

tmp=${TEST_TMPDIR:-$(mktemp -d)}
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
pass() { echo "ok:   $*"; }

expected="add=5 mul=6 table=9,20 pointer=3 counter=1 tls=42 inline=15 internal=105"
expected+=" unique=8 interposable=library len=4"

# One folder per copy, each holding it as libdemo.so (its SONAME), so that
# LD_LIBRARY_PATH (searched before RUNPATH) picks the copy.
for copy in orig_now orig_lazy sym_now sym_lazy; do
  mkdir -p "$tmp/$copy"
  cp "${!copy}" "$tmp/$copy/libdemo.so"
done

# The -z lazy build must really be lazy, and the -z now one not.
if readelf -d "$orig_lazy" | grep -q 'BIND_NOW\|Flags: NOW'; then
  fail "libdemo_lazy.so is linked with BIND_NOW; the lazy path is not tested"
fi
readelf -d "$orig_now" | grep -q 'BIND_NOW' || fail "libdemo_now.so is not BIND_NOW"

# --- Same results from every copy, every binding mode ----------------------
for copy in orig_now orig_lazy sym_now sym_lazy; do
  for mode in plain bind_now audit; do
    env=(env "LD_LIBRARY_PATH=$tmp/$copy")
    case $mode in
      bind_now) env+=(LD_BIND_NOW=1) ;;
      audit) env+=("LD_AUDIT=$PWD/$audit") ;;
    esac
    if out=$("${env[@]}" "$demo_main" 2>&1) && [[ $out == "$expected" ]]; then
      pass "demo_main with $copy, $mode"
    else
      fail "demo_main with $copy, $mode printed: $out"
    fi
  done
done

# Under LD_AUDIT the -z now copies really are relocated lazily.
reloc_log=$(LD_DEBUG=reloc LD_AUDIT="$PWD/$audit" LD_LIBRARY_PATH="$tmp/sym_now" "$demo_main" 2>&1)
if grep -q "relocation processing: .*/sym_now/libdemo.so (lazy)" <<<"$reloc_log"; then
  pass "LD_AUDIT makes glibc process libdemo.so lazily"
else
  fail "LD_AUDIT did not make glibc process libdemo.so lazily"
fi

# --- The interposition the checker exists for --------------------------------
out=$(LD_LIBRARY_PATH="$tmp/orig_now" "$demo_interposer")
[[ $out == *"interposable=executable"* ]] && pass "original: the executable's definition wins" ||
  fail "original library with demo_interposer printed: $out"
out=$(LD_LIBRARY_PATH="$tmp/sym_now" "$demo_interposer")
[[ $out == *"interposable=library"* ]] && pass "rewritten: the library's own definition wins" ||
  fail "rewritten library with demo_interposer printed: $out"

if python3 "$checker" --report "$report_now" --require-first "$demo_main" >"$tmp/check_ok.txt" 2>&1; then
  pass "check_binary.py accepts demo_main"
else
  fail "check_binary.py refused demo_main: $(cat "$tmp/check_ok.txt")"
fi
if python3 "$checker" --report "$report_now" "$demo_interposer" >"$tmp/check_bad.txt" 2>&1; then
  fail "check_binary.py accepted demo_interposer"
elif grep -q "FAIL .*definition of demo_interposable.*would interpose" "$tmp/check_bad.txt"; then
  pass "check_binary.py refuses demo_interposer, naming demo_interposable"
else
  fail "check_binary.py refused demo_interposer for another reason: $(cat "$tmp/check_bad.txt")"
fi
if python3 "$checker" --report "$report_now" --mode original "$demo_main" >/dev/null 2>&1; then
  fail "check_binary.py --mode original accepted a binary that loads the rewritten copy"
else
  pass "check_binary.py --mode original notices the rewritten copy"
fi

# --- The report and the relocation tables ------------------------------------
for report in "$report_now" "$report_lazy"; do
  if python3 - "$report" <<'PY'; then
import json, sys
r = json.load(open(sys.argv[1]))
conv = set(r["converted_symbols"])
problems = []
for t in ("R_X86_64_64", "R_X86_64_GLOB_DAT", "R_X86_64_JUMP_SLOT"):
    if not r["converted_by_type"].get(t):
        problems.append("no %s converted" % t)
for name in ("demo_add", "demo_mul", "demo_counter", "demo_array", "demo_interposable",
             "_ZN2v88internal13demo_internalEi"):
    if name not in conv:
        problems.append("%s not converted" % name)
for name in ("_Z11demo_inlinei", "_ZZ11demo_uniquevE5value", "demo_tls"):
    if name in conv:
        problems.append("%s converted" % name)
kept = r["kept_defined_symbols"]
if "_Z11demo_inlinei" not in kept.get("weak definition a program could also emit", []):
    problems.append("weak demo_inline not kept as weak")
if "_ZZ11demo_uniquevE5value" not in kept.get("STB_GNU_UNIQUE", []):
    problems.append("GNU_UNIQUE static local not kept")
if r["output"]["relocations"].get("R_X86_64_RELATIVE", 0) != r["output"]["relacount"]:
    problems.append("DT_RELACOUNT does not cover every RELATIVE relocation")
if problems:
    print("; ".join(problems))
    sys.exit(1)
PY
    pass "report $(basename "$(dirname "$report")"): converted and kept as expected"
  else
    fail "report $report"
  fi
done

# After the rewrite .rela.plt holds only JUMP_SLOTs, none of them against a
# converted symbol (demo_inline is weak and kept; snprintf is libc's).
for lib in "$sym_now" "$sym_lazy"; do
  plt=$(readelf -rW "$lib" | awk '/^Relocation section .\.rela\.plt/{p=1; next} /^Relocation section/{p=0} p && /R_X86_64/')
  if [[ -n $plt ]] && ! grep -qv 'R_X86_64_JUMP_SLOT' <<<"$plt" &&
      ! grep -qE 'demo_(add|mul|run|interposable)' <<<"$plt" && grep -q 'snprintf' <<<"$plt"; then
    pass "$(basename "$(dirname "$lib")"): .rela.plt holds only JUMP_SLOTs that were kept"
  else
    fail "$lib .rela.plt: $plt"
  fi
done

# Rewriting a rewritten library changes nothing.
if python3 "$tool" --input "$sym_now" --output "$tmp/again.so" 2>/dev/null &&
    cmp -s "$sym_now" "$tmp/again.so"; then
  pass "the rewrite is idempotent"
else
  fail "rewriting the rewritten library changed it"
fi

# The loader does fewer symbol lookups.
lookups() {
  LD_DEBUG=statistics LD_LIBRARY_PATH="$1" "$demo_main" 2>&1 >/dev/null |
    sed -n 's/.*number of relocations: *\([0-9]*\).*/\1/p' | head -1
}
before=$(lookups "$tmp/orig_now") after=$(lookups "$tmp/sym_now")
if [[ -n $before && -n $after ]] && ((after < before)); then
  pass "LD_DEBUG=statistics relocations: $before -> $after"
else
  fail "LD_DEBUG=statistics relocations did not drop: '$before' -> '$after'"
fi

# --- What the tool must refuse, without writing anything ----------------------
refuse() {
  local what=$1 input=$2 pattern=$3 out="$tmp/refused.so"
  rm -f "$out"
  if python3 "$tool" --input "$input" --output "$out" >"$tmp/refuse.txt" 2>&1; then
    fail "the tool accepted $what"
  elif [[ -e $out ]]; then
    fail "the tool wrote an output for $what"
  elif grep -q "libnode_symbolic: error: .*$pattern" "$tmp/refuse.txt"; then
    pass "refuses $what"
  else
    fail "refusing $what, said: $(cat "$tmp/refuse.txt")"
  fi
}
echo "not an ELF file" >"$tmp/text.so"
refuse "a text file" "$tmp/text.so" "not an ELF file"
refuse "an executable" "$demo_main" "is an executable"
refuse "a -Bsymbolic library" "$bsymbolic" "already linked -Bsymbolic"
cp "$orig_now" "$tmp/machine.so"
printf '\x03\x00' | dd of="$tmp/machine.so" bs=1 seek=18 conv=notrunc status=none
refuse "another machine (EM_386)" "$tmp/machine.so" "not EM_X86_64"
head -c 3000 "$orig_now" >"$tmp/truncated.so"
refuse "a truncated library" "$tmp/truncated.so" "truncated\|not backed\|beyond\|PT_DYNAMIC\|missing"
# A GOT slot of .rela.plt that does not point back at its lazy PLT stub.
python3 - "$orig_now" "$tmp/badplt.so" <<'PY'
import struct, subprocess, sys
data = bytearray(open(sys.argv[1], "rb").read())
out = subprocess.run(["readelf", "-rW", sys.argv[1]], stdout=subprocess.PIPE,
                     universal_newlines=True).stdout
slot = next(int(l.split()[0], 16) for l in out.splitlines() if "R_X86_64_JUMP_SLOT" in l)
# The slot lies in the last (RW) PT_LOAD; find its file offset there.
(phoff,) = struct.unpack_from("<Q", data, 32)  # e_phoff
(phnum,) = struct.unpack_from("<H", data, 56)  # e_phnum
for i in range(phnum):
    t, _f, off, va, _pa, fsz = struct.unpack_from("<IIQQQQ", data, phoff + 56 * i)
    if t == 1 and va <= slot < va + fsz:
        struct.pack_into("<Q", data, off + slot - va, 0x1234)
open(sys.argv[2], "wb").write(data)
PY
refuse "a GOT slot that is not a lazy PLT stub" "$tmp/badplt.so" "not a lazy PLT stub"

if ((failures)); then
  echo "$failures check(s) failed"
  exit 1
fi
echo "all checks passed"
