#!/usr/bin/env bash
# Installs everything thaw needs to build and test on Debian 12, and nothing
# that is already there. Safe to run any number of times.
#
# libnode itself is not installed here: on machines with a non-Debian Node.js
# `apt-get install libnode-dev` cannot succeed, so the Bazel repository rule
# in bazel/libnode.bzl downloads and unpacks the two pinned .deb files itself.
# This script installs the shared libraries that libnode.so.108 loads.
set -euo pipefail

packages=(
  # Bazel 4.2.3 and the rule sets the WORKSPACE points at.
  bazel-bootstrap bazel-rules-cc bazel-platforms bazel-rules-java bazel-skylib
  # Libraries thaw links statically.
  libabsl-dev libzstd-dev libgtest-dev
  # Headers of libraries thaw shares with libnode (linked dynamically).
  libuv1-dev libssl-dev libicu-dev zlib1g-dev
  # What libnode.so.108 links against (its Depends, minus the node-* JS
  # packages that only Node's own CLI uses).
  libbrotli1 libc-ares2 libicu72 libnghttp2-14 libssl3 libuv1 zlib1g
  # Tools the build, tests and benchmarks call.
  g++ binutils dpkg-dev zstd python3 hyperfine
)

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$package")
  fi
done

if ((${#missing[@]} == 0)); then
  echo "setup: all ${#packages[@]} packages present"
  exit 0
fi

sudo=()
if [[ $(id -u) != 0 ]]; then
  sudo=(sudo)
fi
echo "setup: installing ${missing[*]}"
"${sudo[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
