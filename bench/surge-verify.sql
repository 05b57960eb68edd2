-- The surge's check, in the database it ran against (as a superuser, past row-level security): every answer the
-- load tool recorded against every row written. Reads the load tool's outcomes (CSV) from standard input.
-- Prints one line per check with its number of violations; all must be 0.
\set ON_ERROR_STOP on
create temporary table outcome (
    training_id uuid, email text, http integer, outcome text, position text, token text, seq integer);
\copy outcome from pstdin with (format csv)
create temporary table surge_registration as
select r.* from registration r join organization o on o.id = r.organization_id where o.slug = 'surge';
create temporary table surge_seats as
select s.* from training_seats s join organization o on o.id = s.organization_id where o.slug = 'surge';

select 'answers' as check, count(*) as count from outcome
union all
select 'rows', count(*) from surge_registration
union all
-- Not an answer of the sign-up page: an error, a refusal, a timeout.
select 'violations: failed requests', count(*) from outcome where http / 100 <> 2 or outcome = 'OTHER'
union all
-- Lost: a 2xx that said "signed up" without its row (same training, email, status and private link), or said
-- "already signed up" without any row for that email.
select 'violations: lost (2xx without its row)', count(*) from outcome o
where (o.outcome in ('CONFIRMED', 'WAITLISTED') and not exists (
          select 1 from surge_registration r where r.training_id = o.training_id and r.email = o.email
             and r.private_token = o.token and r.status = o.outcome))
   or (o.outcome = 'AGAIN' and not exists (
          select 1 from surge_registration r where r.training_id = o.training_id and r.email = o.email))
union all
-- Every row was announced to someone by a 2xx "signed up" carrying its private link.
select 'violations: rows without a 2xx', count(*) from surge_registration r
where not exists (select 1 from outcome o where o.token = r.private_token and o.outcome in ('CONFIRMED', 'WAITLISTED'))
union all
select 'violations: duplicate rows (training, email)', count(*) from (
    select 1 from surge_registration where status <> 'CANCELLED' group by training_id, email having count(*) > 1) d
union all
select 'violations: one email told "signed up" twice', count(*) from (
    select 1 from outcome where outcome in ('CONFIRMED', 'WAITLISTED') group by training_id, email having count(*) > 1) d
union all
select 'violations: over capacity', count(*) from surge_seats s
where (select count(*) from surge_registration r where r.training_id = s.training_id and r.status = 'CONFIRMED') > s.capacity
union all
select 'violations: seats taken <> confirmed', count(*) from surge_seats s
where s.taken <> (select count(*) from surge_registration r where r.training_id = s.training_id and r.status = 'CONFIRMED')
union all
-- Nobody waits while a seat is free.
select 'violations: waitlist with seats left', count(*) from surge_seats s
where s.taken < s.capacity
  and exists (select 1 from surge_registration r where r.training_id = s.training_id and r.status = 'WAITLISTED')
union all
-- Seats went in arrival order: every confirmed arrival precedes every waitlisted one.
select 'violations: waitlisted before a seat', count(*) from surge_seats s
where (select min(arrival) from surge_registration r where r.training_id = s.training_id and r.status = 'WAITLISTED')
    < (select max(arrival) from surge_registration r where r.training_id = s.training_id and r.status = 'CONFIRMED')
union all
-- The position each waitlisted person was shown is their place in arrival order (nobody cancelled meanwhile).
select 'violations: waitlist position shown <> arrival order', count(*) from (
    select r.private_token, row_number() over (partition by r.training_id order by r.arrival) as place
    from surge_registration r where r.status = 'WAITLISTED') w
join outcome o on o.token = w.private_token
where o.position::integer <> w.place;

-- Per training, for the report.
\pset footer off
select s.capacity, s.taken as confirmed,
       (select count(*) from surge_registration r where r.training_id = s.training_id and r.status = 'WAITLISTED') as waitlisted,
       (select count(*) from outcome o where o.training_id = s.training_id and o.outcome = 'AGAIN') as again
from surge_seats s order by s.capacity;
