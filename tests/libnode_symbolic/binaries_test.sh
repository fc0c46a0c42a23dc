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
# (in every binding mode, and in a compiled, stripped app).
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
