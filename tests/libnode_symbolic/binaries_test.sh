#!/usr/bin/env bash
# Checks the programs that load libnode.so.108 (see BUILD.bazel): the copy
# each loads is the one this build chose, libnode is the first library it
# loads, the executable has no copy relocation of a libnode symbol and
# defines none of the converted ones, and nothing loads a library the
# rewrite dropped (check_binary.py). Then runs thaw with lazy PLT binding
# forced by an LD_AUDIT module and with LD_BIND_NOW, the two loader paths a
# relocation rewrite could break, with and without crypto; checks that a
# hello world maps none of the dropped libraries, and that thaw starts
# without libcrypto.so.3 and says so when JS needs it.
set -euo pipefail

mode=$1 checker=$2 report=$3 audit=$4 hide=$5 thaw=$6
shift 6

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

# A hello world maps none of the libraries the rewrite dropped; the first
# hash maps libcrypto (and only it).
dropped='libssl|libcrypto|libcares'
maps='const m = require("fs").readFileSync("/proc/self/maps", "utf8");
const names = new Set(m.split("\n").map((l) => l.split("/").pop())
    .filter((n) => /^(libssl|libcrypto|libcares)/.test(n)));
console.log([...names].map((n) => n.split(".so")[0]).sort().join(",") || "none")'
run_thaw plain "$maps" "none"
run_thaw plain "require(\"crypto\").createHash(\"sha1\"); $maps" "libcrypto"
if LD_DEBUG=files "$thaw" eval 'console.log("hi")' 2>&1 | grep -E "file=($dropped)"; then
  echo "FAIL a hello world loads a dropped library (LD_DEBUG=files above)"
  exit 1
fi
echo "ok   LD_DEBUG=files: a hello world loads no OpenSSL or c-ares"

# Without libcrypto.so.3, thaw starts, and crypto throws an error naming it.
run_thaw hidden 'console.log("hello", 6 * 7)' "hello 42"
for call in 'createHash("sha256")' 'randomUUID()' 'getRandomValues(new Uint8Array(4))' \
    'timingSafeEqual(Buffer.from("a"), Buffer.from("a"))' 'createHmac("sha1", "k")'; do
  run_thaw hidden "try { require(\"crypto\").$call; console.log(\"no error\"); }
    catch (e) { console.log(e.code, /libcrypto\\.so\\.3/.test(e.message)); }" \
    "ERR_THAW_LIBCRYPTO_UNAVAILABLE true"
done
