-- Trainings: a chapter's run of one published program version on one or more consecutive days, its
-- staff, and the secret calendar feeds that show trainings in people's calendars.
-- Dates and times are local to the chapter's time zone, as people there read them.

alter table program_version add constraint program_version_organization_id_key unique (organization_id, id);

create table training (
    id                    uuid primary key,
    organization_id       uuid not null references organization (id) on delete cascade,
    chapter_id            uuid not null,
    program_id            uuid not null,
    program_version_id    uuid not null,
    version_number        integer not null check (version_number > 0),
    status                text not null check (status in ('DRAFT', 'SCHEDULED', 'COMPLETED', 'CANCELLED')),
    first_day             date not null,
    last_day              date not null,
    address               text not null default '',
    online_link           text not null default '',
    capacity              integer not null check (capacity between 1 and 10000),
    language              text not null,
    public                boolean not null,
    notes                 text not null default '',
    lead_days             integer,
    cancel_reason         text,
    created_at            timestamptz not null,
    scheduled_at          timestamptz,
    version               bigint not null default 0,
    check (last_day >= first_day),
    check ((status = 'CANCELLED') = (cancel_reason is not null)),
    unique (organization_id, id),
    foreign key (organization_id, chapter_id) references chapter (organization_id, id),
    foreign key (organization_id, program_version_id) references program_version (organization_id, id)
);
create index training_dates_idx on training (organization_id, first_day, last_day);
create index training_chapter_idx on training (organization_id, chapter_id, first_day);

create table training_day (
    organization_id  uuid not null default app_current_organization(),
    training_id      uuid not null,
    day              integer not null check (day between 1 and 7),
    date             date not null,
    starts_at        time not null,
    ends_at          time not null check (ends_at > starts_at),
    primary key (training_id, day),
    foreign key (organization_id, training_id) references training (organization_id, id) on delete cascade
);

-- Who holds which post: the lead trainer, the coach, a seat presenting a module (by the module's key,
-- stable across versions) or a seat of a day-of role.
create table training_assignment (
    id               uuid primary key,
    organization_id  uuid not null default app_current_organization(),
    training_id      uuid not null,
    post             text not null check (post in ('LEAD_TRAINER', 'COACH', 'MODULE', 'DAY_OF_ROLE')),
    module_key       uuid,
    day_of_role_id   uuid,
    seat             integer not null check (seat between 1 and 20),
    account_id       uuid not null,
    check ((post = 'MODULE') = (module_key is not null)),
    check ((post = 'DAY_OF_ROLE') = (day_of_role_id is not null)),
    foreign key (organization_id, training_id) references training (organization_id, id) on delete cascade,
    foreign key (organization_id, account_id) references membership (organization_id, account_id) on delete cascade
);
create unique index training_assignment_seat_idx on training_assignment (training_id, post,
    coalesce(module_key, '00000000-0000-0000-0000-000000000000'::uuid),
    coalesce(day_of_role_id, '00000000-0000-0000-0000-000000000000'::uuid), seat);
create index training_assignment_account_idx on training_assignment (organization_id, account_id);

-- A secret address a calendar app polls: one per chapter and one per person. The token is kept so the
-- address can be shown again (it reads the calendar, nothing else); rotating replaces it.
create table calendar_feed (
    id               uuid primary key,
    organization_id  uuid not null references organization (id) on delete cascade,
    chapter_id       uuid,
    account_id       uuid,
    token            text not null unique,
    created_at       timestamptz not null,
    check ((chapter_id is null) <> (account_id is null)),
    foreign key (organization_id, chapter_id) references chapter (organization_id, id) on delete cascade,
    foreign key (organization_id, account_id) references membership (organization_id, account_id) on delete cascade
);
create unique index calendar_feed_chapter_idx on calendar_feed (organization_id, chapter_id) where chapter_id is not null;
create unique index calendar_feed_account_idx on calendar_feed (organization_id, account_id) where account_id is not null;

do $$
declare
    t text;
begin
    foreach t in array array['training', 'training_day', 'training_assignment', 'calendar_feed'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy %I on %I using (organization_id = app_current_organization()) '
            || 'with check (organization_id = app_current_organization())', t || '_tenant', t);
    end loop;
end $$;
