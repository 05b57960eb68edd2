#!/usr/bin/env bash
# The surge benchmark (issue 7; docs/performance.md, "Surge sign-ups"): builds and starts the packaged app on a
# fresh database, fires 10,000 public sign-ups at 20 trainings from 200 clients, checks every answer against the
# database, measures PostgreSQL's own single-row insert rate with pgbench, and writes target/surge/report.txt.
# It stops the app and drops its databases when it ends, however it ends. Never part of `mvn verify`.
#
#   bench/surge.sh                 # build, run, check, report
#   SURGE_SKIP_BUILD=1 bench/surge.sh
#   SURGE_JFR=1 bench/surge.sh     # also records target/surge/app.jfr (a JDK Flight Recording of the app)
#   SURGE_SKIP_BUILD=1 SURGE_JAR=/elsewhere/liminal.jar bench/surge.sh   # another build (e.g. before a change)
#
# Needs: a JDK 17+, Maven, and PostgreSQL on 127.0.0.1:5432 that lets SURGE_PG_ADMIN (postgres) in without a
# password (as on a developer machine, see README "Run it"), psql and pgbench.
set -euo pipefail

cd "$(dirname "$0")/.."
PG_ADMIN=${SURGE_PG_ADMIN:-postgres}
PG_HOST=${SURGE_PG_HOST:-127.0.0.1}
DB=${SURGE_DB:-liminal_bench}
SCRATCH_DB=${DB}_pgbench
PORT=${SURGE_PORT:-18080}
SIGNUPS=${SURGE_SIGNUPS:-10000}
CLIENTS=${SURGE_CLIENTS:-200}
WARMUP=${SURGE_WARMUP:-1000}
# Fewer clients for the warm-up: its sign-ups all queue on one training's seats.
WARMUP_CLIENTS=${SURGE_WARMUP_CLIENTS:-20}
OUT=target/surge
APP_PID=

psql_admin() { psql -X -q -h "$PG_HOST" -U "$PG_ADMIN" "$@"; }
load() { awk '{ print $1 }' /proc/loadavg; }
# CPU seconds (user + system) a process has used so far.
cpu() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.2f", ($14 + $15) / hz }' "/proc/$1/stat"; }

cleanup() {
	if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
		kill "$APP_PID"
		wait "$APP_PID" 2>/dev/null || true
	fi
	psql_admin -d postgres -c "drop database if exists $DB with (force)" || true
	psql_admin -d postgres -c "drop database if exists $SCRATCH_DB with (force)" || true
}
trap cleanup EXIT

mkdir -p "$OUT"
rm -f "$OUT"/outcomes*.csv "$OUT"/report.txt
if [[ -z "${SURGE_SKIP_BUILD:-}" ]]; then
	echo "Building the app (mvn -B -DskipTests package)…"
	mvn -B -q -DskipTests package
fi
JAR=${SURGE_JAR:-$(ls target/liminal-*.jar | grep -v plain | head -1)}
mvn -B -q dependency:copy -Dartifact=org.hdrhistogram:HdrHistogram:2.2.2 -DoutputDirectory="$OUT" >/dev/null
HDR="$OUT/HdrHistogram-2.2.2.jar"

echo "Starting the app on a fresh database $DB (port $PORT)…"
psql_admin -d postgres -c "drop database if exists $DB with (force)"
JFR_OPTS=()
if [[ -n "${SURGE_JFR:-}" ]]; then
	JFR_OPTS=(-XX:StartFlightRecording=filename=$OUT/app.jfr,settings=profile,dumponexit=true)
fi
# A pool of 20 (the app's default is 10): sign-ups waiting for their training's seats hold a connection, and with
# 10 the others time out waiting for one (docs/performance.md, "Surge sign-ups").
export DATABASE_POOL_SIZE=${DATABASE_POOL_SIZE:-20}
DATABASE_URL="jdbc:postgresql://$PG_HOST:5432/$DB" PORT=$PORT SIGN_UPS_PER_ADDRESS_PER_MINUTE=1000000 \
	java ${SURGE_JAVA_OPTS:-} "${JFR_OPTS[@]}" -jar "$JAR" >"$OUT/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 120); do
	if curl -fs "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null 2>&1; then
		break
	fi
	kill -0 "$APP_PID" 2>/dev/null || { echo "The app did not start; see $OUT/app.log"; exit 1; }
	sleep 1
done
curl -fs "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null

echo "Seeding the organization 'surge' and its trainings…"
psql_admin -d "$DB" -f bench/surge-seed.sql >"$OUT/trainings-all.csv"
head -20 "$OUT/trainings-all.csv" >"$OUT/trainings.csv"
tail -1 "$OUT/trainings-all.csv" >"$OUT/warmup.csv"

LOAD_BEFORE=$(load)
echo "Warming up: $WARMUP sign-ups at one more training (not counted)…"
java -cp "$HDR" bench/SurgeLoad.java "http://127.0.0.1:$PORT/surge" "$OUT/warmup.csv" "$WARMUP" "$WARMUP_CLIENTS" \
	warmup "$OUT/outcomes-warmup.csv" | tee "$OUT/warmup.txt"
echo "Surge: $SIGNUPS sign-ups at 20 trainings from $CLIENTS clients (load average before: $(load))…"
LOAD_START=$(load)
APP_CPU_START=$(cpu "$APP_PID")
java -cp "$HDR" bench/SurgeLoad.java "http://127.0.0.1:$PORT/surge" "$OUT/trainings.csv" "$SIGNUPS" "$CLIENTS" \
	p "$OUT/outcomes.csv" | tee "$OUT/surge.txt"
APP_CPU_MS=$(awk -v a="$APP_CPU_START" -v b="$(cpu "$APP_PID")" -v n="$SIGNUPS" 'BEGIN { printf "%.1f", (b - a) * 1000 / n }')
LOAD_END=$(load)

echo "Checking the database…"
cat "$OUT/outcomes.csv" "$OUT/outcomes-warmup.csv" >"$OUT/outcomes-all.csv"
psql_admin -d "$DB" -f bench/surge-verify.sql <"$OUT/outcomes-all.csv" | tee "$OUT/verify.txt"
VIOLATIONS=$(grep 'violations' "$OUT/verify.txt" | awk -F'|' '{ s += $2 } END { print s + 0 }')

kill "$APP_PID"
wait "$APP_PID" 2>/dev/null || true
APP_PID=

echo "pgbench: registration-shaped single-row inserts, -n -c 32 -j 2 -T 20 (load average before: $(load))…"
psql_admin -d postgres -c "drop database if exists $SCRATCH_DB with (force)" -c "create database $SCRATCH_DB"
psql_admin -d "$SCRATCH_DB" -f bench/surge-pgbench-schema.sql
pgbench -h "$PG_HOST" -U "$PG_ADMIN" -n -c 32 -j 2 -T 20 -f bench/surge-pgbench.sql "$SCRATCH_DB" \
	>"$OUT/pgbench.txt" 2>&1
INSERTS=$(grep -Po 'tps = \K[0-9.]+(?= \(without initial connection time\))' "$OUT/pgbench.txt")
SIGNUPS_PER_S=$(grep -Po 'throughput=\K[0-9.]+' "$OUT/surge.txt")

{
	echo "Surge sign-ups, $(date -u '+%Y-%m-%d %H:%M UTC'), $(git rev-parse --short HEAD)$(git diff --quiet || echo '+changes')"
	echo "machine: $(nproc) cores; load average before warm-up $LOAD_BEFORE, at start $LOAD_START, at end $LOAD_END"
	echo "app: $JAR; connection pool $DATABASE_POOL_SIZE; java options: ${SURGE_JAVA_OPTS:-none}"
	echo "surge: $(cat "$OUT/surge.txt")"
	echo "app CPU per sign-up: $APP_CPU_MS ms (the app's user + system time during the surge / sign-ups)"
	echo "pgbench inserts/s: $INSERTS"
	echo "ratio sign-ups/s / inserts/s: $(awk -v a="$SIGNUPS_PER_S" -v b="$INSERTS" 'BEGIN { printf "%.3f", a / b }')"
	echo "violations: $VIOLATIONS"
} | tee "$OUT/report.txt"
if [[ "$VIOLATIONS" != 0 ]]; then
	echo "The database check FAILED: see $OUT/verify.txt"
	exit 1
fi
