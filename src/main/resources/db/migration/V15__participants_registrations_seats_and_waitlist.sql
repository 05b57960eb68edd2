-- Participants: people who sign up for a training. Seats are given in arrival order; when a training is full,
-- sign-ups join its waitlist, and a cancellation promotes the first person waiting.
-- Capacity holds in the database, whatever the concurrency: each training's row in training_seats counts its
-- confirmed registrations (kept by a trigger on registration) and may never count more than its capacity. Sign-ups
-- of one training lock that one row, so they queue there and nowhere else.

create table training_seats (
    organization_id  uuid not null references organization (id) on delete cascade,
    training_id      uuid primary key,
    capacity         integer not null check (capacity between 1 and 10000),
    taken            integer not null default 0,
    check (taken between 0 and capacity),
    foreign key (organization_id, training_id) references training (organization_id, id) on delete cascade
);

create table registration (
    id               uuid primary key,
    organization_id  uuid not null references organization (id) on delete cascade,
    training_id      uuid not null references training_seats (training_id) on delete cascade,
    -- Arrival order: sign-ups of a training are serialized on its seats row, so the sequence orders them.
    arrival          bigint generated always as identity,
    name             text not null check (length(name) between 1 and 120),
    email            text not null check (length(email) between 3 and 254 and email = lower(email)),
    phone            text not null default '' check (length(phone) <= 40),
    access_needs     text not null default '' check (length(access_needs) <= 1000),
    heard_from       text not null default '' check (length(heard_from) <= 200),
    consent          boolean not null check (consent),
    status           text not null check (status in ('CONFIRMED', 'WAITLISTED', 'CANCELLED')),
    created_at       timestamptz not null,
    promoted_at      timestamptz,
    cancelled_at     timestamptz,
    version          bigint not null default 0,
    check ((status = 'CANCELLED') = (cancelled_at is not null)),
    unique (organization_id, id)
);
-- The same email on the same training is one registration (a cancelled one does not count).
create unique index registration_email_idx on registration (training_id, email) where status <> 'CANCELLED';
create index registration_waitlist_idx on registration (training_id, arrival) where status = 'WAITLISTED';

-- Keeps training_seats.taken equal to the training's confirmed registrations; its check refuses any write that
-- would confirm more people than there are seats.
create function participants_count_seats() returns trigger
    language plpgsql
    as $$
begin
    if tg_op in ('UPDATE', 'DELETE') and old.status = 'CONFIRMED' then
        update training_seats set taken = taken - 1 where training_id = old.training_id;
    end if;
    if tg_op in ('INSERT', 'UPDATE') and new.status = 'CONFIRMED' then
        update training_seats set taken = taken + 1 where training_id = new.training_id;
    end if;
    return null;
end $$;

create trigger registration_counts_seats
    after insert or update of status or delete on registration
    for each row execute function participants_count_seats();

call app_isolate_tenant_tables('training_seats', 'registration');
