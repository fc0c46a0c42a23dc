#!/usr/bin/env bash
# Installs the pinned Bun and Deno (benchmarks/peers/package-lock.json) from
# the npm registry into a cache folder, and prints that folder's bin path.
# Nothing is committed: the cache is ${THAW_PEERS_CACHE:-~/.cache/thaw-peers}.
# Exits non-zero, saying why, when npm or the registry is not available.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cache="${THAW_PEERS_CACHE:-$HOME/.cache/thaw-peers}"
if ! command -v npm >/dev/null; then
  echo "install_peers: npm is not installed; cannot install Bun and Deno" >&2
  exit 1
fi
mkdir -p "$cache"
if ! cmp -s "$here/peers/package-lock.json" "$cache/package-lock.json" ||
   [[ ! -x "$cache/node_modules/.bin/bun" || ! -x "$cache/node_modules/.bin/deno" ]]; then
  cp "$here/peers/package.json" "$here/peers/package-lock.json" "$cache/"
  # `npm ci` would be the natural choice, but npm 11 cannot keep a lock file
  # of deno's platform packages in sync, so this installs the exact versions
  # package.json pins and checks them below.
  if ! (cd "$cache" && npm install --no-audit --no-fund --loglevel=error >"$cache/npm.log" 2>&1); then
    tail -n 5 "$cache/npm.log" >&2
    echo "install_peers: npm install failed (log: $cache/npm.log); Bun and Deno are not available" >&2
    exit 1
  fi
fi
bin="$cache/node_modules/.bin"
bun_version="$("$bin/bun" --version)"
deno_version="$("$bin/deno" --version | head -n 1)"
if [[ "$bun_version" != 1.4.5 || "$deno_version" != "deno 2.9.6 "* ]]; then
  echo "install_peers: expected bun 1.4.5 and deno 2.9.6, got $bun_version and $deno_version" >&2
  exit 1
fi
echo "$bin"
