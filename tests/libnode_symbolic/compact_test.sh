#!/usr/bin/env bash
# Tests tools/libnode_symbolic --order-dynstr and --pack-relr on the small
# library with every kind of relocation (demo_lib.cc), linked -z now and
# -z lazy: the copies with .dynstr reordered compute what the originals
# compute under every binding mode. DT_RELR needs room for one more version
# need and its name, which dropping a library makes (as for libnode), so it
# is tested on libdemo_drop.so with --drop-needed libdemo_dep.so: the packed
# copy runs, and a call through a packed pointer still reaches the trap; it
# has DT_RELR and the GLIBC_ABI_DT_RELR version need glibc requires (and
# without that need glibc refuses it). The names the loader reads come first
# in .dynstr; RELR encoding round-trips.
set -euo pipefail

tool=$1 audit=$2 demo_main=$3 orig_now=$4 orig_lazy=$5
drop_main=$6 dep=$7 drop_now=$8 drop_lazy=$9
tool_dir=$(dirname "$(readlink -f "$tool")")

tmp=${TEST_TMPDIR:-$(mktemp -d)}
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
pass() { echo "ok:   $*"; }

expected="add=5 mul=6 table=9,20 pointer=3 counter=1 tls=42 inline=15 internal=105"
expected+=" unique=8 interposable=library len=4"

run_in() {  # folder, binding, program [argument] -> "exit status: output"
  local env=(env "LD_LIBRARY_PATH=$1") out status=0
  case $2 in
    bind_now) env+=(LD_BIND_NOW=1) ;;
    audit) env+=("LD_AUDIT=$PWD/$audit") ;;
  esac
  out=$("${env[@]}" "$3" ${4:+"$4"} 2>/dev/null) || status=$?
  echo "$status: $out"
}

for link in now lazy; do
  orig=orig_$link drop=drop_$link
  mkdir -p "$tmp/dynstr_$link" "$tmp/relr_$link"
  if ! python3 "$tool" --input "${!orig}" --output "$tmp/dynstr_$link/libdemo.so" \
      --report "$tmp/dynstr_$link/report.json" --order-dynstr >"$tmp/tool.txt" 2>&1; then
    fail "--order-dynstr refused ${!orig}: $(cat "$tmp/tool.txt")"
  fi
  if ! python3 "$tool" --input "${!drop}" --output "$tmp/relr_$link/libdemo_drop.so" \
      --report "$tmp/relr_$link/report.json" --drop-needed "$dep" --order-dynstr \
      --pack-relr >"$tmp/tool.txt" 2>&1; then
    fail "--pack-relr refused ${!drop}: $(cat "$tmp/tool.txt")"
  fi
  for mode in plain bind_now audit; do
    got=$(run_in "$tmp/dynstr_$link" "$mode" "$demo_main")
    [[ $got == "0: $expected" ]] && pass "demo_main with dynstr_$link, $mode" ||
      fail "demo_main with dynstr_$link, $mode: $got"
    got=$(run_in "$tmp/relr_$link" "$mode" "$drop_main" none)
    [[ $got == "0: value=0 weak=absent" ]] && pass "demo_drop_main with relr_$link, $mode" ||
      fail "demo_drop_main with relr_$link, $mode: $got"
    # The function pointer now sits in RELR with its addend in place: it
    # must still lead to the trap (a wrong addend would crash elsewhere).
    got=$(run_in "$tmp/relr_$link" "$mode" "$drop_main" pointer)
    [[ $got == "134: " ]] && pass "relr_$link, $mode: the packed pointer reaches abort" ||
      fail "relr_$link, $mode pointer: $got (expected SIGABRT, 134)"
  done
done

# Without a library to drop, there is no room for the version need's name.
if python3 "$tool" --input "$orig_now" --output "$tmp/noroom.so" --pack-relr \
    >"$tmp/noroom.txt" 2>&1; then
  fail "--pack-relr found room in libdemo.so"
elif grep -q "does not fit" "$tmp/noroom.txt" && [[ ! -e $tmp/noroom.so ]]; then
  pass "--pack-relr refuses a library without room: $(cat "$tmp/noroom.txt")"
else
  fail "--pack-relr on libdemo.so said: $(cat "$tmp/noroom.txt")"
fi

relr=$tmp/relr_now/libdemo_drop.so
dynamic=$(readelf -d "$relr")
for tag in RELR RELRSZ RELRENT; do
  grep -q "($tag)" <<<"$dynamic" && pass "DT_$tag present" || fail "no DT_$tag: $dynamic"
done
if readelf -V "$relr" | grep -A20 'File: libc.so.6' | grep -q 'Name: GLIBC_ABI_DT_RELR'; then
  pass "needs GLIBC_ABI_DT_RELR from libc.so.6"
else
  fail "no GLIBC_ABI_DT_RELR version need: $(readelf -V "$relr")"
fi
readelf -d "$tmp/dynstr_now/libdemo.so" | grep -q "(RELR)" &&
  fail "--order-dynstr alone added DT_RELR" || pass "--order-dynstr alone adds no DT_RELR"

# The loader applied the packed relocations: LD_DEBUG=statistics counts
# fewer relative relocations in RELA for the RELR copy (RELR is not counted).
count() {
  LD_DEBUG=statistics LD_LIBRARY_PATH="$1" "$drop_main" none 2>&1 >/dev/null |
    sed -n 's/.*number of relative relocations: *//p'
}
mkdir -p "$tmp/dropped_only"
python3 "$tool" --input "$drop_now" --output "$tmp/dropped_only/libdemo_drop.so" \
  --drop-needed "$dep" 2>/dev/null
a=$(count "$tmp/dropped_only") b=$(count "$tmp/relr_now")
if [[ -n $a && -n $b ]] && ((b < a)); then
  pass "LD_DEBUG=statistics: $a relative relocations in RELA -> $b (the rest in RELR)"
else
  fail "LD_DEBUG=statistics relative relocations: dynstr copy '$a', RELR copy '$b'"
fi

# Without the version need, glibc refuses the object: the need is what
# makes an older glibc fail cleanly ("version not found") instead of
# running with unrelocated pointers.
python3 - "$relr" "$tmp/norelrver/libdemo_drop.so" "$tool_dir" <<'PY'
import os, struct, sys
sys.path.insert(0, sys.argv[3])
from elf64 import Elf64, DT_STRTAB
from compact import elf_hash
src, dst = sys.argv[1], sys.argv[2]
data = bytearray(open(src, "rb").read())
e = Elf64(src)
for need in e.version_needs():
    for aux, _other, name in need["aux"]:
        if name == "GLIBC_ABI_DT_RELR":
            _h, _f, other, vna_name, nxt = struct.unpack_from("<IHHII", data, aux)
            # Another (weak, so glibc only warns) version name in its place.
            struct.pack_into("<IHHII", data, aux, elf_hash("GLIBC_ABI_DT_RELX"), 2, other,
                             vna_name, nxt)
            at = e.file_offset(e.dyn[DT_STRTAB]) + vna_name + 16
            data[at:at + 1] = b"X"
os.makedirs(os.path.dirname(dst), exist_ok=True)
open(dst, "wb").write(data)
PY
if out=$(LD_LIBRARY_PATH="$tmp/norelrver" "$drop_main" none 2>&1); then
  fail "glibc loaded a DT_RELR object without GLIBC_ABI_DT_RELR: $out"
elif grep -q "DT_RELR without GLIBC_ABI_DT_RELR dependency" <<<"$out"; then
  pass "glibc refuses DT_RELR without the version need"
else
  fail "without GLIBC_ABI_DT_RELR glibc said: $out"
fi

# The names the loader reads come first: every name a remaining symbolic
# relocation refers to lies in the hot part the report gives.
if python3 - "$tmp/dynstr_now/libdemo.so" "$tmp/dynstr_now/report.json" "$tool_dir" <<'PY'; then
import json, sys
sys.path.insert(0, sys.argv[3])
import struct
from elf64 import Elf64, DT_SYMTAB, DT_JMPREL, DT_PLTRELSZ, DT_RELA, DT_RELASZ
e = Elf64(sys.argv[1])
hot = json.load(open(sys.argv[2]))["compacted"]["dynstr"]["hot_bytes"]
symtab = e.file_offset(e.dyn[DT_SYMTAB])
relocs = e.relocations(DT_RELA, DT_RELASZ) + e.relocations(DT_JMPREL, DT_PLTRELSZ)
names = {r.sym: struct.unpack_from("<I", e.data, symtab + 24 * r.sym)[0] for r in relocs if r.sym}
late = [i for i, off in names.items() if off >= hot]
if not names or late:
    print("names past the hot part:", late, "of", len(names))
    sys.exit(1)
print(len(names), "names in the first", hot, "bytes")
PY
  pass "referenced names are in the hot part of .dynstr"
else
  fail "referenced names outside the hot part"
fi

# RELR encoding round-trips, including runs longer than one bitmap, gaps
# and isolated words.
if python3 - "$tool_dir" <<'PY'; then
import random, sys
sys.path.insert(0, sys.argv[1])
from compact import encode_relr, decode_relr
assert encode_relr([0x1000, 0x1008, 0x1010]) == [0x1000, 0b111]
# A bitmap covers the 63 words after the address entry's word.
assert encode_relr([0x1000, 0x1000 + 8 * 63]) == [0x1000, (1 << 63) | 1]
assert encode_relr([0x1000, 0x1000 + 8 * 64]) == [0x1000, 0x1000 + 8 * 64]
rng = random.Random(7)
for _ in range(300):
    offs = sorted({8 * rng.randrange(0, 4000) for _ in range(rng.randrange(1, 500))})
    assert decode_relr(encode_relr(offs)) == offs
PY
  pass "RELR encoding round-trips"
else
  fail "RELR encoding"
fi

# A library that already has DT_RELR is refused (the tool reads RELA only).
if python3 "$tool" --input "$relr" --output "$tmp/again.so" >"$tmp/again.txt" 2>&1; then
  fail "the tool accepted a library with DT_RELR"
else
  pass "refuses a library that already has DT_RELR"
fi

if ((failures)); then
  echo "$failures check(s) failed"
  exit 1
fi
echo "all checks passed"
