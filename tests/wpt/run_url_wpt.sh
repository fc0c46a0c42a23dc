#!/usr/bin/env bash
# Runs the WHATWG URL conformance data through thaw's URL and URLSearchParams:
#
#   run_url_wpt.sh THAW [DATA_DIR | A_FILE_IN_DATA_DIR]
#
# DATA_DIR holds urltestdata.json, setters_tests.json and
# urlencoded-parser-data.json; it defaults to ../shared/wpt/url beside the
# checkout. In Bazel (//tests/wpt:url_wpt_test) the files come from the
# @wpt_data repository through runfiles. Fails if any file passes under 99%.
set -u
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
thaw="${1:?usage: run_url_wpt.sh THAW [DATA_DIR]}"
data="${2:-$here/../../../shared/wpt/url}"
if [[ -f "$data" ]]; then data="$(dirname "$data")"; fi
status=0
for pair in urltestdata:urltestdata.json setters:setters_tests.json \
            urlencoded:urlencoded-parser-data.json; do
  kind="${pair%%:*}"
  file="$data/${pair#*:}"
  if [[ ! -r "$file" ]]; then
    echo "missing test data: $file" >&2
    status=1
    continue
  fi
  # bazel/wpt_data.bzl leaves a placeholder that explains what is missing.
  if [[ "$(head -c 23 "$file")" == "THAW_WPT_DATA_MISSING: " ]]; then
    cut -c 24- "$file" >&2
    status=1
    continue
  fi
  "$thaw" "$here/url_wpt.js" "$kind" < "$file" || status=1
done
exit $status
