#!/usr/bin/env bash
# Shared by the local run and CI: make sure a PostgreSQL server answers on $RAPOR_PG_HOST:$RAPOR_PG_PORT
# (default 127.0.0.1:5432) for user $RAPOR_PG_USER (default postgres), starting the locally installed cluster
# when it is down. With RAPOR_PG_INSTALL=1 (CI) it also installs PostgreSQL from the Debian packages.

rapor_pg_host=${RAPOR_PG_HOST:-127.0.0.1}
rapor_pg_port=${RAPOR_PG_PORT:-5432}
rapor_pg_user=${RAPOR_PG_USER:-postgres}

rapor_pg_can_login() {
  PGPASSWORD=${RAPOR_PG_PASSWORD:-postgres} PGCONNECT_TIMEOUT=3 \
    psql -h "$rapor_pg_host" -p "$rapor_pg_port" -U "$rapor_pg_user" -d postgres -tAc 'select 1' >/dev/null 2>&1
}

rapor_pg_explain() {
  cat >&2 <<MSG
Rapor needs PostgreSQL (14 or newer) at $rapor_pg_host:$rapor_pg_port for user $rapor_pg_user with CREATEDB.
  - Debian/Ubuntu: sudo apt-get install postgresql && sudo pg_ctlcluster \$(ls /usr/lib/postgresql | sort -V | tail -1) main start
  - macOS (Homebrew): brew install postgresql@17 && brew services start postgresql@17
  - or any server: export RAPOR_PG_HOST=... RAPOR_PG_PORT=... RAPOR_PG_USER=... RAPOR_PG_PASSWORD=...
MSG
}

ensure_postgres() {
  if rapor_pg_can_login; then
    return 0
  fi
  if ! command -v psql >/dev/null 2>&1 && ! command -v pg_ctlcluster >/dev/null 2>&1; then
    if [ "${RAPOR_PG_INSTALL:-0}" = "1" ] && command -v apt-get >/dev/null 2>&1; then
      echo "Installing PostgreSQL from the Debian packages..."
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    else
      rapor_pg_explain
      return 1
    fi
  fi
  if [ "$rapor_pg_host" = "127.0.0.1" ] || [ "$rapor_pg_host" = "localhost" ]; then
    if ! pg_isready -q -h "$rapor_pg_host" -p "$rapor_pg_port" 2>/dev/null && command -v pg_ctlcluster >/dev/null 2>&1; then
      ver=$(ls /usr/lib/postgresql | sort -V | tail -1)
      pg_lsclusters -h 2>/dev/null | grep -q "^$ver main" || pg_createcluster "$ver" main >/dev/null
      echo "Starting the local PostgreSQL $ver cluster..."
      pg_ctlcluster --skip-systemctl-redirect "$ver" main start || sudo pg_ctlcluster --skip-systemctl-redirect "$ver" main start || true
      for _ in $(seq 30); do pg_isready -q -h "$rapor_pg_host" -p "$rapor_pg_port" && break; sleep 1; done
    fi
    if ! rapor_pg_can_login && [ "$(id -u)" = "0" ] && id postgres >/dev/null 2>&1; then
      su postgres -c "psql -q -c \"ALTER USER postgres PASSWORD '${RAPOR_PG_PASSWORD:-postgres}'\"" >/dev/null 2>&1 || true
    fi
  fi
  if ! rapor_pg_can_login; then
    rapor_pg_explain
    return 1
  fi
}
