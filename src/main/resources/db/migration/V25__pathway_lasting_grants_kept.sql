-- How many grants of each kind hold for good (neither revoked, replaced nor ever expiring), counted as grants
-- change: the dashboard's pathway adds these to a count of the grants that expire, instead of counting every
-- attendance grant on every request (a national movement's "Core training" has one per person trained).
-- PathwayCountsTests checks these counts against a recount.
create table qualification_lasting (
    organization_id uuid not null references organization (id) on delete cascade,
    kind_id         uuid primary key,
    grants          integer not null default 0 check (grants >= 0),
    foreign key (organization_id, kind_id) references qualification_kind (organization_id, id) on delete cascade
);
call app_isolate_tenant_tables('qualification_lasting');

-- The grants that do expire, counted live on the day: few, and reached without the lasting ones.
create index qualification_expiring_idx on qualification (organization_id, kind_id, expires_on)
    where revoked_at is null and replaced_at is null and expires_on is not null;

-- A grant that holds for good: neither revoked nor replaced, and never expiring.
create function qualification_lasts(revoked_at timestamptz, replaced_at timestamptz, expires_on date) returns boolean
    language sql immutable
    as $$ select revoked_at is null and replaced_at is null and expires_on is null $$;

-- Once per statement, from its transition tables: attendance grants a whole training's attendees in one statement,
-- and this moves each kind's count once, by what the statement changed on the whole (nothing for an edit that left
-- the grants as they were). Kinds in their order, so that two statements never wait on each other's rows crosswise.
-- A count only goes up where a grant of the kind exists, so only then may the kind's row be made; one that goes
-- down only updates (a kind being deleted may have lost its row already).
create function qualification_lasting_keep() returns trigger
    language plpgsql
    as $$
declare
    changes refcursor;
    change record;
begin
    if tg_op = 'INSERT' then
        open changes for
            select organization_id, kind_id, count(*) as delta from new_grants
            where qualification_lasts(revoked_at, replaced_at, expires_on)
            group by organization_id, kind_id order by kind_id;
    elsif tg_op = 'DELETE' then
        open changes for
            select organization_id, kind_id, -count(*) as delta from old_grants
            where qualification_lasts(revoked_at, replaced_at, expires_on)
            group by organization_id, kind_id order by kind_id;
    else
        open changes for
            select organization_id, kind_id, sum(counted) as delta
            from (select organization_id, kind_id, 1 as counted from new_grants
                  where qualification_lasts(revoked_at, replaced_at, expires_on)
                  union all
                  select organization_id, kind_id, -1 from old_grants
                  where qualification_lasts(revoked_at, replaced_at, expires_on)) lasting
            group by organization_id, kind_id having sum(counted) <> 0 order by kind_id;
    end if;
    loop
        fetch changes into change;
        exit when not found;
        if change.delta > 0 then
            insert into qualification_lasting (organization_id, kind_id, grants)
            values (change.organization_id, change.kind_id, change.delta)
            on conflict (kind_id) do update set grants = qualification_lasting.grants + excluded.grants;
        else
            update qualification_lasting set grants = grants + change.delta where kind_id = change.kind_id;
        end if;
    end loop;
    close changes;
    return null;
end $$;

-- A trigger with transition tables may have one event only, and no column list.
create trigger qualification_lasting_inserted after insert on qualification
    referencing new table as new_grants
    for each statement execute function qualification_lasting_keep();
create trigger qualification_lasting_updated after update on qualification
    referencing old table as old_grants new table as new_grants
    for each statement execute function qualification_lasting_keep();
create trigger qualification_lasting_deleted after delete on qualification
    referencing old table as old_grants
    for each statement execute function qualification_lasting_keep();

insert into qualification_lasting (organization_id, kind_id, grants)
select organization_id, kind_id, count(*)
from qualification
where qualification_lasts(revoked_at, replaced_at, expires_on)
group by organization_id, kind_id;
