#!/usr/bin/env bash
# The dashboards' dataset (issue 8; docs/performance.md, "Dashboard dataset"): loads one organization the size of a
# national movement (100 chapters, 5,000 trainings, 200,000 registrations, 2,000 trainers by default) into a database
# the app has already migrated (start the app on it once, as README "Run it" says), then prints the rows it holds per
# table and how long the load took. Refuses an organization slug that is already there; never deletes anything.
#
#   bench/dashboards/dataset.sh                                    # organization "national" in database liminal
#   DATASET_ORG=small DATASET_CHAPTERS=10 DATASET_TRAININGS=500 DATASET_REGISTRATIONS=20000 DATASET_TRAINERS=200 \
#       bench/dashboards/dataset.sh                                # a tenth of the size, as "small"
#   PGDATABASE=liminal_bench bench/dashboards/dataset.sh           # another database
#
# Connection: the usual libpq variables (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD), defaulting to the developer
# setup of README "Run it": database liminal on 127.0.0.1:5432 as postgres, trusted. The role must be a superuser or
# the schema's owner (liminal). Sign in as organizer1@{org}.dataset.test (or lead1@…, trainer1@…, coach1@…) with the
# password dataset-password.
set -euo pipefail

cd "$(dirname "$0")"
export PGHOST=${PGHOST:-127.0.0.1}
export PGPORT=${PGPORT:-5432}
export PGUSER=${PGUSER:-postgres}
export PGDATABASE=${PGDATABASE:-liminal}
ORG=${DATASET_ORG:-national}
CHAPTERS=${DATASET_CHAPTERS:-100}
TRAININGS=${DATASET_TRAININGS:-5000}
REGISTRATIONS=${DATASET_REGISTRATIONS:-200000}
TRAINERS=${DATASET_TRAINERS:-2000}

psql_q() { psql -X -q -v ON_ERROR_STOP=1 "$@"; }

if ! psql_q -Atc "select 1 from flyway_schema_history limit 1" >/dev/null 2>&1; then
	echo "$PGDATABASE on $PGHOST:$PGPORT is not migrated (or not reachable as $PGUSER): start the app on it once first." >&2
	exit 1
fi
if [[ -n "$(psql_q -At -v org="$ORG" <<<"select 1 from organization where slug = lower(:'org')")" ]]; then
	echo "The organization '$ORG' is already in $PGDATABASE: choose another DATASET_ORG, or drop the database." >&2
	exit 1
fi

echo "Loading '$ORG' into $PGDATABASE: $CHAPTERS chapters, $TRAININGS trainings, $REGISTRATIONS registrations," \
	"$TRAINERS trainers…"
START=$(date +%s.%N)
psql_q -v org="$ORG" -v chapters="$CHAPTERS" -v trainings="$TRAININGS" -v registrations="$REGISTRATIONS" \
	-v trainers="$TRAINERS" -f dataset.sql
END=$(date +%s.%N)
# A bulk load leaves the visibility map empty until autovacuum passes: vacuum now, so that index-only scans
# work from the first request, as they would in an organization that grew over months.
psql_q -c "vacuum analyze"

# Rows per table of the organization (accounts are global: those of its members).
psql_q -v org="$ORG" <<'SQL'
\pset footer off
with org as (select id from organization where slug = lower(:'org'))
select 'account' as "table", count(*) as rows from membership m, org where m.organization_id = org.id
union all select t, n from (
    select 'membership' as t, (select count(*) from membership, org where organization_id = org.id) as n
    union all select 'chapter', (select count(*) from chapter, org where organization_id = org.id)
    union all select 'chapter_lead', (select count(*) from chapter_lead, org where organization_id = org.id)
    union all select 'chapter_pool_member', (select count(*) from chapter_pool_member, org where organization_id = org.id)
    union all select 'team', (select count(*) from team, org where organization_id = org.id)
    union all select 'program', (select count(*) from program, org where organization_id = org.id)
    union all select 'program_version', (select count(*) from program_version, org where organization_id = org.id)
    union all select 'curriculum_module', (select count(*) from curriculum_module, org where organization_id = org.id)
    union all select 'training', (select count(*) from training, org where organization_id = org.id)
    union all select 'training_day', (select count(*) from training_day, org where organization_id = org.id)
    union all select 'training_assignment', (select count(*) from training_assignment, org where organization_id = org.id)
    union all select 'training_seats', (select count(*) from training_seats, org where organization_id = org.id)
    union all select 'registration', (select count(*) from registration, org where organization_id = org.id)
    union all select 'person', (select count(*) from person, org where organization_id = org.id)
    union all select 'checklist', (select count(*) from checklist, org where organization_id = org.id)
    union all select 'checklist_item', (select count(*) from checklist_item, org where organization_id = org.id)
    union all select 'run_through', (select count(*) from run_through, org where organization_id = org.id)
    union all select 'run_through_part', (select count(*) from run_through_part, org where organization_id = org.id)
    union all select 'feedback', (select count(*) from feedback, org where organization_id = org.id)
    union all select 'feedback_score', (select count(*) from feedback_score, org where organization_id = org.id)
    union all select 'qualification_kind', (select count(*) from qualification_kind, org where organization_id = org.id)
    union all select 'qualification', (select count(*) from qualification, org where organization_id = org.id)) as x;
with org as (select id from organization where slug = lower(:'org'))
select status, count(*) as trainings from training, org where organization_id = org.id group by status order by status;
with org as (select id from organization where slug = lower(:'org'))
select status, count(*) as registrations from registration, org where organization_id = org.id
group by status order by status;
SQL
awk -v a="$START" -v b="$END" 'BEGIN { printf "Loaded in %.1f s (the script alone, before vacuum, analyze and counting).\n", b - a }'
