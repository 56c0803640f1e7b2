# Sourced by .ci/run (as root, on a fresh Debian machine; also fine to re-run where PostgreSQL is installed).
# Installs PostgreSQL from Debian's packages, starts a throwaway cluster in a temporary folder on 127.0.0.1 on a
# private port (fsync off: the data is thrown away), creates a role that may create databases (each test class
# makes its own), exports CHANCERY_TEST_POSTGRES and pushes the stop command onto ci_cleanup.
# Usable on its own too: `source .ci/services.d/postgres.sh` gives a server for the Postgres tests.

chancery_pg_start() {
  local bin dir port user=postgres as=()
  if ! ls -d /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    echo "installing postgresql from Debian's packages"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null &&
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null ||
      { echo "postgres.sh: apt-get install postgresql failed"; return 1; }
  fi
  bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)

  # The server refuses to run as root: run it as the postgres user the package created.
  if [ "$(id -u)" = 0 ]; then as=(runuser -u "$user" --); else user=$(id -un); fi
  dir=$(mktemp -d "${TMPDIR:-/tmp}/chancery-pg.XXXXXX") || return 1
  chown "$user" "$dir" && chmod 700 "$dir"

  # A private port that nothing listens on yet (a cluster from an earlier run may still hold 55432).
  for port in $(seq 55432 55482); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || break
  done

  "${as[@]}" "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1 ||
    { echo "postgres.sh: initdb failed:"; tail -n 20 "$dir/initdb.log"; return 1; }
  "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
    start >/dev/null ||
    { echo "postgres.sh: pg_ctl start failed:"; tail -n 20 "$dir/server.log"; return 1; }
  ci_cleanup+=("${as[*]} $bin/pg_ctl -D $dir/data -m fast -w stop >/dev/null; rm -rf $dir")

  "$bin/psql" -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres -d postgres \
    -c "CREATE ROLE chancery LOGIN CREATEDB PASSWORD 'chancery'" \
    -c "GRANT pg_signal_backend TO chancery" \
    -c "CREATE DATABASE chancery OWNER chancery" >/dev/null ||
    { echo "postgres.sh: creating the chancery role and database failed"; return 1; }

  export CHANCERY_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=chancery;Password=chancery;Database=chancery"
  echo "PostgreSQL $("$bin/postgres" --version | grep -oE '[0-9]+(\.[0-9]+)*' | head -n 1) on 127.0.0.1:$port (data in $dir)"
}

chancery_pg_start
chancery_pg_status=$?
unset -f chancery_pg_start
return $chancery_pg_status 2>/dev/null || exit $chancery_pg_status
