#!/usr/bin/env bash
# Runs a command with a throwaway PostgreSQL 15 server on 127.0.0.1, and
# DOSSIER_TEST_POSTGRES_URL pointing at it; the server is stopped and removed afterwards.
# Uses the server binaries in /usr/lib/postgresql/15/bin (Debian's postgresql-15).
set -euo pipefail
BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
PORT=${PG_PORT:-55432}
if [ ! -x "$BIN/initdb" ]; then
  echo "with-postgres: no PostgreSQL server binaries in $BIN; running without PostgreSQL" >&2
  exec "$@"
fi
DATA=$(mktemp -d /tmp/dossier-pg.XXXXXX)
run() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" = 0 ] && chown postgres "$DATA"
cleanup() { run "$BIN/pg_ctl" -D "$DATA" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$DATA"; }
trap cleanup EXIT
run "$BIN/initdb" -D "$DATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
run "$BIN/pg_ctl" -D "$DATA" -o "-p $PORT -k $DATA -c listen_addresses=127.0.0.1 -c fsync=off" -l "$DATA/log" -w start >/dev/null
export DOSSIER_TEST_POSTGRES_URL="postgres://postgres@127.0.0.1:$PORT/postgres"
echo "with-postgres: PostgreSQL $("$BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PORT" >&2
"$@"
