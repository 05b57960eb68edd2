-- What became of each training's registrations, counted as they change (decision 0016): the dashboards add up
-- held trainings from one row each instead of reading every registration on every request. The stages are those
-- of participants' FunnelStage; RegistrationOutcomesTests checks these counts against a recount by its conditions.
create table registration_outcome (
    organization_id   uuid not null references organization (id) on delete cascade,
    training_id       uuid primary key,
    signed_up         integer not null default 0 check (signed_up >= 0),
    attended          integer not null default 0 check (attended >= 0),
    chose_next_step   integer not null default 0 check (chose_next_step >= 0),
    joined_team       integer not null default 0 check (joined_team >= 0),
    day_of_volunteer  integer not null default 0 check (day_of_volunteer >= 0),
    upgrade_training  integer not null default 0 check (upgrade_training >= 0),
    foreign key (organization_id, training_id) references training (organization_id, id) on delete cascade
);
call app_isolate_tenant_tables('registration_outcome');

-- One registration's part in each count: 1 or 0 per stage.
create function registration_outcome_of(status text, attended boolean, next_step text)
    returns integer[] language sql immutable
    as $$ select array[
        (status <> 'CANCELLED')::integer,
        coalesce(attended, false)::integer,
        (coalesce(attended, false) and next_step is not null)::integer,
        (coalesce(attended, false) and next_step is not distinct from 'TEAM')::integer,
        (coalesce(attended, false) and next_step is not distinct from 'DAY_OF_VOLUNTEER')::integer,
        (coalesce(attended, false) and next_step is not distinct from 'UPGRADE_TRAINING')::integer] $$;

-- Adds what a registration now counts for and takes away what it counted for before, in the same transaction as
-- the change (a sign-up already holds its training's seats row, so this adds no new wait). A training's row is
-- made by its first registration; after that only its counts move.
create function registration_outcome_keep() returns trigger
    language plpgsql
    as $$
declare
    before integer[];
    delta integer[];
begin
    if tg_op in ('UPDATE', 'DELETE') then
        before := registration_outcome_of(old.status, old.attended, old.next_step);
    end if;
    if tg_op = 'UPDATE' and old.training_id = new.training_id then
        delta := array(select n - b from unnest(registration_outcome_of(new.status, new.attended, new.next_step),
            before) with ordinality as pair(n, b, i) order by i);
        perform registration_outcome_add(old.training_id, delta);
        return null;
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        perform registration_outcome_add(old.training_id, array(select -b from unnest(before) with ordinality
            as counted(b, i) order by i));
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        insert into registration_outcome (organization_id, training_id)
        values (new.organization_id, new.training_id)
        on conflict (training_id) do nothing;
        perform registration_outcome_add(new.training_id,
            registration_outcome_of(new.status, new.attended, new.next_step));
    end if;
    return null;
end $$;

create function registration_outcome_add(training uuid, delta integer[]) returns void
    language sql
    as $$ update registration_outcome o set
        signed_up = o.signed_up + delta[1], attended = o.attended + delta[2],
        chose_next_step = o.chose_next_step + delta[3], joined_team = o.joined_team + delta[4],
        day_of_volunteer = o.day_of_volunteer + delta[5], upgrade_training = o.upgrade_training + delta[6]
    where o.training_id = training and delta <> array[0, 0, 0, 0, 0, 0] $$;

create trigger registration_outcome_kept
    after insert or delete or update of training_id, status, attended, next_step on registration
    for each row execute function registration_outcome_keep();

insert into registration_outcome (organization_id, training_id, signed_up, attended, chose_next_step, joined_team,
                                  day_of_volunteer, upgrade_training)
select organization_id, training_id,
       count(*) filter (where status <> 'CANCELLED'),
       count(*) filter (where attended),
       count(*) filter (where attended and next_step is not null),
       count(*) filter (where attended and next_step = 'TEAM'),
       count(*) filter (where attended and next_step = 'DAY_OF_VOLUNTEER'),
       count(*) filter (where attended and next_step = 'UPGRADE_TRAINING')
from registration
group by organization_id, training_id;
