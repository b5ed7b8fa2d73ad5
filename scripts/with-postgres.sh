#!/usr/bin/env bash
# Run a command against a throw-away PostgreSQL server on a local port.
# TEST_DATABASE_URL points the test suite at it; the server and its data are
# removed when the command ends. Installs Debian's postgresql package when
# running as root and no server binaries are present (CI); otherwise says how.
set -euo pipefail

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

if [ -z "$(pg_bin)" ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "PostgreSQL server binaries not found: install them (Debian: apt-get install postgresql)." >&2
    exit 1
  fi
  echo "==> installing PostgreSQL (Debian package)"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
BIN=$(pg_bin)
PORT=${PGTEST_PORT:-55432}
DATA=$(mktemp -d /tmp/policylabel-pg.XXXXXX)

as_owner() {
  # PostgreSQL refuses to run as root: run its tools as the postgres user then.
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
[ "$(id -u)" -eq 0 ] && chown postgres "$DATA"

cleanup() {
  as_owner "$BIN/pg_ctl" -D "$DATA" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$DATA"
}
trap cleanup EXIT

echo "==> starting PostgreSQL $("$BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PORT"
as_owner "$BIN/initdb" -D "$DATA" -A trust -U policylabel -E UTF8 >/dev/null
as_owner "$BIN/pg_ctl" -D "$DATA" -l "$DATA/server.log" -w \
  -o "-p $PORT -k $DATA -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
as_owner "$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U policylabel policylabel_test

export TEST_DATABASE_URL="postgresql+psycopg://policylabel@127.0.0.1:$PORT/policylabel_test"
"$@"
