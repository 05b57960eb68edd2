-- Coaching: trainers rehearse their modules in run-throughs, coaches score them on the organization's rubric
-- and give a verdict per presenter and module. Dates are local to the training's chapter, like its days.

-- The organization's rubric. Until an organizer edits it there are no rows and the five usual criteria apply;
-- the first save writes them all. A usual criterion keeps its key and an empty name (named by the
-- application's messages, in each reader's language) until someone renames it. Retired criteria stay, so that
-- old scores keep their names.
create table rubric (
    organization_id  uuid primary key references organization (id) on delete cascade,
    version          bigint not null default 0
);

create table rubric_criterion (
    organization_id  uuid not null default app_current_organization() references rubric (organization_id) on delete cascade,
    key              text not null check (key ~ '^[a-z0-9-]{1,40}$'),
    name             text not null default '' check (length(name) <= 80),
    description      text not null default '' check (length(description) <= 400),
    position         integer not null,
    retired          boolean not null default false,
    primary key (organization_id, key)
);

-- A rehearsal of some of a training's modules. PLANNED ones are on the calendar and the checklist; HELD ones
-- were logged afterwards (by the trainer, their coach or the lead trainer) with what actually happened.
create table run_through (
    id               uuid primary key,
    organization_id  uuid not null references organization (id) on delete cascade,
    training_id      uuid not null,
    status           text not null check (status in ('PLANNED', 'HELD', 'CANCELLED')),
    run_on           date not null,
    starts_at        time,
    format           text not null check (format in ('IN_PERSON', 'ONLINE')),
    place            text not null default '' check (length(place) <= 300),
    notes            text not null default '' check (length(notes) <= 4000),
    self_assessment  text not null default '' check (length(self_assessment) <= 2000),
    planned_by       uuid,
    logged_by        uuid,
    created_at       timestamptz not null,
    logged_at        timestamptz,
    version          bigint not null default 0,
    check ((status = 'HELD') = (logged_at is not null)),
    unique (organization_id, id),
    foreign key (organization_id, training_id) references training (organization_id, id) on delete cascade,
    foreign key (organization_id, planned_by) references membership (organization_id, account_id) on delete set null (planned_by),
    foreign key (organization_id, logged_by) references membership (organization_id, account_id) on delete set null (logged_by)
);
create index run_through_training_idx on run_through (organization_id, training_id, run_on);
create index run_through_date_idx on run_through (organization_id, run_on) where status = 'PLANNED';

-- One module presented by one person in a run-through, with its timing: planned minutes (the module's length
-- by default) and, once held, the actual minutes. A person's data goes with their membership.
create table run_through_part (
    organization_id  uuid not null default app_current_organization(),
    run_through_id   uuid not null,
    module_key       uuid not null,
    presenter_id     uuid not null,
    position         integer not null,
    planned_minutes  integer not null check (planned_minutes between 1 and 1440),
    actual_minutes   integer check (actual_minutes between 1 and 1440),
    primary key (run_through_id, module_key, presenter_id),
    foreign key (organization_id, run_through_id) references run_through (organization_id, id) on delete cascade,
    foreign key (organization_id, presenter_id) references membership (organization_id, account_id) on delete cascade
);
create index run_through_part_presenter_idx on run_through_part (organization_id, presenter_id);

-- Who watched: the coach and peers.
create table run_through_watcher (
    organization_id  uuid not null default app_current_organization(),
    run_through_id   uuid not null,
    account_id       uuid not null,
    primary key (run_through_id, account_id),
    foreign key (organization_id, run_through_id) references run_through (organization_id, id) on delete cascade,
    foreign key (organization_id, account_id) references membership (organization_id, account_id) on delete cascade
);

-- A coach's feedback to one presenter on one module, given on a run-through or (run_through_id null) on the
-- delivered training. A draft may lack its verdict; submitting needs one and tells the trainer, who
-- acknowledges it and may reply once. Confidential: the application shows it only to the presenter, its
-- coach, the presenter's coaches, the training's chapter leads and organizers.
create table feedback (
    id               uuid primary key,
    organization_id  uuid not null references organization (id) on delete cascade,
    training_id      uuid not null,
    run_through_id   uuid,
    module_key       uuid not null,
    presenter_id     uuid not null,
    coach_id         uuid,
    status           text not null check (status in ('DRAFT', 'SUBMITTED')),
    verdict          text check (verdict in ('READY', 'READY_WITH_CHANGES', 'ANOTHER_RUN_THROUGH')),
    glows            text not null default '' check (length(glows) <= 4000),
    grows            text not null default '' check (length(grows) <= 4000),
    created_at       timestamptz not null,
    submitted_at     timestamptz,
    acknowledged_at  timestamptz,
    reply            text check (length(reply) between 1 and 2000),
    replied_at       timestamptz,
    version          bigint not null default 0,
    check (status = 'DRAFT' or verdict is not null),
    check ((status = 'SUBMITTED') = (submitted_at is not null)),
    check (acknowledged_at is null or status = 'SUBMITTED'),
    check ((reply is null) = (replied_at is null)),
    unique (organization_id, id),
    foreign key (organization_id, training_id) references training (organization_id, id) on delete cascade,
    foreign key (organization_id, run_through_id) references run_through (organization_id, id) on delete cascade,
    foreign key (organization_id, presenter_id) references membership (organization_id, account_id) on delete cascade,
    foreign key (organization_id, coach_id) references membership (organization_id, account_id) on delete set null (coach_id)
);
-- One piece of feedback per coach, presenter and module on each run-through (or delivered training).
create unique index feedback_one_per_coach_idx
    on feedback (training_id, run_through_id, module_key, presenter_id, coach_id) nulls not distinct;
create index feedback_presenter_idx on feedback (organization_id, presenter_id, module_key, submitted_at);
create index feedback_coach_idx on feedback (organization_id, coach_id, status);

create table feedback_score (
    organization_id  uuid not null default app_current_organization(),
    feedback_id      uuid not null,
    criterion_key    text not null,
    score            smallint not null check (score between 1 and 4),
    primary key (feedback_id, criterion_key),
    foreign key (organization_id, feedback_id) references feedback (organization_id, id) on delete cascade
);

call app_isolate_tenant_tables('rubric', 'rubric_criterion', 'run_through', 'run_through_part',
    'run_through_watcher', 'feedback', 'feedback_score');
