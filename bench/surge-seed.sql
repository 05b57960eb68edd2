-- The surge's organization: one chapter, one published one-day program, and scheduled public trainings a month
-- ahead (the 20 the surge fires at, with capacities from 60 to 10,000 so that some fill up and keep a waitlist
-- and others never do, and one more that only warms the app up). Run by bench/surge.sh as a superuser after the
-- app has migrated the database; prints "id,token" of the surge's trainings, then of the warm-up one.
\set ON_ERROR_STOP on
begin;
create temporary table surge_ids as
select gen_random_uuid() as organization_id, gen_random_uuid() as chapter_id, gen_random_uuid() as program_id,
       gen_random_uuid() as version_id;
insert into organization (id, slug, name, created_at)
select organization_id, 'surge', 'Surge Movement', now() from surge_ids;
insert into chapter (id, organization_id, slug, name, time_zone, created_at)
select chapter_id, organization_id, 'new-york', 'New York', 'America/New_York', now() from surge_ids;
insert into program (id, organization_id, created_at) select program_id, organization_id, now() from surge_ids;
insert into program_version (id, organization_id, program_id, number, published_at, name, pathway_level,
                             length_days, capacity, languages, day_starts, created_at)
select version_id, organization_id, program_id, 1, now(), 'Core training', 'INITIATION', 1, 30, '{en}', '{09:00}', now()
from surge_ids;
create temporary table surge_training as
select n, gen_random_uuid() as id,
       (array[60, 120, 180, 240, 300, 360, 420, 470, 480, 490, 500, 520, 560, 600, 700, 800, 1000, 2000, 5000, 10000,
              200])[n] as capacity
from generate_series(1, 21) as n;
insert into training (id, organization_id, chapter_id, program_id, program_version_id, version_number, status,
                      first_day, last_day, address, capacity, language, public, created_at, scheduled_at)
select t.id, s.organization_id, s.chapter_id, s.program_id, s.version_id, 1, 'SCHEDULED',
       current_date + 30 + t.n, current_date + 30 + t.n, 'Community hall ' || t.n, t.capacity, 'en', true, now(), now()
from surge_training t, surge_ids s;
insert into training_day (organization_id, training_id, day, date, starts_at, ends_at)
select s.organization_id, t.id, 1, current_date + 30 + t.n, '09:00', '17:00' from surge_training t, surge_ids s;
commit;
\pset format unaligned
\pset tuples_only on
\pset fieldsep ','
select t.id, tr.signup_token from surge_training t join training tr on tr.id = t.id order by t.n;
