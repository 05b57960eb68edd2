-- The dashboards' dataset (issue 8; docs/performance.md, "Dashboard dataset"): one organization the size of a national
-- movement, written set by set (no row-by-row loops), so that the dashboards can be measured against it.
--
--   psql -X -v org=national -v chapters=100 -v trainings=5000 -v registrations=200000 -v trainers=2000 \
--        -f bench/dashboards/dataset.sql
--
-- Every variable is optional (those are the defaults); bench/dashboards/dataset.sh runs it and counts the rows. Run it
-- as a superuser or the schema's owner on a database the app has migrated: it sets the organization as the
-- transaction's tenant, so row-level security lets the owner write too, and every row carries the organization, so
-- the app (a plain role under row-level security) sees exactly these rows. One transaction: all or nothing.
--
-- What it makes: organizers, a lead per chapter, the trainers (a pool of trainers/chapters per chapter) and a coach
-- per 20 trainers, all with the password "dataset-password" (emails organizer1@{org}.dataset.test, lead1@…,
-- trainer1@…, coach1@…); chapters in a dozen time zones, each with three teams; two published programs (a two-day
-- core training in two versions and a one-day upgrade) with modules, agenda, materials, checklist template and role
-- needs; trainings from two years ago to six months ahead (past ones COMPLETED or CANCELLED, upcoming ones SCHEDULED,
-- some CANCELLED or DRAFT), staffed to various degrees; registrations in arrival order, never past capacity (the
-- rest waitlisted, some cancelled), with attendance and next steps once held; checklists (some tasks done, some
-- overdue); run-throughs with their parts, watchers, tasks and the coach's feedback; qualification kinds and grants.
--
-- Reproducible: ids are hashes of the organization's slug and the row's place, and every choice is a hash of the
-- same, so two runs with the same variables on the same day write the same rows (dates are relative to today).

\set ON_ERROR_STOP on
\if :{?org}
\else
\set org national
\endif
\if :{?chapters}
\else
\set chapters 100
\endif
\if :{?trainings}
\else
\set trainings 5000
\endif
\if :{?registrations}
\else
\set registrations 200000
\endif
\if :{?trainers}
\else
\set trainers 2000
\endif

begin;

-- A number in [0, 1) and an id, both decided by a key: the same key, the same value, on every run.
create function pg_temp.rnd(key text) returns double precision
    language sql immutable parallel safe
    as $$ select ('x' || substr(md5(key), 1, 12))::bit(48)::bigint / 281474976710656.0 $$;
create function pg_temp.uid(key text) returns uuid
    language sql immutable parallel safe
    as $$ select md5('liminal-dataset/' || key)::uuid $$;
-- A name from the key: fifty first names and fifty family names, so people share names as they do.
create function pg_temp.person_name(key text) returns text
    language sql immutable parallel safe
    as $$ select (array['Ana', 'Ben', 'Carla', 'David', 'Elena', 'Farah', 'Gabriel', 'Hana', 'Ibrahim', 'Julia',
        'Kwame', 'Lucia', 'Malik', 'Nora', 'Omar', 'Priya', 'Quinn', 'Rosa', 'Samuel', 'Tara', 'Umar', 'Valeria',
        'Wei', 'Ximena', 'Yusuf', 'Zoe', 'Aisha', 'Bruno', 'Chen', 'Dolores', 'Emeka', 'Fatima', 'Grace', 'Hector',
        'Imani', 'Jorge', 'Keiko', 'Luis', 'Maya', 'Nadia', 'Oscar', 'Paula', 'Rafael', 'Sofia', 'Tomas', 'Uma',
        'Victor', 'Wanda', 'Yara', 'Zain'])[1 + floor(pg_temp.rnd(key || '/first') * 50)::int]
        || ' ' || (array['Garcia', 'Smith', 'Nguyen', 'Johnson', 'Martinez', 'Williams', 'Lopez', 'Brown', 'Kim',
        'Davis', 'Hernandez', 'Miller', 'Patel', 'Wilson', 'Gonzalez', 'Moore', 'Chen', 'Taylor', 'Rodriguez',
        'Anderson', 'Khan', 'Thomas', 'Perez', 'Jackson', 'Singh', 'White', 'Sanchez', 'Harris', 'Ramirez', 'Martin',
        'Ali', 'Thompson', 'Torres', 'Clark', 'Okafor', 'Lewis', 'Flores', 'Walker', 'Rivera', 'Hall', 'Cohen',
        'Allen', 'Diaz', 'Young', 'Cruz', 'King', 'Reyes', 'Wright', 'Morales', 'Scott'])
        [1 + floor(pg_temp.rnd(key || '/last') * 50)::int] $$;

create temporary table ds on commit drop as
select pg_temp.uid(lower(:'org')) as org_id, lower(:'org') as slug, (:chapters)::int as chapters,
       (:trainings)::int as trainings, (:registrations)::int as registrations, (:trainers)::int as trainers,
       greatest(1, ceil((:trainers)::int / 20.0))::int as coaches,
       greatest(1, (:trainers)::int / (:chapters)::int) as per_chapter, current_date as today,
       -- The core training's second version was published ten months ago: trainings since use it.
       current_date - 300 as v2_published;

-- Row-level security lets the schema's owner write this organization's rows (a superuser is not subject to it).
select set_config('app.organization_id', org_id::text, true) as tenant from ds \gset

insert into organization (id, slug, name, created_at)
select org_id, slug, 'National Dataset', (today - 1000)::timestamptz from ds;

-- People with accounts: organizers, one lead per chapter (every third also trains), trainers, coaches.
create temporary table staff on commit drop as
select pg_temp.uid(ds.slug || '/account/' || s.kind || '/' || s.i) as id, s.kind, s.i,
       s.kind || s.i || '@' || ds.slug || '.dataset.test' as email,
       pg_temp.person_name(ds.slug || '/account/' || s.kind || '/' || s.i) as name,
       case s.kind
           when 'organizer' then '{ORGANIZER}'
           when 'lead' then case when s.i % 3 = 0 then '{CHAPTER_LEAD,TRAINER}' else '{CHAPTER_LEAD}' end
           when 'trainer' then '{TRAINER}'
           else '{TRAINER,COACH}' end::text[] as roles,
       (ds.today - 900 + floor(pg_temp.rnd(ds.slug || '/joined/' || s.kind || s.i) * 600)::int)::timestamptz
           as created_at
from ds, lateral (
    select 'organizer' as kind, i from generate_series(1, 3) as i
    union all select 'lead', i from generate_series(1, ds.chapters) as i
    union all select 'trainer', i from generate_series(1, ds.trainers) as i
    union all select 'coach', i from generate_series(1, ds.coaches) as i) as s;

-- One bcrypt hash of "dataset-password" (bcrypt is slow on purpose: one per account would take minutes).
insert into account (id, email, display_name, password_hash, created_at, language)
select id, email, name, '{bcrypt}$2a$10$/PMp3lm46Q3vooGSB0SGB.zaGUdyKTk7m.kG48zw805lCDQj6K1r.', created_at,
       case when pg_temp.rnd(email || '/language') < 0.15 then 'es' else 'en' end
from staff;
insert into membership (id, organization_id, account_id, roles, created_at)
select pg_temp.uid(ds.slug || '/membership/' || s.id), ds.org_id, s.id, s.roles, s.created_at from staff s, ds;

-- Chapters: real cities, cycled (Boston 2, …) when there are more chapters than cities.
create temporary table city (pos, name, slug, zone, region, language) on commit drop as values
    (1, 'New York', 'new-york', 'America/New_York', 'Northeast', 'en'),
    (2, 'Los Angeles', 'los-angeles', 'America/Los_Angeles', 'West', 'en'),
    (3, 'Chicago', 'chicago', 'America/Chicago', 'Midwest', 'en'),
    (4, 'Ciudad de México', 'ciudad-de-mexico', 'America/Mexico_City', 'Mexico', 'es'),
    (5, 'Houston', 'houston', 'America/Chicago', 'South', 'en'),
    (6, 'Phoenix', 'phoenix', 'America/Phoenix', 'Southwest', 'en'),
    (7, 'Boston', 'boston', 'America/New_York', 'Northeast', 'en'),
    (8, 'Denver', 'denver', 'America/Denver', 'Mountain', 'en'),
    (9, 'Seattle', 'seattle', 'America/Los_Angeles', 'West', 'en'),
    (10, 'Miami', 'miami', 'America/New_York', 'Southeast', 'es'),
    (11, 'Guadalajara', 'guadalajara', 'America/Mexico_City', 'Mexico', 'es'),
    (12, 'Atlanta', 'atlanta', 'America/New_York', 'Southeast', 'en'),
    (13, 'Minneapolis', 'minneapolis', 'America/Chicago', 'Midwest', 'en'),
    (14, 'Anchorage', 'anchorage', 'America/Anchorage', 'Alaska', 'en'),
    (15, 'Honolulu', 'honolulu', 'Pacific/Honolulu', 'Pacific', 'en'),
    (16, 'Monterrey', 'monterrey', 'America/Monterrey', 'Mexico', 'es'),
    (17, 'Tijuana', 'tijuana', 'America/Tijuana', 'Mexico', 'es'),
    (18, 'San Juan', 'san-juan', 'America/Puerto_Rico', 'Caribbean', 'es'),
    (19, 'Toronto', 'toronto', 'America/Toronto', 'Canada', 'en'),
    (20, 'Vancouver', 'vancouver', 'America/Vancouver', 'Canada', 'en'),
    (21, 'Philadelphia', 'philadelphia', 'America/New_York', 'Northeast', 'en'),
    (22, 'Austin', 'austin', 'America/Chicago', 'South', 'en'),
    (23, 'Salt Lake City', 'salt-lake-city', 'America/Denver', 'Mountain', 'en'),
    (24, 'Portland', 'portland', 'America/Los_Angeles', 'West', 'en');

create temporary table ch on commit drop as
select i, pg_temp.uid(ds.slug || '/chapter/' || i) as id,
       city.name || case when round > 0 then ' ' || (round + 1) else '' end as name,
       city.slug || case when round > 0 then '-' || (round + 1) else '' end as slug,
       city.zone, city.region, city.language
from ds cross join generate_series(1, ds.chapters) as i
     cross join lateral (select (i - 1) / 24 as round, (i - 1) % 24 + 1 as pos) as p
     join city on city.pos = p.pos;

insert into chapter (id, organization_id, slug, name, time_zone, region, created_at)
select ch.id, ds.org_id, ch.slug, ch.name, ch.zone, ch.region, (ds.today - 1000)::timestamptz from ch, ds;

-- Chapter i is led by lead i; every fifth chapter shares the next chapter's lead too.
insert into chapter_lead (organization_id, chapter_id, account_id)
select distinct ds.org_id, ch.id, staff.id
from ds cross join ch
cross join lateral (values (ch.i), (case when ch.i % 5 = 0 then ch.i % ds.chapters + 1 else ch.i end)) as l(i)
join staff on staff.kind = 'lead' and staff.i = l.i;

-- Trainer m is in chapter (m - 1) mod chapters + 1, every fourth in the next one too; each chapter has two coaches.
insert into chapter_pool_member (organization_id, chapter_id, account_id)
select distinct ds.org_id, ch.id, staff.id
from ds cross join staff
cross join lateral (values ((staff.i - 1) % ds.chapters + 1),
                           (case when staff.i % 4 = 0 then staff.i % ds.chapters + 1
                                 else (staff.i - 1) % ds.chapters + 1 end)) as p(i)
join ch on ch.i = p.i
where staff.kind = 'trainer'
union
select ds.org_id, ch.id, staff.id
from ds cross join ch
cross join lateral (values ((ch.i - 1) % ds.coaches + 1), (ch.i % ds.coaches + 1)) as p(i)
join staff on staff.kind = 'coach' and staff.i = p.i;

-- Teams participants can join after a training: three per chapter, kept by its lead.
insert into team (id, organization_id, chapter_id, name, purpose, contact_name, contact_email)
select pg_temp.uid(ds.slug || '/team/' || ch.i || '/' || x.n), ds.org_id, ch.id, x.name, x.purpose, lead.name,
       lead.email
from ds, ch
join staff lead on lead.kind = 'lead' and lead.i = ch.i
cross join (values (1, 'Canvassing', 'Door to door, every Saturday.'),
                   (2, 'Social media', 'Tell the story online.'),
                   (3, 'Welcome team', 'Greets newcomers at every event.')) as x(n, name, purpose);

-- Curriculum. Published versions are frozen by triggers, children included: each version is written as a draft
-- with its children, then published.
insert into day_of_role (id, organization_id, preset, name, summary, created_at)
select pg_temp.uid(ds.slug || '/role/' || r.preset), ds.org_id, r.preset, r.name, r.summary, (ds.today - 1000)::timestamptz
from ds, (values ('WELCOMER', 'Welcomer', 'Greets and checks people in.'),
                 ('TIMEKEEPER', 'Timekeeper', 'Keeps the agenda on time.'),
                 ('FUN_CAPTAIN', 'Fun captain', 'Runs the energizers.')) as r(preset, name, summary);

create temporary table pv (key, program, number, name, level, length_days, capacity, languages, day_starts, published)
    on commit drop as
select 'core-1', 'core', 1, 'Core training', 'INITIATION', 2, 40, '{en}'::text[], '{09:00,09:30}'::time[], today - 1000
from ds
union all select 'core-2', 'core', 2, 'Core training', 'INITIATION', 2, 40, '{en,es}', '{09:00,09:30}', v2_published
from ds
union all select 'upgrade-1', 'upgrade', 1, 'Strategy upgrade', 'UPGRADE', 1, 30, '{en,es}', '{10:00}', today - 1000
from ds;

-- Modules by the key they keep across versions; version 2 of the core training adds safety and wellbeing.
create temporary table mod (version, name, position, day, title, minutes, trainers_needed, run_through_required)
    on commit drop as values
    ('core-1', 'story-of-self', 1, 1, 'Story of self', 60, 1, true),
    ('core-1', 'theory-of-change', 2, 1, 'Theory of change', 90, 2, true),
    ('core-1', 'movement-history', 3, 1, 'Movement history', 60, 1, false),
    ('core-1', 'organizing-basics', 4, 2, 'Organizing basics', 120, 2, true),
    ('core-1', 'team-launch', 5, 2, 'Team launch', 90, 1, true),
    ('core-2', 'story-of-self', 1, 1, 'Story of self', 75, 1, true),
    ('core-2', 'theory-of-change', 2, 1, 'Theory of change', 90, 2, true),
    ('core-2', 'movement-history', 3, 1, 'Movement history', 60, 1, false),
    ('core-2', 'safety', 4, 2, 'Safety and wellbeing', 45, 1, true),
    ('core-2', 'organizing-basics', 5, 2, 'Organizing basics', 120, 2, true),
    ('core-2', 'team-launch', 6, 2, 'Team launch', 90, 1, true),
    ('upgrade-1', 'power-mapping', 1, 1, 'Power mapping', 90, 1, true),
    ('upgrade-1', 'campaign-arc', 2, 1, 'Campaign arc', 120, 2, true),
    ('upgrade-1', 'escalation', 3, 1, 'Escalation', 60, 1, false);

create temporary table tpl (key, title, offset_days, responsible, role) on commit drop as values
    ('venue', 'Book the venue', -42, 'CHAPTER_LEAD', null),
    ('team', 'Confirm the trainer team', -35, 'LEAD_TRAINER', null),
    ('run-throughs', 'Schedule run-throughs', -28, 'COACH', null),
    ('sign-ups', 'Open sign-ups', -28, 'CHAPTER_LEAD', null),
    ('materials', 'Print the materials', -7, 'LEAD_TRAINER', null),
    ('reminder', 'Remind participants', -3, 'CHAPTER_LEAD', null),
    ('welcome-table', 'Prepare the welcome table', -1, 'DAY_OF_ROLE', 'WELCOMER'),
    ('follow-up', 'Send the follow-ups', 2, 'CHAPTER_LEAD', null);

insert into program (id, organization_id, created_at)
select pg_temp.uid(ds.slug || '/program/' || p), ds.org_id, (ds.today - 1010)::timestamptz
from ds, (values ('core'), ('upgrade')) as x(p);

create procedure pg_temp.write_versions(keys text[])
    language sql
    as $$
insert into program_version (id, organization_id, program_id, name, description, pathway_level, length_days, capacity,
                             languages, day_starts, created_at)
select pg_temp.uid(ds.slug || '/version/' || pv.key), ds.org_id, pg_temp.uid(ds.slug || '/program/' || pv.program),
       pv.name, 'Generated for the dashboards'' dataset.', pv.level, pv.length_days, pv.capacity, pv.languages,
       pv.day_starts, (pv.published - 14)::timestamptz
from ds, pv where pv.key = any (keys);
insert into curriculum_module (id, organization_id, program_version_id, key, position, title, purpose,
                               duration_minutes, trainers_needed, run_through_required)
select pg_temp.uid(ds.slug || '/module/' || mod.version || '/' || mod.name), ds.org_id,
       pg_temp.uid(ds.slug || '/version/' || mod.version), pg_temp.uid(ds.slug || '/module/' || mod.name),
       mod.position, mod.title, 'Why ' || lower(mod.title) || ' matters.', mod.minutes, mod.trainers_needed,
       mod.run_through_required
from ds, mod where mod.version = any (keys);
-- Materials are a list indexed by position, from 0.
insert into module_material (organization_id, module_id, position, title, url)
select ds.org_id, pg_temp.uid(ds.slug || '/module/' || mod.version || '/' || mod.name), 0, 'Slides',
       'https://example.org/' || ds.slug || '/' || mod.name || '.pdf'
from ds, mod where mod.version = any (keys);
insert into agenda_item (id, organization_id, program_version_id, day, position, module_id)
select pg_temp.uid(ds.slug || '/agenda/' || mod.version || '/' || mod.name), ds.org_id,
       pg_temp.uid(ds.slug || '/version/' || mod.version), mod.day, mod.position * 10,
       pg_temp.uid(ds.slug || '/module/' || mod.version || '/' || mod.name)
from ds, mod where mod.version = any (keys);
-- Lunch in the middle of each day.
insert into agenda_item (id, organization_id, program_version_id, day, position, break_title, break_minutes)
select pg_temp.uid(ds.slug || '/agenda/' || pv.key || '/lunch/' || d), ds.org_id,
       pg_temp.uid(ds.slug || '/version/' || pv.key), d, case d when 1 then 25 else 45 end, 'Lunch', 60
from ds, pv, generate_series(1, pv.length_days) as d where pv.key = any (keys);
insert into checklist_template_item (id, organization_id, program_version_id, key, title, offset_days, responsible,
                                     day_of_role_id)
select pg_temp.uid(ds.slug || '/template/' || pv.key || '/' || tpl.key), ds.org_id,
       pg_temp.uid(ds.slug || '/version/' || pv.key), pg_temp.uid(ds.slug || '/template/' || tpl.key), tpl.title,
       tpl.offset_days, tpl.responsible, case when tpl.role is not null then pg_temp.uid(ds.slug || '/role/' || tpl.role) end
from ds, pv, tpl where pv.key = any (keys);
insert into program_role_need (id, organization_id, program_version_id, day_of_role_id, people)
select pg_temp.uid(ds.slug || '/need/' || pv.key || '/' || r.preset), ds.org_id,
       pg_temp.uid(ds.slug || '/version/' || pv.key), pg_temp.uid(ds.slug || '/role/' || r.preset), r.people
from ds, pv, (values ('WELCOMER', 2), ('TIMEKEEPER', 1)) as r(preset, people) where pv.key = any (keys);
update program_version v set number = pv.number, published_at = pv.published::timestamptz
from ds, pv where pv.key = any (keys) and v.id = pg_temp.uid(ds.slug || '/version/' || pv.key);
$$;
-- One draft per program at a time: the first versions, then the core training's second.
call pg_temp.write_versions('{core-1,upgrade-1}');
call pg_temp.write_versions('{core-2}');

-- Trainings: first days spread evenly at random over two years back and six months ahead; four in five of the
-- core training (in the version current when it was scheduled), the rest the upgrade.
create temporary table tr on commit drop as
with base as (
    select i, pg_temp.uid(ds.slug || '/training/' || i) as id, (i - 1) % ds.chapters + 1 as chapter_i,
           ds.today - 730 + floor(pg_temp.rnd(ds.slug || '/training/day/' || i) * 914)::int as first_day,
           pg_temp.rnd(ds.slug || '/training/program/' || i) < 0.8 as core,
           pg_temp.rnd(ds.slug || '/training/status/' || i) as s,
           pg_temp.rnd(ds.slug || '/training/staffing/' || i) as staffed,
           (array[25, 30, 40, 40, 50, 60, 80])[1 + floor(pg_temp.rnd(ds.slug || '/training/capacity/' || i) * 7)::int]
               as capacity,
           30 + floor(pg_temp.rnd(ds.slug || '/training/lead/' || i) * 70)::int as lead
    from ds, generate_series(1, ds.trainings) as i),
versioned as (
    select b.*, case when not b.core then 'upgrade-1'
                     when b.first_day - b.lead >= ds.v2_published then 'core-2' else 'core-1' end as version_key
    from base b, ds),
dated as (
    select v.*, pv.program, pv.number, pv.length_days, v.first_day + pv.length_days - 1 as last_day, pv.languages,
           case when v.first_day + pv.length_days - 1 < ds.today then
                    case when v.s < 0.07 then 'CANCELLED' else 'COMPLETED' end
                when v.first_day <= ds.today then 'SCHEDULED'
                when v.s < 0.05 then 'DRAFT'
                when v.s < 0.09 then 'CANCELLED'
                else 'SCHEDULED' end as status,
           -- Scheduled some weeks ahead, and never later than yesterday.
           least(v.first_day - v.lead, ds.today - 1 - floor(v.s * 20)::int) as scheduled_on
    from versioned v, ds, pv where pv.key = v.version_key)
select d.*, ch.id as chapter_id, ch.zone, ch.name as chapter_name,
       case when ch.language = any (d.languages) then ch.language else 'en' end as language,
       pg_temp.uid(ds.slug || '/version/' || d.version_key) as version_id,
       pg_temp.uid(ds.slug || '/program/' || d.program) as program_id
from dated d, ds, ch where ch.i = d.chapter_i;

insert into training (id, organization_id, chapter_id, program_id, program_version_id, version_number, status,
                      first_day, last_day, address, capacity, language, public, notes, lead_days, cancel_reason,
                      created_at, scheduled_at, signup_token)
select tr.id, ds.org_id, tr.chapter_id, tr.program_id, tr.version_id, tr.number, tr.status, tr.first_day, tr.last_day,
       'Community hall ' || (tr.i % 7 + 1) || ', ' || tr.chapter_name, tr.capacity, tr.language, tr.s < 0.85 or tr.s > 0.9,
       '', case when tr.status <> 'DRAFT' then tr.first_day - tr.scheduled_on end,
       case when tr.status = 'CANCELLED' then 'Not enough trainers' end,
       case when tr.status = 'DRAFT' then (ds.today - 5)::timestamptz else (tr.scheduled_on - 2)::timestamptz end,
       case when tr.status <> 'DRAFT' then tr.scheduled_on + time '10:00' end,
       md5(ds.slug || '/signup/' || tr.i) || md5(ds.slug || '/signup/2/' || tr.i)
from tr, ds;

insert into training_day (organization_id, training_id, day, date, starts_at, ends_at)
select ds.org_id, tr.id, d, tr.first_day + d - 1, pv.day_starts[d], pv.day_starts[d] + interval '8 hours'
from tr, ds, pv, generate_series(1, tr.length_days) as d
where pv.key = tr.version_key;

-- Staffing: every post of a held training is filled; others to a degree (a draft a little, an upcoming training
-- from a third to all of it). Trainers come from the chapter's pool, the coach is one of its two coaches.
create temporary table post on commit drop as
select tr.id as training_id, tr.i, tr.chapter_i, 'MODULE' as post, mod.name as name, mod.position * 2 + seat as slot,
       pg_temp.uid(ds.slug || '/module/' || mod.name) as module_key, null::uuid as day_of_role_id, seat
from tr, ds, mod, generate_series(1, mod.trainers_needed) as seat
where mod.version = tr.version_key
union all
select tr.id, tr.i, tr.chapter_i, 'LEAD_TRAINER', 'lead', 0, null, null, 1 from tr
union all
select tr.id, tr.i, tr.chapter_i, 'COACH', 'coach', 0, null, null, 1 from tr
union all
select tr.id, tr.i, tr.chapter_i, 'DAY_OF_ROLE', r.preset, 20 + r.preset_no * 2 + seat, null,
       pg_temp.uid(ds.slug || '/role/' || r.preset), seat
from tr, ds, (values ('WELCOMER', 1, 2), ('TIMEKEEPER', 2, 1)) as r(preset, preset_no, people),
     generate_series(1, r.people) as seat;

insert into training_assignment (id, organization_id, training_id, post, module_key, day_of_role_id, seat, account_id)
select pg_temp.uid(ds.slug || '/assignment/' || p.i || '/' || p.post || '/' || p.name || '/' || p.seat), ds.org_id,
       p.training_id, p.post, p.module_key, p.day_of_role_id, p.seat, staff.id
from post p
join tr on tr.id = p.training_id
cross join ds
join staff on case when p.post = 'COACH' then staff.kind = 'coach' and staff.i = (p.chapter_i - 1) % ds.coaches + 1
                   else staff.kind = 'trainer'
                        and staff.i = (p.chapter_i - 1 + ds.chapters * ((p.i + p.slot) % ds.per_chapter))
                                      % ds.trainers + 1 end
where pg_temp.rnd(ds.slug || '/filled/' || p.i || '/' || p.post || '/' || p.name || '/' || p.seat)
      < case tr.status when 'COMPLETED' then 1.1 when 'DRAFT' then 0.2 when 'CANCELLED' then 0.5
             else 0.35 + tr.staffed end;

-- Seats first (registrations refer to them); the registration trigger counts the confirmed ones into them.
insert into training_seats (organization_id, training_id, capacity)
select ds.org_id, tr.id, tr.capacity from tr, ds;

-- Registrations: the total split over the trainings that took sign-ups (not drafts) by a weight per training (far-off
-- trainings have fewer yet). A training's registrations take consecutive numbers j, and person j mod P signs up
-- with each: nobody twice on one training, and people come back for more (P = 80 % of the registrations).
create temporary table tr_reg on commit drop as
with weighted as (
    select tr.id, tr.i, (0.3 + pg_temp.rnd(ds.slug || '/weight/' || tr.i) * 1.4)
               * case when tr.first_day > ds.today + 60 then 0.5 else 1 end as w
    from tr, ds where tr.status <> 'DRAFT'),
cumulative as (
    select id, sum(w) over (order by i) as upto, sum(w) over () as total from weighted)
select c.id, floor(ds.registrations * (c.upto - c.w_self) / c.total)::int as lo,
       floor(ds.registrations * c.upto / c.total)::int as hi
from (select cumulative.*, weighted.w as w_self from cumulative join weighted using (id)) as c, ds;

create temporary table reg on commit drop as
with numbered as (
    select tr.*, j, j - x.lo as k, x.hi - x.lo as n,
           tr.status = 'CANCELLED' or pg_temp.rnd(ds.slug || '/cancelled/' || j) < 0.08 as cancelled
    from tr_reg x join tr on tr.id = x.id, ds, generate_series(x.lo + 1, x.hi) as j),
people as (
    select greatest(floor(ds.registrations * 0.8)::int, (select max(hi - lo) from tr_reg), 1) as p from ds),
ranked as (
    select numbered.*, count(*) filter (where not cancelled) over (partition by numbered.id order by k) as place,
           (j - 1) % people.p + 1 as person
    from numbered, people)
select ranked.*, pg_temp.uid(ds.slug || '/registration/' || j) as registration_id,
       case when cancelled then 'CANCELLED' when place <= capacity then 'CONFIRMED' else 'WAITLISTED' end
           as reg_status,
       'person' || person || '@' || ds.slug || '.example.org' as email,
       pg_temp.person_name(ds.slug || '/person/' || person) as name,
       -- Sign-ups arrive between scheduling and the first day (or today), in order.
       scheduled_on + time '10:00'
           + (least(first_day, ds.today) - scheduled_on) * interval '1 day' * k / (n + 1) as signed_up_at,
       pg_temp.rnd(ds.slug || '/day/' || j) as day_roll
from ranked, ds;

insert into registration (id, organization_id, training_id, name, email, phone, access_needs, heard_from, consent,
                          status, created_at, cancelled_at, private_token, chapter_id, checked_in_at, walk_in,
                          attended, next_step, next_step_team_id, language, consent_recorded_by)
select reg.registration_id, ds.org_id, reg.id, reg.name, reg.email,
       case when pg_temp.rnd(reg.email || '/phone') < 0.6
            then '+1 555 ' || lpad((reg.person % 10000)::text, 4, '0') else '' end,
       case when pg_temp.rnd(reg.email || '/access') < 0.03 then 'Step-free access, please.' else '' end,
       (array['A friend', 'Instagram', 'A flyer', 'Our newsletter', ''])
           [1 + floor(pg_temp.rnd(reg.email || '/heard') * 5)::int],
       true, reg.reg_status, reg.signed_up_at,
       case when reg.cancelled then least(reg.signed_up_at + interval '2 days', reg.first_day - 1 + time '12:00',
                                          now()) end,
       md5(ds.slug || '/private/' || reg.j) || md5(ds.slug || '/private/2/' || reg.j), reg.chapter_id,
       case when past.attended and reg.day_roll < 0.7
            then (reg.first_day + time '08:45') at time zone reg.zone end,
       coalesce(past.attended and reg.day_roll > 0.97, false),
       past.attended,
       case when past.attended then step.next_step end,
       case when past.attended and step.next_step = 'TEAM'
            then pg_temp.uid(ds.slug || '/team/' || reg.chapter_i || '/' || (1 + floor(reg.day_roll * 1000)::int % 3)) end,
       case when pg_temp.rnd(reg.email || '/lang' || reg.j) < 0.7 then reg.language end,
       case when past.attended and reg.day_roll > 0.97 then lead.id end
from reg
cross join ds
join staff lead on lead.kind = 'lead' and lead.i = reg.chapter_i
cross join lateral (
    select case when reg.status = 'COMPLETED' and reg.reg_status = 'CONFIRMED'
                then pg_temp.rnd(ds.slug || '/attended/' || reg.j) < 0.85 end as attended) as past
cross join lateral (
    select case when x < 0.35 then 'TEAM' when x < 0.55 then 'DAY_OF_VOLUNTEER' when x < 0.7 then 'UPGRADE_TRAINING'
                when x < 0.85 then 'NOT_NOW' end as next_step
    from (select pg_temp.rnd(ds.slug || '/step/' || reg.j) as x) as roll) as step
-- In order of arrival: the identity column numbers them as people signed up.
order by reg.signed_up_at, reg.id, reg.k;

-- Checklists: one per training ever scheduled. Tasks before today are mostly done (the rest overdue), later ones
-- mostly open; a cancelled training's open tasks are cancelled with it. A task due before the training was scheduled
-- is compressed to its scheduling day, as the planner does.
insert into checklist (organization_id, training_id, chapter_id, program_version_id, first_day, zone, state, created_at)
select ds.org_id, tr.id, tr.chapter_id, tr.version_id, tr.first_day, tr.zone,
       case when tr.status = 'CANCELLED' then 'CANCELLED' else 'ACTIVE' end, tr.scheduled_on + time '10:00'
from tr, ds where tr.status <> 'DRAFT';

create temporary table team_of on commit drop as
select training_id, max(account_id::text) filter (where post = 'LEAD_TRAINER')::uuid as lead_trainer,
       max(account_id::text) filter (where post = 'COACH')::uuid as coach,
       max(account_id::text) filter (where post = 'DAY_OF_ROLE' and seat = 1
                                      and day_of_role_id = (select pg_temp.uid(ds.slug || '/role/WELCOMER') from ds))::uuid
           as welcomer
from training_assignment where organization_id = (select org_id from ds) group by training_id;

insert into checklist_item (id, organization_id, training_id, template_key, title, offset_days, responsible,
                            day_of_role_id, owner_id, due_date, compressed, status, done_by, done_at, overdue_since,
                            created_at)
select pg_temp.uid(ds.slug || '/task/' || tr.i || '/' || tpl.key), ds.org_id, tr.id,
       pg_temp.uid(ds.slug || '/template/' || tpl.key), tpl.title, tpl.offset_days, tpl.responsible,
       case when tpl.role is not null then pg_temp.uid(ds.slug || '/role/' || tpl.role) end, owner.id,
       due.date, due.compressed, state.status,
       case when state.status = 'DONE' then coalesce(owner.id, lead.id) end,
       case when state.status = 'DONE' then least(due.date, ds.today - 1) + time '18:00' end,
       case when state.status = 'OPEN' and due.date < ds.today then due.date + 1 end,
       tr.scheduled_on + time '10:00'
from tr
cross join ds
join tpl on true
join staff lead on lead.kind = 'lead' and lead.i = tr.chapter_i
left join team_of on team_of.training_id = tr.id
cross join lateral (select case tpl.responsible when 'LEAD_TRAINER' then team_of.lead_trainer
                                               when 'COACH' then team_of.coach
                                               when 'DAY_OF_ROLE' then team_of.welcomer end as id) as owner
cross join lateral (select greatest(tr.first_day + tpl.offset_days, tr.scheduled_on) as date,
                           tr.first_day + tpl.offset_days < tr.scheduled_on as compressed) as due
cross join lateral (select pg_temp.rnd(ds.slug || '/done/' || tr.i || '/' || tpl.key) as x) as roll
cross join lateral (
    select case when tr.status = 'CANCELLED' then
                    case when due.date < least(tr.first_day - 14, ds.today) and roll.x < 0.8 then 'DONE' else 'CANCELLED' end
                when due.date < ds.today then case when roll.x < (case when tr.status = 'COMPLETED' then 0.97 else 0.75 end)
                                                   then 'DONE' else 'OPEN' end
                when roll.x < 0.2 then 'DONE'
                else 'OPEN' end as status) as state
where tr.status <> 'DRAFT';

-- Run-throughs in the last year and ahead: one for three trainings in five, ten to nineteen days before the first
-- day; held if that is past (with the coach's feedback on each part), planned otherwise. Each is a task of its
-- training's checklist, owned by the lead trainer, as the coaching module adds it.
create temporary table rt on commit drop as
select tr.id as training_id, tr.i, tr.first_day, pg_temp.uid(ds.slug || '/run-through/' || tr.i) as id,
       tr.first_day - 10 - floor(pg_temp.rnd(ds.slug || '/run-through/day/' || tr.i) * 10)::int as run_on,
       team_of.coach, team_of.lead_trainer
from tr
cross join ds
left join team_of on team_of.training_id = tr.id
where tr.status in ('COMPLETED', 'SCHEDULED') and tr.first_day >= ds.today - 365
  and pg_temp.rnd(ds.slug || '/run-through/' || tr.i) < 0.6;

insert into run_through (id, organization_id, training_id, status, run_on, starts_at, format, place, planned_by,
                         logged_by, created_at, logged_at, self_assessment)
select rt.id, ds.org_id, rt.training_id, case when rt.run_on < ds.today then 'HELD' else 'PLANNED' end, rt.run_on,
       time '18:30', case when rt.i % 3 = 0 then 'ONLINE' else 'IN_PERSON' end,
       case when rt.i % 3 = 0 then 'Video call' else 'Chapter office' end, coalesce(rt.coach, rt.lead_trainer),
       case when rt.run_on < ds.today then coalesce(rt.coach, rt.lead_trainer) end,
       (least(rt.run_on, ds.today) - 14)::timestamptz,
       case when rt.run_on < ds.today then rt.run_on + time '21:00' end,
       case when rt.run_on < ds.today and rt.i % 2 = 0 then 'Went well; timing was tight.' else '' end
from rt, ds;

insert into run_through_part (organization_id, run_through_id, module_key, presenter_id, position, planned_minutes,
                              actual_minutes)
select ds.org_id, rt.id, a.module_key, a.account_id,
       -- The app reads parts as a list indexed by position: from 0, without gaps.
       row_number() over (partition by rt.id order by min(mod.position), a.account_id) - 1, min(mod.minutes),
       case when rt.run_on < ds.today
            then min(mod.minutes) + floor(pg_temp.rnd(ds.slug || '/minutes/' || rt.i || '/' || a.module_key) * 21)::int - 10
       end
from rt
cross join ds
join tr on tr.id = rt.training_id
join training_assignment a on a.training_id = rt.training_id and a.post = 'MODULE'
join mod on mod.version = tr.version_key and pg_temp.uid(ds.slug || '/module/' || mod.name) = a.module_key
group by ds.org_id, rt.id, rt.i, rt.run_on, ds.today, ds.slug, a.module_key, a.account_id;

insert into run_through_watcher (organization_id, run_through_id, account_id)
select ds.org_id, rt.id, rt.coach from rt, ds where rt.coach is not null;

insert into checklist_item (id, organization_id, training_id, run_through_id, title, description, offset_days,
                            responsible, owner_id, due_date, status, done_by, done_at, created_at)
select pg_temp.uid(ds.slug || '/task/run-through/' || rt.i), ds.org_id, rt.training_id, rt.id,
       left('Run-through: ' || coalesce((select string_agg(distinct mod.title, ', ')
                                         from run_through_part part join mod on
                                              pg_temp.uid(ds.slug || '/module/' || mod.name) = part.module_key
                                         where part.run_through_id = rt.id), ''), 200),
       'Rehearse the modules with the coach.', greatest(-365, least(365, rt.run_on - rt.first_day)), 'LEAD_TRAINER',
       rt.lead_trainer, rt.run_on, case when rt.run_on < ds.today then 'DONE' else 'OPEN' end,
       case when rt.run_on < ds.today then rt.lead_trainer end,
       case when rt.run_on < ds.today then rt.run_on + time '21:00' end,
       (least(rt.run_on, ds.today) - 14)::timestamptz
from rt, ds;

insert into feedback (id, organization_id, training_id, run_through_id, module_key, presenter_id, coach_id, status,
                      verdict, glows, grows, created_at, submitted_at, acknowledged_at)
select pg_temp.uid(ds.slug || '/feedback/' || rt.i || '/' || part.module_key || '/' || part.presenter_id), ds.org_id,
       rt.training_id, rt.id, part.module_key, part.presenter_id, rt.coach, 'SUBMITTED',
       case when x < 0.6 then 'READY' when x < 0.9 then 'READY_WITH_CHANGES' else 'ANOTHER_RUN_THROUGH' end,
       'Clear story, good energy.', 'Leave more time for questions.', rt.run_on + time '21:30',
       rt.run_on + time '22:00', case when x < 0.5 then rt.run_on + 1 + time '09:00' end
from rt
cross join ds
join run_through_part part on part.run_through_id = rt.id
cross join lateral (select pg_temp.rnd(ds.slug || '/verdict/' || rt.i || '/' || part.module_key || '/'
                                       || part.presenter_id) as x) as roll
where rt.run_on < ds.today and rt.coach is not null;

insert into feedback_score (organization_id, feedback_id, criterion_key, score)
select ds.org_id, f.id, c.key, 1 + floor(pg_temp.rnd(f.id::text || '/' || c.key) * 4)::int
from feedback f, ds, unnest(array['content', 'timing', 'participation', 'alignment', 'presence']) as c(key)
where f.organization_id = ds.org_id;

-- The pathway: the five usual kinds; the core training granted by attending it (once per person, at the first
-- one); module, lead trainer and coach qualifications for the staff, some coach ones expired.
insert into qualification_kind (id, organization_id, preset, name, description, colour, scope, program_id,
                                validity_months, ready_verdicts, position, created_at)
select pg_temp.uid(ds.slug || '/kind/' || k.preset), ds.org_id, k.preset, k.name, '', k.colour, k.scope,
       case when k.preset = 'CORE_TRAINING' then pg_temp.uid(ds.slug || '/program/core') end, k.validity, k.ready,
       k.position, (ds.today - 1000)::timestamptz
from ds, (values ('CORE_TRAINING', 'Core training', 'TEAL', 'GENERAL', null::int, null::int, 1),
                 ('DAY_OF_VOLUNTEER', 'Day-of volunteer', 'GOLD', 'GENERAL', null, null, 2),
                 ('MODULE_TRAINER', 'Module trainer', 'BLUE', 'MODULE', null, 2, 3),
                 ('LEAD_TRAINER', 'Lead trainer', 'PURPLE', 'GENERAL', null, null, 4),
                 ('COACH', 'Coach', 'ROSE', 'GENERAL', 24, null, 5))
     as k(preset, name, colour, scope, validity, ready, position);

insert into qualification (id, organization_id, kind_id, holder_email, holder_name, granted_on, granted_at, source,
                           evidence_training_id)
select distinct on (reg.email) pg_temp.uid(ds.slug || '/qualification/core/' || reg.email), ds.org_id,
       pg_temp.uid(ds.slug || '/kind/CORE_TRAINING'), reg.email, reg.name, reg.last_day, reg.last_day + time '18:00',
       'ATTENDANCE', reg.id
from registration r
join reg on reg.registration_id = r.id
cross join ds
where r.organization_id = ds.org_id and r.attended and reg.program = 'core'
order by reg.email, reg.last_day, reg.id;

insert into qualification (id, organization_id, kind_id, holder_email, holder_name, account_id, module_key,
                           granted_on, expires_on, granted_by, granted_at, source, evidence)
select pg_temp.uid(ds.slug || '/qualification/' || g.preset || '/' || s.email || '/' || coalesce(g.module, '')),
       ds.org_id, pg_temp.uid(ds.slug || '/kind/' || g.preset), s.email, s.name, s.id,
       case when g.module is not null then pg_temp.uid(ds.slug || '/module/' || g.module) end,
       g.granted_on, case when g.preset = 'COACH' then (g.granted_on + interval '24 months')::date end,
       organizer.id, g.granted_on + time '12:00', 'GRANTED', 'Signed off by the national team.'
from staff s
cross join ds
join staff organizer on organizer.kind = 'organizer' and organizer.i = 1
cross join lateral (
    select preset, module, ds.today - 30 - floor(pg_temp.rnd(s.email || '/granted/' || preset || coalesce(module, ''))
                                                  * (case when preset = 'COACH' then 900 else 600 end))::int as granted_on
    from (
        select 'MODULE_TRAINER' as preset,
               (array['story-of-self', 'theory-of-change', 'movement-history', 'organizing-basics', 'team-launch',
                      'safety'])[(s.i + x) % 6 + 1] as module
        from generate_series(0, s.i % 3) as x
        where s.kind in ('trainer', 'coach')
        union all select 'LEAD_TRAINER', null where s.kind = 'coach' or (s.kind = 'trainer' and s.i % 5 = 0)
        union all select 'COACH', null where s.kind = 'coach') as grants) as g;

-- Read back what the app relies on, so that a dataset that breaks it fails here rather than on a dashboard.
do $$
declare
    problems integer;
begin
    select count(*) into problems
    from training_seats s
    where s.taken <> (select count(*) from registration r where r.training_id = s.training_id and r.status = 'CONFIRMED')
       or s.taken > s.capacity;
    if problems > 0 then
        raise exception '% trainings whose seats do not match their confirmed registrations', problems;
    end if;
end $$;

commit;
