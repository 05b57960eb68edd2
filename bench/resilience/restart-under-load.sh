#!/usr/bin/env bash
# PostgreSQL restarted under load (issue 9; docs/performance.md, "Database restart under load"): starts the packaged
# app on a fresh database, puts public sign-ups and sign-up pages on it from a few clients, restarts PostgreSQL
# with pg_ctlcluster in the middle, and reports what the clients got (200s, 503s, anything else), how long requests
# took while the database was away, how long until requests succeeded again (the app is never restarted), and
# whether any sign-up was left half written. Writes target/resilience/report.txt. Never part of `mvn verify`.
#
#   bench/resilience/restart-under-load.sh                       # on a throw-away cluster (see below)
#   RESTART_SKIP_BUILD=1 bench/resilience/restart-under-load.sh
#   RESTART_CLUSTER=main RESTART_PG_PORT=5432 bench/resilience/restart-under-load.sh   # an existing cluster
#   RESTART_DOWN_FOR=10 bench/resilience/restart-under-load.sh   # stop, stay down 10 s, start (a longer outage)
#
# By default it creates a throw-away PostgreSQL 15 cluster "resilience" on port 5499 (trust authentication, local
# connections only) and drops it at the end, so that restarting it disturbs nobody else's server (the tests share
# the one on 5432). Needs root (pg_createcluster, pg_ctlcluster), a JDK 17+, Maven, psql.
set -euo pipefail

cd "$(dirname "$0")/../.."
PG_VERSION=${RESTART_PG_VERSION:-15}
CLUSTER=${RESTART_CLUSTER:-resilience}
PG_PORT=${RESTART_PG_PORT:-5499}
PG_ADMIN=${RESTART_PG_ADMIN:-postgres}
DB=${RESTART_DB:-liminal_restart}
PORT=${RESTART_PORT:-18090}
CLIENTS=${RESTART_CLIENTS:-8}
SECONDS_OF_LOAD=${RESTART_SECONDS:-40}
RESTART_AT=${RESTART_AT:-12}
DOWN_FOR=${RESTART_DOWN_FOR:-}
OUT=target/resilience
APP_PID=
LOAD_PID=
CREATED_CLUSTER=

psql_admin() { psql -X -q -h 127.0.0.1 -p "$PG_PORT" -U "$PG_ADMIN" "$@"; }
now_ms() { date +%s%3N; }

cleanup() {
	[[ -n "$LOAD_PID" ]] && kill "$LOAD_PID" 2>/dev/null || true
	if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
		kill "$APP_PID"
		wait "$APP_PID" 2>/dev/null || true
	fi
	if [[ -n "$CREATED_CLUSTER" ]]; then
		pg_dropcluster --stop "$PG_VERSION" "$CLUSTER" || true
	else
		psql_admin -d postgres -c "drop database if exists $DB with (force)" || true
	fi
}
trap cleanup EXIT

mkdir -p "$OUT"
rm -f "$OUT"/load.csv "$OUT"/report.txt
if ! pg_lsclusters -h | awk '{ print $1 "/" $2 }' | grep -qx "$PG_VERSION/$CLUSTER"; then
	echo "Creating the throw-away cluster $PG_VERSION/$CLUSTER on port $PG_PORT…"
	pg_createcluster "$PG_VERSION" "$CLUSTER" -p "$PG_PORT" -- --auth-host=trust --auth-local=trust >/dev/null
	CREATED_CLUSTER=1
fi
pg_ctlcluster --skip-systemctl-redirect "$PG_VERSION" "$CLUSTER" start 2>/dev/null || true

if [[ -z "${RESTART_SKIP_BUILD:-}" ]]; then
	echo "Building the app (mvn -B -DskipTests package)…"
	mvn -B -q -DskipTests package
fi
JAR=${RESTART_JAR:-$(ls target/liminal-*.jar | grep -v plain | head -1)}

echo "Starting the app on a fresh database $DB (port $PORT)…"
psql_admin -d postgres -c "drop database if exists $DB with (force)"
DATABASE_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/$DB" PORT=$PORT SIGN_UPS_PER_ADDRESS_PER_MINUTE=1000000 \
	DATABASE_ADMIN_USERNAMES=$PG_ADMIN DAILY_RUN_ENABLED=false \
	java -jar "$JAR" >"$OUT/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 180); do
	if curl -fs "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null 2>&1; then
		break
	fi
	kill -0 "$APP_PID" 2>/dev/null || { echo "The app did not start; see $OUT/app.log"; exit 1; }
	sleep 1
done
curl -fs "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null

echo "Seeding the organization 'surge' and its trainings (bench/surge-seed.sql)…"
TOKEN=$(psql_admin -d "$DB" -f bench/surge-seed.sql | head -1 | cut -d, -f2)
PAGE="http://127.0.0.1:$PORT/surge/join/$TOKEN"
curl -fs "$PAGE" >/dev/null

echo "Load: $CLIENTS clients for ${SECONDS_OF_LOAD}s; PostgreSQL restarted after ${RESTART_AT}s…"
java bench/resilience/RestartLoad.java "$PAGE" "$SECONDS_OF_LOAD" "$CLIENTS" "$OUT/load.csv" &
LOAD_PID=$!
sleep "$RESTART_AT"
RESTART_START=$(now_ms)
if [[ -n "$DOWN_FOR" ]]; then
	pg_ctlcluster --skip-systemctl-redirect "$PG_VERSION" "$CLUSTER" stop
	sleep "$DOWN_FOR"
	pg_ctlcluster --skip-systemctl-redirect "$PG_VERSION" "$CLUSTER" start
else
	pg_ctlcluster --skip-systemctl-redirect "$PG_VERSION" "$CLUSTER" restart
fi
RESTART_END=$(now_ms)
echo "Restarted in $((RESTART_END - RESTART_START)) ms; load continues…"
wait "$LOAD_PID"
LOAD_PID=

# Sign-ups answered "signed up" must all have their row; seats taken must equal confirmed registrations.
awk -F, '$3 == "sign-up" && $4 == 200 { print $6 }' "$OUT/load.csv" >"$OUT/signed-up.txt"
MISSING=$(psql_admin -d "$DB" -At -c "create temporary table answered (email text)" \
	-c "\\copy answered from '$OUT/signed-up.txt'" \
	-c "select count(*) from answered a where not exists (select 1 from registration r where r.email = a.email)")
SEATS_OFF=$(psql_admin -d "$DB" -At -c "select count(*) from training_seats s where s.taken <> (select count(*)
	from registration r where r.training_id = s.training_id and r.status = 'CONFIRMED')")
ROWS=$(psql_admin -d "$DB" -At -c "select count(*) from registration r join organization o on o.id = r.organization_id
	where o.slug = 'surge'")

{
	echo "Database restart under load, $(date -u '+%Y-%m-%d %H:%M UTC'), $(git rev-parse --short HEAD)$(git diff --quiet || echo '+changes')"
	echo "machine: $(nproc) cores, load average $(awk '{ print $1 }' /proc/loadavg); $CLIENTS clients, ${SECONDS_OF_LOAD}s, restart after ${RESTART_AT}s"
	echo "pg_ctlcluster $([[ -n "$DOWN_FOR" ]] && echo "stop, ${DOWN_FOR}s down, start" || echo restart) took: $((RESTART_END - RESTART_START)) ms"
	awk -F, -v start="$RESTART_START" -v end="$RESTART_END" '
		{ total++; by[$4]++ }
		$4 != 200 && $4 != 503 { other++ }
		$4 == 503 { if (first503 == "" || $2 < first503) first503 = $2; if ($2 > last503) last503 = $2;
		            if ($2 - $1 > max503) max503 = $2 - $1 }
		$4 == 200 && $1 > end && (firstOk == "" || $2 < firstOk) { firstOk = $2 }
		{ rows[NR] = $0 }
		END {
			printf "requests: %d; 200: %d; 503: %d; other (500s, failed connections): %d\n", total, by[200], by[503], other + 0
			if (by[503] > 0) {
				printf "503s answered from %+d ms to %+d ms of the restart start; slowest 503: %d ms\n", first503 - start, last503 - start, max503
			}
			printf "first 200 of a request sent after the restart: %d ms after the restart ended\n", firstOk - end
			for (i = 1; i <= NR; i++) { split(rows[i], f, ","); if (f[1] > firstOk && f[4] != 200) late++ }
			printf "failed requests sent after that first 200: %d\n", late + 0
		}' "$OUT/load.csv"
	# The longest time clients went without a successful answer.
	awk -F, '$4 == 200 { print $2 }' "$OUT/load.csv" | sort -n | awk -v start="$RESTART_START" '
		NR > 1 && $1 - prev > gap { gap = $1 - prev; from = prev }
		{ prev = $1 }
		END { printf "longest time without a 200: %d ms (from %+d ms of the restart start)\n", gap, from - start }'
	echo "sign-ups answered 'signed up': $(wc -l <"$OUT/signed-up.txt"); registrations: $ROWS; answered without their row: $MISSING; trainings whose seats taken <> confirmed: $SEATS_OFF"
	echo "app log: $(grep -c 'answered 503' "$OUT/app.log" || true) requests logged 503; $(grep -c ' ERROR ' "$OUT/app.log" || true) ERROR lines"
} | tee "$OUT/report.txt"
