#!/usr/bin/env bash
# Tests that a backup of Liminal's database can be restored and run: dumps the configured database (or takes the
# dump file given as the first argument), restores it into a fresh scratch database as the owner role, starts the
# packaged application on it on a spare port, waits until it reports itself healthy and ready, then stops it and
# drops the scratch database. Exits 0 when the backup passed, non-zero otherwise. See docs/operations.md.
#
#   ops/backup-check.sh                      dump the configured database now, and test that dump
#   ops/backup-check.sh /backups/x.dump      test an existing dump (pg_dump -Fc)
#
# Configuration: the application's own variables (README, "Configuration"): DATABASE_URL, DATABASE_USERNAME and
# DATABASE_PASSWORD (the application's role), DATABASE_OWNER_USERNAME and DATABASE_OWNER_PASSWORD (restores),
# DATABASE_ADMIN_USERNAMES and DATABASE_ADMIN_PASSWORD (creates and drops the scratch database); and
#   BACKUP_USERNAME, BACKUP_PASSWORD   the role that dumps and counts rows: a superuser, or a role with BYPASSRLS
#                                      and pg_read_all_data (row-level security is forced on the owner too);
#                                      default: the administrative role
#   BACKUP_CHECK_JAR                   the packaged application (default: target/liminal-*.jar)
#   BACKUP_CHECK_PORT                  the port it listens on (default: the first free one from 18181)
#   BACKUP_CHECK_TIMEOUT               seconds to wait for it to be ready (default: 300)
#   BACKUP_CHECK_KEEP=1                keep the scratch database, the dump and the log, to look into a failure
set -uo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd) || exit 2

database_url=${DATABASE_URL:-jdbc:postgresql://localhost:5432/liminal}
app_user=${DATABASE_USERNAME:-liminal_app}
app_password=${DATABASE_PASSWORD:-liminal_app}
owner_user=${DATABASE_OWNER_USERNAME:-liminal}
owner_password=${DATABASE_OWNER_PASSWORD:-liminal}
IFS=, read -r -a admin_users <<< "${DATABASE_ADMIN_USERNAMES:-postgres,root}"
admin_password=${DATABASE_ADMIN_PASSWORD:-}
timeout=${BACKUP_CHECK_TIMEOUT:-300}
given_dump=${1:-}

started=$(date +%s)
work=$(mktemp -d "${TMPDIR:-/tmp}/liminal-backup-check.XXXXXX")
app_pid=""
scratch=""
admin_user=""

say() { printf '%s  %s\n' "$(date -u +%H:%M:%S)" "$*"; }

fail() {
  say "FAILED: $*"
  exit 1
}

# jdbc:postgresql://host[:port]/database[?parameters]: one host only.
[[ $database_url =~ ^jdbc:postgresql://([^/:?,]+)(:([0-9]+))?/([^?]+) ]] \
  || { echo "DATABASE_URL must look like jdbc:postgresql://host[:port]/database (one host): $database_url" >&2; exit 2; }
host=${BASH_REMATCH[1]}
port=${BASH_REMATCH[3]:-5432}
source_db=${BASH_REMATCH[4]}

# psql and friends as a role: run_as ROLE PASSWORD command...
run_as() {
  local role=$1 password=$2
  shift 2
  PGPASSWORD=$password PGCONNECT_TIMEOUT=10 "$@" -h "$host" -p "$port" -U "$role"
}

admin_sql() { run_as "$admin_user" "$admin_password" psql -X -q -v ON_ERROR_STOP=1 -d postgres -Atc "$1"; }

cleanup() {
  local status=$?
  if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
    say "Stopping the application (pid $app_pid)"
    kill "$app_pid" 2>/dev/null
    for _ in $(seq 1 30); do kill -0 "$app_pid" 2>/dev/null || break; sleep 1; done
    kill -9 "$app_pid" 2>/dev/null
  fi
  if [ "${BACKUP_CHECK_KEEP:-}" = 1 ]; then
    say "Kept (BACKUP_CHECK_KEEP=1): database ${scratch:-none}, files in $work"
  else
    if [ -n "$scratch" ]; then
      say "Dropping the scratch database $scratch"
      admin_sql "drop database if exists \"$scratch\" with (force)" || say "Could not drop $scratch: drop it by hand"
    fi
    rm -rf "$work"
  fi
  if [ "$status" = 0 ]; then
    say "Backup check PASSED in $(( $(date +%s) - started )) s"
  else
    say "Backup check FAILED in $(( $(date +%s) - started )) s"
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

for tool in pg_dump pg_restore psql java curl; do
  command -v "$tool" >/dev/null || fail "$tool is not installed"
done
packaged=("$repo"/target/liminal-*.jar)
jar=${BACKUP_CHECK_JAR:-${packaged[0]}}
if [ ! -f "$jar" ]; then
  fail "no packaged application: run 'mvn -DskipTests package' or set BACKUP_CHECK_JAR"
fi

for candidate in "${admin_users[@]}"; do
  if run_as "$candidate" "$admin_password" psql -X -d postgres -Atc 'select 1' >/dev/null 2>&1; then
    admin_user=$candidate
    break
  fi
done
[ -n "$admin_user" ] || fail "none of the administrative roles (${admin_users[*]}) can connect to $host:$port"
backup_user=${BACKUP_USERNAME:-$admin_user}
backup_password=${BACKUP_PASSWORD:-$admin_password}
say "Server $host:$port; application $jar; administrative role $admin_user; dumping role $backup_user"

# Every table's row count, in one statement, as the dumping role (the owner would see no rows: RLS is forced).
count_rows() {
  local db=$1 query
  query=$(run_as "$backup_user" "$backup_password" psql -X -d "$db" -Atc "select string_agg(format(
      'select %L as t, count(*) as n from public.%I', tablename, tablename), ' union all ' order by tablename)
      from pg_tables where schemaname = 'public'") || return 1
  run_as "$backup_user" "$backup_password" psql -X -d "$db" -AtF ' ' -c "select t, n from ($query) c order by t"
}

# 1. The dump.
dump=$work/liminal.dump
if [ -n "$given_dump" ]; then
  [ -f "$given_dump" ] || fail "no such dump file: $given_dump"
  cp "$given_dump" "$dump"
  say "Testing the dump $given_dump ($(du -h "$dump" | cut -f1))"
else
  say "Dumping $source_db as $backup_user (pg_dump -Fc)"
  run_as "$backup_user" "$backup_password" pg_dump -Fc -d "$source_db" -f "$dump" 2> "$work/pg_dump.log" \
    || fail "pg_dump: $(tail -n 3 "$work/pg_dump.log")"
  count_rows "$source_db" > "$work/source-counts.txt" || fail "could not count the rows of $source_db"
  say "Dumped $(du -h "$dump" | cut -f1)"
fi
entries=$(pg_restore -l "$dump" 2> "$work/pg_restore-list.log") || fail "not a pg_dump -Fc archive: $(tail -n 1 "$work/pg_restore-list.log")"
say "The dump holds $(grep -c ' TABLE DATA ' <<< "$entries") tables' data and $(grep -c ' POLICY ' <<< "$entries") row-level security policies"

# 2. A fresh database owned by the owner role, and the restore into it as that role.
scratch="${source_db}_backupcheck_$(date -u +%Y%m%d%H%M%S)"
say "Creating the scratch database $scratch owned by $owner_user"
admin_sql "create database \"$scratch\" owner \"$owner_user\"" || fail "could not create $scratch"
say "Restoring as $owner_user (pg_restore --no-owner --single-transaction --exit-on-error)"
run_as "$owner_user" "$owner_password" pg_restore --no-owner --single-transaction --exit-on-error -d "$scratch" "$dump" \
  2> "$work/pg_restore.log" || fail "pg_restore: $(tail -n 5 "$work/pg_restore.log")"
count_rows "$scratch" > "$work/restored-counts.txt" || fail "could not count the rows of $scratch"
say "Restored $(wc -l < "$work/restored-counts.txt") tables, $(awk '{ n += $2 } END { print n + 0 }' "$work/restored-counts.txt") rows"
if [ -f "$work/source-counts.txt" ]; then
  if diff_out=$(diff "$work/source-counts.txt" "$work/restored-counts.txt"); then
    say "Every table has as many rows as in $source_db"
  else
    # Not a failure by itself: the source may have changed between the dump and the count.
    say "WARNING: row counts differ from $source_db (changed since the dump?):"
    printf '%s\n' "$diff_out"
  fi
fi

# 3. The application on the restored database: Flyway validates the schema history (and migrates it if this
# application is newer), Hibernate validates the schema, the health endpoints check the database.
app_port=${BACKUP_CHECK_PORT:-}
if [ -z "$app_port" ]; then
  for candidate in $(seq 18181 18281); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then app_port=$candidate; break; fi
  done
fi
[ -n "$app_port" ] || fail "no free port between 18181 and 18281: set BACKUP_CHECK_PORT"
# No mail server: letters the restored outbox still holds are logged, never sent to anyone, and the mail health
# indicator is off (as always without MAIL_HOST): mail is not what a backup is checked for.
say "Starting the application on port $app_port (no mail sent, no daily run, no demo data)"
env DATABASE_URL="jdbc:postgresql://$host:$port/$scratch" \
  DATABASE_USERNAME="$app_user" DATABASE_PASSWORD="$app_password" \
  DATABASE_OWNER_USERNAME="$owner_user" DATABASE_OWNER_PASSWORD="$owner_password" \
  DATABASE_ADMIN_USERNAMES="$admin_user" DATABASE_ADMIN_PASSWORD="$admin_password" \
  PORT="$app_port" MAIL_HOST= DAILY_RUN_ENABLED=false SPRING_PROFILES_ACTIVE= \
  java -jar "$jar" > "$work/app.log" 2>&1 &
app_pid=$!

# Ready and healthy: both answer 200 (a DOWN or OUT_OF_SERVICE status answers 503) with the status UP.
probe() {
  curl -sS --max-time 5 -w ' %{http_code}' "http://127.0.0.1:$app_port$1" 2>/dev/null
}
up() { [[ $1 == *'"status":"UP"'*' 200' ]]; }
ready=""
health=""
deadline=$(( $(date +%s) + timeout ))
while [ "$(date +%s)" -lt "$deadline" ]; do
  kill -0 "$app_pid" 2>/dev/null || fail "the application exited; its log ends with:
$(tail -n 20 "$work/app.log")"
  ready=$(probe /actuator/health/readiness)
  health=$(probe /actuator/health)
  up "$ready" && up "$health" && break
  sleep 2
done
if ! { up "$ready" && up "$health"; }; then
  fail "the application was not ready and healthy within $timeout s \
(readiness: ${ready:-no answer}; health: ${health:-no answer}); its log ends with:
$(tail -n 20 "$work/app.log")"
fi
say "$(grep -m 1 -o 'Started LiminalApplication in [0-9.]* seconds' "$work/app.log" || echo 'Started')"
say "/actuator/health/readiness answered ${ready% *} (HTTP ${ready##* })"
say "/actuator/health answered ${health% *} (HTTP ${health##* })"
