#!/usr/bin/env bash
# The dashboards against a national movement's data (issue 8; docs/performance.md, "Dashboards"): starts the
# packaged app on a fresh database, loads the dataset (bench/dashboards/dataset.sh: 100 chapters, 5,000 trainings,
# 200,000 registrations, 2,000 trainers), signs in as its organizer, busiest trainer and busiest coach, and times
# each dashboard page, and two lists behind the national one's figures, one request at a time (single user): a
# warm-up, then DASH_REQUESTS timed requests per page.
# Reports p50/p95/max in target/dashboards/report.txt. Stops the app and drops its database
# however it ends. Never part of `mvn verify`.
#
#   bench/dashboards/measure.sh                       # build, load, measure
#   DASH_SKIP_BUILD=1 bench/dashboards/measure.sh     # reuse target/liminal-*.jar
#   DASH_KEEP_DB=1 bench/dashboards/measure.sh        # keep the database afterwards, to look at its queries
#   DASH_REUSE_DB=1 bench/dashboards/measure.sh       # measure again on the kept database, without reloading it
#
# Needs: a JDK 17+, Maven, curl, and PostgreSQL on 127.0.0.1:5432 that lets postgres in without a password.
set -euo pipefail

cd "$(dirname "$0")/../.."
PG_HOST=${DASH_PG_HOST:-127.0.0.1}
DB=${DASH_DB:-liminal_dashboards}
PORT=${DASH_PORT:-18081}
REQUESTS=${DASH_REQUESTS:-100}
WARMUP=${DASH_WARMUP:-30}
OUT=target/dashboards
BASE="http://127.0.0.1:$PORT"
APP_PID=

cleanup() {
	if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
		kill "$APP_PID"
		wait "$APP_PID" 2>/dev/null || true
	fi
	if [[ -z "${DASH_KEEP_DB:-}${DASH_REUSE_DB:-}" ]]; then
		psql -X -q -h "$PG_HOST" -U postgres -d postgres -c "drop database if exists $DB with (force)" || true
	fi
}
trap cleanup EXIT

mkdir -p "$OUT"
rm -f "$OUT"/*.txt "$OUT"/cookies*
if [[ -z "${DASH_SKIP_BUILD:-}" ]]; then
	echo "Building the app (mvn -B -DskipTests package)…"
	mvn -B -q -DskipTests package
fi
JAR=$(ls target/liminal-*.jar | grep -v plain | head -1)

echo "Starting the app on a fresh database $DB (port $PORT)…"
if [[ -z "${DASH_REUSE_DB:-}" ]]; then
	psql -X -q -h "$PG_HOST" -U postgres -d postgres -c "drop database if exists $DB with (force)"
fi
# Without the chapters' daily run: catching up on a freshly loaded organization's digests and alerts would share
# the two cores with the requests being timed (single user, nothing else running).
DATABASE_URL="jdbc:postgresql://$PG_HOST:5432/$DB" PORT=$PORT DAILY_RUN_ENABLED=false java -jar "$JAR" \
	>"$OUT/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 120); do
	curl -fs "$BASE/actuator/health/readiness" >/dev/null 2>&1 && break
	kill -0 "$APP_PID" 2>/dev/null || { echo "The app did not start; see $OUT/app.log"; exit 1; }
	sleep 1
done
curl -fs "$BASE/actuator/health/readiness" >/dev/null

if [[ -z "${DASH_REUSE_DB:-}" ]]; then
	PGHOST=$PG_HOST PGDATABASE=$DB bench/dashboards/dataset.sh | tee "$OUT/dataset.txt"
fi

# Signs in with the dataset's password, keeping the session in a cookie file named after the person.
sign_in() {
	local email=$1 cookies="$OUT/cookies-$1"
	echo "Signing in as $email…"
	local login token
	login=$(curl -fs -c "$cookies" -b "$cookies" "$BASE/login")
	token=$(grep -Po 'name="_csrf" value="\K[^"]+' <<<"$login" | head -1)
	curl -fs -o /dev/null -c "$cookies" -b "$cookies" --data-urlencode "email=$email" \
		--data-urlencode "password=dataset-password" --data-urlencode "_csrf=$token" "$BASE/login"
}
ORGANIZER=organizer1@national.dataset.test
# My page for the busiest: the trainer with the most upcoming seats, the coach with the most feedback.
TRAINER=$(psql -X -q -At -h "$PG_HOST" -U postgres -d "$DB" -c "select a.email from training_assignment s
	join training t on t.id = s.training_id join account a on a.id = s.account_id
	where t.status = 'SCHEDULED' and s.post = 'MODULE' group by a.email order by count(*) desc, a.email limit 1")
COACH=$(psql -X -q -At -h "$PG_HOST" -U postgres -d "$DB" -c "select a.email from feedback f
	join account a on a.id = f.coach_id group by a.email order by count(*) desc, a.email limit 1")
for person in "$ORGANIZER" "$TRAINER" "$COACH"; do
	sign_in "$person"
done

# Milliseconds per request, one at a time; fails on anything but 200.
timed() {
	local url=$1 count=$2 # and $3, who asks
	for _ in $(seq 1 "$count"); do
		curl -s -o /dev/null -b "$OUT/cookies-$3" -H 'Accept-Language: en' -w '%{http_code} %{time_total}\n' "$url"
	done | awk '$1 != 200 { print "HTTP " $1 " for '"$url"'" > "/dev/stderr"; exit 1 } { printf "%.1f\n", $2 * 1000 }'
}
percentiles() {
	sort -n | awk '{ v[NR] = $1 } END { i50 = int(NR * 0.50 + 0.5); i95 = int(NR * 0.95 + 0.5);
		printf "n=%d p50=%.1f ms p95=%.1f ms max=%.1f ms", NR, v[i50], v[i95], v[NR] }'
}

CHAPTER=$(psql -X -q -At -h "$PG_HOST" -U postgres -d "$DB" \
	-c "select c.id from chapter c join organization o on o.id = c.organization_id where o.slug = 'national' order by c.name limit 1")
# Two lists behind the national dashboard's figures, at their largest: the holders of the most held pathway step
# (first page), and the feedback of the coach who gave the most.
KIND=$(psql -X -q -At -h "$PG_HOST" -U postgres -d "$DB" -c "select kind_id from qualification
	where revoked_at is null and replaced_at is null group by kind_id order by count(*) desc limit 1")
COACH_ID=$(psql -X -q -At -h "$PG_HOST" -U postgres -d "$DB" -c "select coach_id from feedback
	group by coach_id order by count(*) desc, coach_id limit 1")
# Each page with who asks for it.
PAGES=("/national/dashboard $ORGANIZER" "/national/dashboard?chapter=$CHAPTER $ORGANIZER"
	"/national/chapters/$CHAPTER/dashboard $ORGANIZER" "/national/me $TRAINER" "/national/me $COACH"
	"/national/pathway/kinds/$KIND $ORGANIZER" "/national/coaching/coaches/$COACH_ID $ORGANIZER")
{
	echo "Dashboards, $(date -u '+%Y-%m-%d %H:%M UTC'), $(git rev-parse --short HEAD)$(git diff --quiet || echo '+changes')"
	echo "machine: $(nproc) cores; load average $(awk '{ print $1 }' /proc/loadavg); app: $JAR"
} >"$OUT/report.txt"
# Every page warmed up before any is timed, so that the first is not timed while the JIT still compiles for the rest.
for entry in "${PAGES[@]}"; do
	read -r page person <<<"$entry"
	timed "$BASE$page" "$WARMUP" "$person" >/dev/null
done
for entry in "${PAGES[@]}"; do
	read -r page person <<<"$entry"
	echo "$page ($person): $(timed "$BASE$page" "$REQUESTS" "$person" | percentiles)" >>"$OUT/report.txt"
done
cat "$OUT/report.txt"
