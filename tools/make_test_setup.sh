#!/usr/bin/env bash
# `make test`'s set-up: the Debian packages the tests use (tools/test_packages.sh: apt, mostly network and disk)
# are installed while pip installs the project into .venv (mostly processor) - on a fresh machine each takes a
# minute or more, and one after the other they added up. The packages' messages are printed after pip's, whole.
#   tools/make_test_setup.sh MAKE   (the make program to run `setup` with)
set -uo pipefail
cd "$(dirname "$0")/.."
log=$(mktemp)
tools/test_packages.sh >"$log" 2>&1 &
packages=$!
"$1" --no-print-directory setup
status=$?
wait "$packages"
cat "$log" >&2
rm -f "$log"
exit "$status"
