#!/usr/bin/env bash
# Tests tools/libnode_symbolic --compact-dynsym on demo_dynsym_lib.cc,
# linked -z now, -z lazy, with a SysV hash table beside the GNU one and with
# only a SysV one: the compacted copies compute what the originals compute
# under every binding mode; the dynamic loader's own lookup (dlsym) finds
# every kept definition at its address and none of the dropped ones; the
# symbols each rule keeps are kept and the others dropped; a program that
# imports a dropped name does not start, and check_binary.py says which
# name to list; readelf and nm read the result without complaint; a second
# compaction drops nothing; with --order-dynstr and --gather-tables, the
# tables the loader reads move next to the smaller .dynsym.
set -euo pipefail

tool=$1 checker=$2 audit=$3 main=$4 linked_report=$5 dep=$6 keep=$7
shift 7
declare -A orig=([now]=$1 [lazy]=$2 [both]=$3 [sysv]=$4)
tool_dir=$(dirname "$(readlink -f "$tool")")

tmp=${TEST_TMPDIR:-$(mktemp -d)}
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
pass() { echo "ok:   $*"; }

run_in() {  # folder, binding, [names...] -> "exit status: output"
  local dir=$1 how=$2 env out status=0
  shift 2
  env=(env "LD_LIBRARY_PATH=$dir")
  case $how in
    bind_now) env+=(LD_BIND_NOW=1) ;;
    audit) env+=("LD_AUDIT=$PWD/$audit") ;;
  esac
  out=$("${env[@]}" "$main" "$@" 2>&1) || status=$?
  echo "$status: $out"
}

expected="0: steps=500 internal=105 unique=8 exported=40 public=1001 times=15"

for link in now lazy both sysv; do
  mkdir -p "$tmp/orig_$link" "$tmp/dynsym_$link"
  cp "${orig[$link]}" "$tmp/orig_$link/libdemo_dynsym.so"
  if ! python3 "$tool" --input "${orig[$link]}" --output "$tmp/dynsym_$link/libdemo_dynsym.so" \
      --report "$tmp/dynsym_$link/report.json" --compact-dynsym --dynsym-keep "$keep" \
      >"$tmp/tool.txt" 2>&1; then
    fail "--compact-dynsym refused the $link library: $(cat "$tmp/tool.txt")"
    continue
  fi
  for how in plain bind_now audit; do
    got=$(run_in "$tmp/orig_$link" "$how")
    [[ $got == "$expected" ]] || fail "original $link library, $how: $got"
    got=$(run_in "$tmp/dynsym_$link" "$how")
    [[ $got == "$expected" ]] && pass "compacted $link library, $how: same results" ||
      fail "compacted $link library, $how: $got (expected $expected)"
  done

  # Which symbols stayed, and why; and every kept definition is where
  # dlsym (the loader's lookup, through the rebuilt hash table) finds it,
  # every dropped one is missing.
  lib=$tmp/dynsym_$link/libdemo_dynsym.so
  python3 - "$lib" "$tmp/dynsym_$link/report.json" "${orig[$link]}" "$tool_dir" \
      >"$tmp/names.txt" 2>"$tmp/check.txt" <<'PY' || fail "$link: $(cat "$tmp/check.txt")"
import json, sys
sys.path.insert(0, sys.argv[4])
from elf64 import Elf64, SHN_UNDEF
lib, report, orig = Elf64(sys.argv[1]), json.load(open(sys.argv[2])), Elf64(sys.argv[3])
info = report["dynsym"]
kept = {s.name for s in lib.symbols()}
defined = {s.name: s.value for s in lib.symbols() if s.shndx != SHN_UNDEF}
dropped = set(info["dropped_names"])
problems = []
if info["before"] != len(orig.symbols()) or info["after"] != len(lib.symbols()):
    problems.append("counts %d -> %d" % (info["before"], info["after"]))
expect_kept = {
    "_ZN11demo_dynsym8ExportedEi": "listed with --dynsym-keep",
    "_ZN2v810DemoPublicEi": "public API",
    "_ZN2v86Api100Ei": "public API",
    "_ZN2v86Api199Ei": "public API",
    "demo_dynsym_run": "C name",
    "_ZN11demo_dynsym5TimesILi3EEEii": "weak definition a program could also emit",
    "_ZZN11demo_dynsym6UniqueEvE5value": "STB_GNU_UNIQUE",
    "snprintf": "undefined",
}
for name, why in expect_kept.items():
    if name not in kept:
        problems.append("%s dropped (should stay: %s)" % (name, why))
for name in ["_ZN11demo_dynsym25dropped_by_the_compaction7Step100Ei",
             "_ZN11demo_dynsym25dropped_by_the_compaction7Step399Ei",
             "_ZN2v88internal12DemoInternalEi"]:
    if name not in dropped or name in kept:
        problems.append("%s kept" % name)
if len(dropped) < 300:
    problems.append("only %d names dropped" % len(dropped))
# Everything the original library defined is either kept or reported.
lost = {s.name for s in orig.symbols()[1:] if s.shndx != SHN_UNDEF} - kept - dropped
if lost:
    problems.append("neither kept nor reported: %s" % sorted(lost))
if problems:
    print("\n".join(problems), file=sys.stderr)
    sys.exit(1)
for name in sorted(defined):
    print(name, "%#x" % defined[name] if defined[name] else "0x0")
for name in sorted(dropped):
    print(name, "missing")
PY
  if [[ -s $tmp/names.txt ]]; then
    pass "$link: the rules kept and dropped the expected symbols"
    mapfile -t names < <(cut -d' ' -f1 "$tmp/names.txt")
    for how in plain audit; do
      run_in "$tmp/dynsym_$link" "$how" "${names[@]}" >"$tmp/dlsym.txt"
      if diff <(sed '1s/^0: //' "$tmp/dlsym.txt") "$tmp/names.txt" >"$tmp/diff.txt"; then
        pass "$link, $how: dlsym finds all $(grep -vc missing "$tmp/names.txt") kept" \
          "definitions at their address, none of $(grep -c missing "$tmp/names.txt") dropped"
      else
        fail "$link, $how: dlsym disagrees with the table: $(head -20 "$tmp/diff.txt")"
      fi
    done
  fi

  # readelf and nm read the compacted tables without a warning, and see
  # the smaller table.
  count=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['dynsym']['after'])" \
    "$tmp/dynsym_$link/report.json")
  if readelf -W --dyn-syms -I -V -r "$lib" >"$tmp/readelf.txt" 2>"$tmp/readelf_err.txt" &&
      [[ ! -s $tmp/readelf_err.txt ]] &&
      grep -q "Symbol table '.dynsym' contains $count entries" "$tmp/readelf.txt" &&
      nm -D "$lib" >/dev/null 2>"$tmp/nm_err.txt" && [[ ! -s $tmp/nm_err.txt ]]; then
    pass "$link: readelf and nm read $count symbols without a warning"
  else
    fail "$link: readelf/nm: $(cat "$tmp/readelf_err.txt" "$tmp/nm_err.txt")"
  fi
  if python3 "$tool" --input "$lib" --output "$tmp/again.so" --report "$tmp/again.json" \
      --compact-dynsym --dynsym-keep "$keep" 2>/dev/null &&
      python3 -c "import json,sys; d=json.load(open(sys.argv[1]))['dynsym'];
sys.exit(d['before'] != d['after'])" "$tmp/again.json"; then
    pass "$link: compacting again drops nothing"
  else
    fail "$link: a second compaction dropped more"
  fi
done

# GNU hash: one table only for the default link, both for --hash-style=both.
for link in now both sysv; do
  tags=$(readelf -d "$tmp/dynsym_$link/libdemo_dynsym.so" | grep -oE '\((GNU_HASH|HASH)\)' |
    sort | tr '\n' ' ')
  case $link in
    now) want="(GNU_HASH) " ;;
    both) want="(GNU_HASH) (HASH) " ;;
    sysv) want="(HASH) " ;;
  esac
  [[ $tags == "$want" ]] && pass "$link: hash tables $tags" || fail "$link: hash tables '$tags'"
done

# The program links against the copy the build compacted, and
# check_binary.py accepts it.
if python3 "$checker" --report "$linked_report" "$main" >"$tmp/check.txt" 2>&1; then
  pass "check_binary.py accepts demo_dynsym_main: $(cat "$tmp/check.txt")"
else
  fail "check_binary.py on demo_dynsym_main: $(cat "$tmp/check.txt")"
fi

# Without the --dynsym-keep name the program cannot start, and
# check_binary.py names what to list.
mkdir -p "$tmp/unlisted"
python3 "$tool" --input "${orig[now]}" --output "$tmp/unlisted/libdemo_dynsym.so" \
  --report "$tmp/unlisted/report.json" --compact-dynsym 2>/dev/null
for how in plain bind_now; do
  got=$(run_in "$tmp/unlisted" "$how")
  if [[ $got == 127:*"undefined symbol: $keep"* ]]; then
    pass "without --dynsym-keep, $how: the program stops at start (undefined symbol)"
  else
    fail "without --dynsym-keep, $how: $got"
  fi
done
if python3 "$checker" --report "$tmp/unlisted/report.json" "$main" >"$tmp/check.txt" 2>&1; then
  fail "check_binary.py accepted a program that imports a dropped name"
elif grep -q "imports $keep, which the rewrite dropped" "$tmp/check.txt"; then
  pass "check_binary.py refuses a program that imports a dropped name"
else
  fail "check_binary.py said: $(cat "$tmp/check.txt")"
fi

# A --dynsym-keep name the library does not define is an error.
if python3 "$tool" --input "${orig[now]}" --output "$tmp/stale.so" --compact-dynsym \
    --dynsym-keep _ZN4none5thereEv >"$tmp/stale.txt" 2>&1; then
  fail "--dynsym-keep accepted a name the library does not define"
elif grep -q "does not define: _ZN4none5thereEv" "$tmp/stale.txt" && [[ ! -e $tmp/stale.so ]]; then
  pass "--dynsym-keep refuses a name the library does not define"
else
  fail "--dynsym-keep with an unknown name said: $(cat "$tmp/stale.txt")"
fi

# Every step, as the build runs them on libnode: --drop-needed, then with
# --order-dynstr the strings of dropped names go too, and .dynstr moves
# right after the smaller .dynsym; --pack-relr; --gather-tables then moves
# .gnu.version, .gnu.version_r and the relocation tables (DT_RELR's
# included) right after it (the lazy library's .rela.plt too: lazy binding
# finds its entries from DT_JMPREL). Same results in every binding mode.
for link in now lazy; do
  dir=$tmp/gathered_$link
  mkdir -p "$dir"
  if ! python3 "$tool" --input "${orig[$link]}" --output "$dir/libdemo_dynsym.so" \
      --report "$dir/report.json" --drop-needed "$dep" --compact-dynsym \
      --dynsym-keep "$keep" --order-dynstr --pack-relr --gather-tables \
      >"$tmp/tool.txt" 2>&1; then
    fail "$link with every step: $(cat "$tmp/tool.txt")"
    continue
  fi
  for how in plain bind_now audit; do
    got=$(run_in "$dir" "$how")
    [[ $got == "$expected" ]] && pass "$link, gathered, $how: same results" ||
      fail "$link, gathered, $how: $got"
  done
  if python3 - "$dir/libdemo_dynsym.so" "$dir/report.json" "$tool_dir" 2>&1 <<'PY'; then
import json, sys
sys.path.insert(0, sys.argv[3])
from elf64 import (Elf64, DT_JMPREL, DT_PLTRELSZ, DT_RELA, DT_RELR, DT_STRSZ, DT_STRTAB,
                   DT_SYMTAB, DT_VERNEED, DT_VERSYM)
e, r = Elf64(sys.argv[1]), json.load(open(sys.argv[2]))
d = e.dyn
dynstr = r["compacted"]["dynstr"]
problems = []
if not dynstr["size_after"] < dynstr["size_before"] / 2:
    problems.append(".dynstr %(size_before)d -> %(size_after)d bytes" % dynstr)
symtab_end = d[DT_SYMTAB] + 24 * len(e.symbols())
if d[DT_STRTAB] != (symtab_end + 7) & ~7:
    problems.append(".dynstr at %#x, .dynsym ends at %#x" % (d[DT_STRTAB], symtab_end))
if r["gathered"]["moved"] != [".gnu.version", ".gnu.version_r", "relocations"]:
    problems.append("moved: %s" % r["gathered"])
at = d[DT_STRTAB] + d[DT_STRSZ]
for tag, align, size in ((DT_VERSYM, 2, 2 * len(e.symbols())),
                         (DT_VERNEED, 8, e.section(".gnu.version_r")["size"]),
                         (DT_RELA, 8, 0)):
    at = (at + align - 1) & ~(align - 1)
    if d[tag] != at:
        problems.append("tag %#x at %#x, expected %#x" % (tag, d[tag], at))
    at += size
if d[DT_RELR] != (d[DT_JMPREL] + d[DT_PLTRELSZ] + 7) & ~7:
    problems.append("DT_RELR at %#x, not after .rela.plt" % d[DT_RELR])
if r["dropped_needed"] != ["libdemo_dep.so"] or "relr" not in r["compacted"]:
    problems.append("no library dropped or no DT_RELR")
if problems:
    print("\n".join(problems))
    sys.exit(1)
PY
    pass "$link: .dynstr after .dynsym, less than half as big; the small tables and RELR after it"
  else
    fail "$link: the layout after --order-dynstr --gather-tables"
  fi
  readelf -W -a "$dir/libdemo_dynsym.so" >/dev/null 2>"$tmp/readelf_err.txt"
  [[ ! -s $tmp/readelf_err.txt ]] && pass "$link, gathered: readelf -a reads it without a warning" ||
    fail "$link, gathered: readelf: $(cat "$tmp/readelf_err.txt")"
done

# Without room after .dynstr (no --compact-dynsym), nothing moves.
mkdir -p "$tmp/noroom"
python3 "$tool" --input "${orig[now]}" --output "$tmp/noroom/libdemo_dynsym.so" \
  --report "$tmp/noroom/report.json" --order-dynstr --gather-tables 2>/dev/null
if python3 -c "import json,sys; g=json.load(open(sys.argv[1]))['gathered'];
sys.exit(bool(g['moved']))" "$tmp/noroom/report.json" &&
    [[ $(run_in "$tmp/noroom" bind_now) == "$expected" ]]; then
  pass "--gather-tables without free space moves nothing"
else
  fail "--gather-tables without free space: $(cat "$tmp/noroom/report.json")"
fi

if ((failures)); then
  echo "$failures check(s) failed"
  exit 1
fi
echo "all checks passed"
