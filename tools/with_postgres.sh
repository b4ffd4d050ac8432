#!/usr/bin/env bash
# Run a command with a throw-away PostgreSQL server for the center's tests:
#   tools/with_postgres.sh COMMAND [ARGS...]
# Finds PostgreSQL's server programs (installing Debian's `postgresql` package when root and missing), starts a
# private cluster on a free loopback port as an unprivileged user, exports RASAD_TEST_POSTGRES_URL, runs the
# command, and stops and removes the cluster afterwards. When no server can be had, it says so clearly and runs
# the command anyway: the PostgreSQL tests then skip with their own notice.
set -uo pipefail

notice() { echo "with_postgres: $*" >&2; }

find_bin() {
    local dir
    for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -rV) /usr/local/bin /usr/bin; do
        if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then echo "$dir"; return 0; fi
    done
    return 1
}

run_without() {
    notice "$1; the PostgreSQL center tests will be skipped."
    if declare -F cleanup >/dev/null; then trap - EXIT; cleanup; fi
    exec "${@:2}"
}

if [ -n "${RASAD_TEST_POSTGRES_URL:-}" ]; then exec "$@"; fi

PG_BIN=$(find_bin)
if [ -z "$PG_BIN" ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        notice "installing Debian's postgresql package for the center tests"
        apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
        PG_BIN=$(find_bin)
    fi
fi
[ -n "$PG_BIN" ] || run_without "no PostgreSQL server programs (install: sudo apt-get install postgresql)" "$@"

# initdb refuses to run as root: use an unprivileged account (created when missing).
RUN_AS=()
OWNER=$(id -un)
if [ "$(id -u)" = 0 ]; then
    OWNER=rasadtest
    id "$OWNER" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$OWNER" \
        || run_without "could not create the unprivileged user $OWNER" "$@"
    if command -v runuser >/dev/null; then RUN_AS=(runuser -u "$OWNER" --); else RUN_AS=(su -s /bin/sh "$OWNER" -c); fi
fi

DATA=$(mktemp -d /tmp/rasad-pg.XXXXXX)
chmod 755 "$DATA"
[ "$(id -u)" = 0 ] && chown "$OWNER" "$DATA"
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

cleanup() {
    "${RUN_AS[@]}" "$PG_BIN/pg_ctl" -D "$DATA/db" -m immediate stop >/dev/null 2>&1
    rm -rf "$DATA"
}
trap cleanup EXIT

if ! "${RUN_AS[@]}" "$PG_BIN/initdb" -D "$DATA/db" -U rasad --auth=trust -E UTF8 --locale=C.UTF-8 >"$DATA/initdb.log" 2>&1 \
   && ! "${RUN_AS[@]}" "$PG_BIN/initdb" -D "$DATA/db" -U rasad --auth=trust -E UTF8 --locale=C >"$DATA/initdb.log" 2>&1; then
    cat "$DATA/initdb.log" >&2
    run_without "initdb failed" "$@"
fi
if ! "${RUN_AS[@]}" "$PG_BIN/pg_ctl" -D "$DATA/db" -l "$DATA/server.log" -w -t 60 \
        -o "-h 127.0.0.1 -p $PORT -k $DATA -F -c fsync=off" start >/dev/null; then
    cat "$DATA/server.log" >&2
    run_without "the PostgreSQL server did not start" "$@"
fi
if ! "${RUN_AS[@]}" "$PG_BIN/createdb" -h 127.0.0.1 -p "$PORT" -U rasad rasad_test; then
    run_without "could not create the test database" "$@"
fi

export RASAD_TEST_POSTGRES_URL="postgresql+psycopg://rasad@127.0.0.1:$PORT/rasad_test"
notice "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PORT for the center tests"
"$@"
