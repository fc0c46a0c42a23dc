#!/usr/bin/env bash
# The hello app built by thaw_snapshot and thaw_app_binary greets by name,
# and its arguments are its own (thaw's --version is not taken).
set -u
app=examples/hello/hello
out=$("$app" Ada Lovelace)
[[ "$out" == "Hello from a thaw app, Ada Lovelace!" ]] || { echo "FAIL: got '$out'"; exit 1; }
out=$("$app" --version)
[[ "$out" == "Hello from a thaw app, --version!" ]] || { echo "FAIL: got '$out'"; exit 1; }
out=$("$app")
[[ "$out" == "Hello from a thaw app, world!" ]] || { echo "FAIL: got '$out'"; exit 1; }
echo "3 checks, 0 failed"
