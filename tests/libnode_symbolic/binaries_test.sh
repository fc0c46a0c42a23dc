#!/usr/bin/env bash
# Checks the programs that load libnode.so.108 (see BUILD.bazel): the copy
# each loads is the one this build chose, libnode is the first library it
# loads, the executable has no copy relocation of a libnode symbol and
# defines none of the converted ones, and nothing loads a library the
# rewrite dropped (check_binary.py). Then runs thaw with lazy PLT binding
# forced by an LD_AUDIT module and with LD_BIND_NOW, the two loader paths a
# relocation rewrite could break, with and without crypto; checks that a
# hello world maps none of the dropped libraries, and that thaw starts
# without libcrypto.so.3 and says so when JS needs it; that the nghttp2 and
# brotli functions libnode calls at load and exit are thaw's own stand-ins
# (in every binding mode, and in a compiled, stripped app); that every name
# the binaries import from libnode is still in its compacted symbol table,
# and that the loader binds each of thaw's to libnode.
set -euo pipefail

mode=$1 checker=$2 report=$3 audit=$4 hide=$5 original=$6 thaw=$7
shift 7

python3 "$checker" --report "$report" --mode "$mode" --require-first "$@"

run_thaw() {  # how, script, expected output
  local how=$1 script=$2 expected=$3 env=(env)
  case $how in
    bind_now) env+=(LD_BIND_NOW=1) ;;
    audit) env+=("LD_AUDIT=$PWD/$audit") ;;
    hidden) env+=("LD_AUDIT=$PWD/$hide") ;;
  esac
  local out
  out=$("${env[@]}" "$thaw" eval "$script" 2>&1) || {
    echo "FAIL thaw ($how) exited $? on $script: $out"
    exit 1
  }
  if [[ $out != "$expected" ]]; then
    echo "FAIL thaw ($how) on $script printed: $out"
    echo "     expected: $expected"
    exit 1
  fi
  echo "ok   thaw runs ($how): $script"
}

hash_script='const c = require("crypto");
console.log(c.createHash("sha256").update("abc").digest("hex"),
            c.randomUUID().length, c.getRandomValues(new Uint8Array(8)).length)'
hash_expected="ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad 36 8"
for how in plain bind_now audit; do
  run_thaw "$how" 'console.log("hello", 6 * 7)' "hello 42"
  run_thaw "$how" "$hash_script" "$hash_expected"
done

# Every name a binary imports that Debian's libnode defines is defined by
# the libnode it loads, whatever --compact-dynsym dropped; every name
# listed in PROGRAM_IMPORTS (the report's "listed") is imported by one of
# the binaries (a stale entry fails here: remove it). thaw's imports go to
# $imports for the run below.
imports=${TEST_TMPDIR:-$(mktemp -d)}/thaw_imports.txt
python3 - "$(dirname "$checker")" "$original" "$report" "$imports" "$thaw" "$@" <<'PY'
import json, subprocess, sys
sys.path.insert(0, sys.argv[1])
from elf64 import Elf64, SHN_UNDEF
original, report, imports_out, binaries = sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5:]
def defined(elf):
    return {s.name for s in elf.symbols() if s.shndx != SHN_UNDEF and s.is_lookup_candidate()}
debian = defined(Elf64(original))
listed = set((json.load(open(report)).get("dynsym") or {}).get("listed", []))
problems, used = [], set()
for binary in dict.fromkeys(binaries):
    ldd = subprocess.run(["ldd", binary], stdout=subprocess.PIPE, universal_newlines=True).stdout
    path = next(l.split()[2] for l in ldd.splitlines() if "libnode.so.108 =>" in l)
    loaded = defined(Elf64(path))
    exe = Elf64(binary)
    named = {exe.symbols()[r.sym].name for r in exe.all_relocations() if r.sym}
    wanted = {s.name for s in exe.symbols() if s.shndx == SHN_UNDEF and s.name in debian}
    missing = sorted(wanted - loaded)
    if missing:
        problems.append("%s imports %d names its libnode does not define: %s" %
                        (binary, len(missing), ", ".join(missing)))
    used |= wanted
    print("ok   %s: all %d names it imports from libnode are defined there" %
          (binary, len(wanted)))
    if binary == binaries[0]:
        with open(imports_out, "w") as f:
            f.write("\n".join(sorted(wanted & named)) + "\n")
stale = sorted(listed - used)
if stale:
    problems.append("PROGRAM_IMPORTS names that no binary imports (remove them from "
                    "tools/libnode_symbolic/program_imports.bzl): " + ", ".join(stale))
elif listed:
    print("ok   each of the %d PROGRAM_IMPORTS names is imported" % len(listed))
for p in problems:
    print("FAIL " + p)
sys.exit(1 if problems else 0)
PY

# At run time the loader binds each of them to libnode (eagerly, so every
# one is looked up), and nothing is left unresolved.
bindings=${TEST_TMPDIR:-$(mktemp -d)}/thaw_bindings.txt
LD_BIND_NOW=1 LD_DEBUG=bindings "$thaw" --version 2>"$bindings" >/dev/null || {
  echo "FAIL thaw --version (LD_BIND_NOW, LD_DEBUG=bindings) exited $?"
  exit 1
}
if grep -E "symbol lookup error|undefined symbol" "$bindings"; then
  echo "FAIL the loader could not resolve a symbol (above)"
  exit 1
fi
python3 - "$thaw" "$imports" "$bindings" <<'PY'
import re, sys
thaw, imports = sys.argv[1], open(sys.argv[2]).read().split()
bound = set()
for line in open(sys.argv[3]):
    m = re.search(r"binding file (\S+) \[0\] to (\S+) \[0\]: normal symbol `([^']+)'", line)
    if m and m.group(1) == thaw and m.group(2).endswith("/libnode.so.108"):
        bound.add(m.group(3))
unbound = sorted(set(imports) - bound)
if unbound or not imports:
    print("FAIL thaw's libnode imports not bound to libnode at run time: %s" % unbound)
    sys.exit(1)
print("ok   LD_DEBUG=bindings: all %d of thaw's libnode imports bound to libnode" % len(imports))
PY

# The loader's own count of symbol lookups at start-up, for the log.
LD_DEBUG=statistics "$thaw" eval '0' 2>&1 >/dev/null | grep -E 'number of relocations|total startup time' || true

if [[ $mode != symbolic ]]; then
  exit 0  # Debian's libnode loads OpenSSL itself
fi

# thaw links no OpenSSL: it loads libcrypto with dlopen when JS needs it.
if readelf -d "$thaw" | grep -q 'NEEDED.*\(libcrypto\|libssl\)'; then
  echo "FAIL thaw lists OpenSSL in DT_NEEDED: $(readelf -d "$thaw" | grep NEEDED)"
  exit 1
fi
echo "ok   thaw's DT_NEEDED has no OpenSSL"

# A hello world maps none of the libraries the rewrite dropped (nor
# libbrotlicommon, which only brotli's two libraries needed); the first hash
# maps libcrypto (and only it).
dropped='libssl|libcrypto|libcares|libnghttp2|libbrotli'
maps='const m = require("fs").readFileSync("/proc/self/maps", "utf8");
const names = new Set(m.split("\n").map((l) => l.split("/").pop())
    .filter((n) => /^(libssl|libcrypto|libcares|libnghttp2|libbrotli)/.test(n)));
console.log([...names].map((n) => n.split(".so")[0]).sort().join(",") || "none")'
run_thaw plain "$maps" "none"
run_thaw plain "require(\"crypto\").createHash(\"sha1\"); $maps" "libcrypto"
if LD_DEBUG=files "$thaw" eval 'console.log("hi")' 2>&1 | grep -E "file=($dropped)"; then
  echo "FAIL a hello world loads a dropped library (LD_DEBUG=files above)"
  exit 1
fi
echo "ok   LD_DEBUG=files: a hello world loads no OpenSSL, c-ares, nghttp2 or brotli"

# libnode's static constructors (nghttp2_session_callbacks_new and setters,
# BrotliEncoderVersion) and its static destructor (..._callbacks_del, run by
# exit(): `thaw --version` returns from main) are bound to thaw's stand-ins.
# A call that reached the trap instead would end in SIGABRT.
for how in plain bind_now audit; do
  env=(env)
  [[ $how == bind_now ]] && env+=(LD_BIND_NOW=1)
  [[ $how == audit ]] && env+=("LD_AUDIT=$PWD/$audit")
  bindings=$("${env[@]}" LD_DEBUG=bindings "$thaw" --version 2>&1 >/dev/null) || {
    echo "FAIL thaw --version ($how) exited $?"
    exit 1
  }
  for name in nghttp2_session_callbacks_new nghttp2_session_callbacks_set_send_data_callback \
      nghttp2_session_callbacks_del BrotliEncoderVersion; do
    if ! grep -qE "binding file .*libnode\.so\.108 \[0\] to $thaw \[0\]: normal symbol \`$name'" \
        <<<"$bindings"; then
      echo "FAIL ($how) libnode's $name is not bound to thaw's stand-in:"
      grep "$name" <<<"$bindings" || echo "     (no binding)"
      exit 1
    fi
  done
  echo "ok   thaw --version ($how): libnode's nghttp2/brotli calls bound to thaw's stand-ins"
done

# The libnode thaw loads is the compacted one: RELATIVE relocations packed
# as DT_RELR, with the version need glibc requires for it (the runs above,
# in every binding mode, loaded it).
libnode=$(ldd "$thaw" | sed -n 's/.*libnode\.so\.108 => \(.*\) (0x.*/\1/p')
if readelf -d "$libnode" | grep -q '(RELR)' &&
    readelf -V "$libnode" | grep -q 'Name: GLIBC_ABI_DT_RELR'; then
  echo "ok   libnode has DT_RELR and needs GLIBC_ABI_DT_RELR"
else
  echo "FAIL $libnode has no DT_RELR or no GLIBC_ABI_DT_RELR version need"
  exit 1
fi

# Everything the loader reads of libnode's first segment (hash table,
# symbols, strings, versions, relocations) lies in its first 2 MB: in a
# page cache of 2 MB folios, one huge page (--compact-dynsym,
# --order-dynstr, --gather-tables).
python3 - "$(dirname "$checker")" "$libnode" <<'PY'
import sys
sys.path.insert(0, sys.argv[1])
from elf64 import *
e = Elf64(sys.argv[2])
d = e.dyn
ends = {"DT_GNU_HASH": d[DT_GNU_HASH] + e.section(".gnu.hash")["size"],
        "DT_SYMTAB": d[DT_SYMTAB] + 24 * len(e.symbols()),
        "DT_STRTAB": d[DT_STRTAB] + d[DT_STRSZ], "DT_VERSYM": d[DT_VERSYM] + 2 * len(e.symbols()),
        "DT_VERNEED": d[DT_VERNEED] + e.section(".gnu.version_r")["size"],
        "DT_RELA": d[DT_RELA] + d[DT_RELASZ], "DT_JMPREL": d[DT_JMPREL] + d[DT_PLTRELSZ],
        "DT_RELR": d[DT_RELR] + d[DT_RELRSZ]}
far = {k: "%#x" % v for k, v in ends.items() if v > 2 << 20}
if far:
    print("FAIL libnode tables end past its first 2 MB: %s" % far)
    sys.exit(1)
print("ok   libnode's loader tables end by %#x, inside its first 2 MB" % max(ends.values()))
PY

# A compiled app carries the stand-ins, stripped too.
work=${TEST_TMPDIR:-$(mktemp -d)}/compiled
mkdir -p "$work/out"
echo 'console.log("compiled", 6 * 7)' >"$work/main.js"
"$thaw" compile "$work/main.js" -o "$work/out/app" >/dev/null
strip "$work/out/app"
python3 "$checker" --report "$report" --mode "$mode" --require-first "$work/out/app"
out=$("$work/out/app" 2>&1) && [[ $out == "compiled 42" ]] || {
  echo "FAIL the stripped compiled app printed: $out"
  exit 1
}
echo "ok   a stripped compiled app exports the stand-ins and runs"

# Without libcrypto.so.3, thaw starts, and crypto throws an error naming it.
run_thaw hidden 'console.log("hello", 6 * 7)' "hello 42"
for call in 'createHash("sha256")' 'randomUUID()' 'getRandomValues(new Uint8Array(4))' \
    'timingSafeEqual(Buffer.from("a"), Buffer.from("a"))' 'createHmac("sha1", "k")'; do
  run_thaw hidden "try { require(\"crypto\").$call; console.log(\"no error\"); }
    catch (e) { console.log(e.code, /libcrypto\\.so\\.3/.test(e.message)); }" \
    "ERR_THAW_LIBCRYPTO_UNAVAILABLE true"
done
