#!/usr/bin/env bash
# Debian packages some tests use beside Python's: poppler's pdftotext (the PDF text-extraction tests read what a
# person copying from the PDF gets); chromium and its chromedriver (the center dashboard's browser tests,
# tests/center/browser/, drive /usr/bin/chromium through /usr/bin/chromedriver with Selenium); PostgreSQL's
# server programs (tools/with_postgres.sh starts a throw-away server for the center's tests, and would install
# them itself). Installed when root and missing, all with one `apt-get update`; otherwise those tests skip with a
# notice. `make test` runs this while pip installs the project (tools/make_test_setup.sh).
set -uo pipefail
PACKAGES=(poppler-utils chromium chromium-driver)
COMMANDS=(pdftotext chromium chromedriver)
missing=()
for i in "${!PACKAGES[@]}"; do
    command -v "${COMMANDS[$i]}" >/dev/null || missing+=("${PACKAGES[$i]}")
done
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "test_packages: installing ${missing[*]}" >&2
    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null \
        || echo "test_packages: could not install ${missing[*]}; the tests that need them will skip" >&2
else
    echo "test_packages: missing ${missing[*]} (sudo apt-get install ${missing[*]}); the tests that need them will skip" >&2
fi
exit 0
