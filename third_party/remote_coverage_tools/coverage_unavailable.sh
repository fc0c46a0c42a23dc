#!/bin/sh
echo "bazel coverage is not available in thaw's offline build" >&2
exit 1
