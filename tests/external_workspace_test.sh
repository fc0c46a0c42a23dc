#!/usr/bin/env bash
# thaw's Bazel rules used from another workspace, as a user would: copies
# tests/external_workspace into a workspace of its own whose WORKSPACE is
# local_repository(@thaw) + thaw_dependencies(), and runs a nested
# `bazel test //...` there. That builds thaw from source as @thaw, an app
# with @thaw//bazel:defs.bzl (a build-time module reading a data file, an npm
# package from @thaw//bazel:npm.bzl) and runs the app's own sh_test; then
# this script runs the app itself.
#
#   external_workspace_test.sh [DEB...]
#
# DEB: libnode's .deb files from the outer build (@libnode//:debs), handed to
# the nested build as THAW_DEB_CACHE so that it does not download them again.
# The nested workspace, output base and install base live beside the outer
# output base (or in $THAW_NESTED_ROOT), so that a rerun only rebuilds what
# changed; `bazel clean --expunge` removes them with the rest.
set -euo pipefail

fail() { echo "FAIL: $*" >&2; exit 1; }

# The runfiles are symlinks to the source files: follow one back to the tree.
thaw_root=$(readlink -f tests/external_workspace/main.js)
thaw_root=${thaw_root%/tests/external_workspace/main.js}
[[ -f "$thaw_root/bazel/deps.bzl" ]] || fail "cannot find thaw's source tree (got $thaw_root)"
deb_cache=""
if (($#)); then
  deb_cache=$(dirname "$(readlink -f "$1")")
fi

here=$(readlink -f .)
if [[ -n "${THAW_NESTED_ROOT:-}" ]]; then
  root=$THAW_NESTED_ROOT
elif [[ "$here" == */execroot/* ]]; then
  root="${here%%/execroot/*}/thaw_nested/external_workspace"
else
  root="${TEST_TMPDIR:?}/nested"
fi
workspace="$root/workspace"
rm -rf "$workspace"
mkdir -p "$workspace"
cp -rL tests/external_workspace/. "$workspace/"
mv "$workspace/BUILD.bazel.template" "$workspace/BUILD.bazel"
sed "s|@THAW_PATH@|$thaw_root|" "$workspace/WORKSPACE.template" >"$workspace/WORKSPACE"
rm "$workspace/WORKSPACE.template"

cd "$workspace"
log="$root/bazel.log"
echo "nested bazel in $workspace (log: $log)"
# --batch: no server outlives the test.
if ! THAW_DEB_CACHE="$deb_cache" bazel --batch --nohome_rc \
    --output_user_root="$root/user_root" --output_base="$root/output_base" \
    test --symlink_prefix=out- --jobs=2 //... >"$log" 2>&1; then
  tail -n 40 "$log" >&2
  fail "the nested bazel test //... failed"
fi
grep -E "^//:app_test .*PASSED" "$log" || fail "the nested app_test did not pass: $(tail -n 5 "$log")"

out=$(out-bin/app hello THAW world Markdown)
expected='<p>6 known words: hello THAW world <strong>Markdown</strong></p>'
[[ "$out" == "$expected" ]] || fail "the app printed '$out', expected '$expected'"
# The blob is in the executable: no thaw-libs folder, no source files needed.
out=$(cd / && "$workspace/out-bin/app" x)
[[ "$out" == '<p>6 known words: <strong>x</strong></p>' ]] || fail "run from /: '$out'"
echo "external workspace: built and ran an app with @thaw's rules"
