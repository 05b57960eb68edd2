-- Preparation: each scheduled training's checklist, generated from its program version's template and then
-- lived in by its team, and the record of the daily runs that watch over it.
-- Due dates are local dates in the chapter's time zone, like the training's own dates.

-- One per training that was ever scheduled: the dates its items are planned against, and its state.
create table checklist (
    organization_id     uuid not null references organization (id) on delete cascade,
    training_id         uuid primary key,
    chapter_id          uuid not null,
    program_version_id  uuid not null,
    first_day           date not null,
    zone                text not null,
    state               text not null check (state in ('ACTIVE', 'CANCELLED')),
    created_at          timestamptz not null,
    at_risk_since       date,
    unique (organization_id, training_id),
    foreign key (organization_id, training_id) references training (organization_id, id) on delete cascade,
    foreign key (organization_id, chapter_id) references chapter (organization_id, id)
);
create index checklist_chapter_idx on checklist (organization_id, chapter_id, first_day);

-- A task of the checklist. template_key is the template item's key (stable across curriculum versions), null
-- for a task someone added by hand. owner_id is who holds the responsible role (or whom it was handed to:
-- assignee_id); null means the chapter's leads. offset_days is kept so the task moves with the training.
create table checklist_item (
    id                  uuid primary key,
    organization_id     uuid not null,
    training_id         uuid not null,
    template_key        uuid,
    title               text not null check (length(title) between 1 and 200),
    description         text not null default '' check (length(description) <= 4000),
    offset_days         integer not null check (offset_days between -365 and 365),
    responsible         text not null check (responsible in ('CHAPTER_LEAD', 'LEAD_TRAINER', 'MODULE_TRAINER', 'COACH', 'DAY_OF_ROLE')),
    day_of_role_id      uuid,
    assignee_id         uuid,
    owner_id            uuid,
    due_date            date not null,
    compressed          boolean not null default false,
    status              text not null check (status in ('OPEN', 'DONE', 'CANCELLED')),
    done_by             uuid,
    done_at             timestamptz,
    overdue_since       date,
    added_by            uuid,
    created_at          timestamptz not null,
    version             bigint not null default 0,
    check ((status = 'DONE') = (done_at is not null)),
    check ((responsible = 'DAY_OF_ROLE') = (day_of_role_id is not null)),
    unique (organization_id, id),
    foreign key (organization_id, training_id) references checklist (organization_id, training_id) on delete cascade,
    foreign key (organization_id, assignee_id) references membership (organization_id, account_id) on delete set null (assignee_id),
    foreign key (organization_id, owner_id) references membership (organization_id, account_id) on delete set null (owner_id)
);
-- Generation inserts with "on conflict do nothing" on this index: a second delivery of the same event adds nothing.
-- Tasks added by hand have no key, and nulls never conflict. The same index finds a training's tasks.
create unique index checklist_item_template_idx on checklist_item (training_id, template_key);
create index checklist_item_owner_idx on checklist_item (organization_id, owner_id, due_date) where status = 'OPEN';

create table checklist_comment (
    id               uuid primary key,
    organization_id  uuid not null,
    item_id          uuid not null,
    author_id        uuid,
    body             text not null check (length(body) between 1 and 2000),
    created_at       timestamptz not null,
    foreign key (organization_id, item_id) references checklist_item (organization_id, id) on delete cascade,
    foreign key (organization_id, author_id) references membership (organization_id, account_id) on delete set null (author_id)
);
create index checklist_comment_item_idx on checklist_comment (organization_id, item_id, created_at);

-- The daily run of one chapter on one local date. Each step records when it finished, in the same transaction
-- as its effects: a run that crashed is run again from the first step not recorded, so nothing happens twice
-- and nothing is skipped.
create table preparation_run (
    organization_id         uuid not null references organization (id) on delete cascade,
    chapter_id              uuid not null,
    run_date                date not null,
    started_at              timestamptz not null,
    overdue_marked_at       timestamptz,
    overdue_items           integer,
    risks_checked_at        timestamptz,
    at_risk                 integer,
    reminders_announced_at  timestamptz,
    reminders               integer,
    digests_sent_at         timestamptz,
    digests                 integer,
    finished_at             timestamptz,
    primary key (organization_id, chapter_id, run_date),
    foreign key (organization_id, chapter_id) references chapter (organization_id, id) on delete cascade
);

do $$
declare
    t text;
begin
    foreach t in array array['checklist', 'checklist_item', 'checklist_comment', 'preparation_run'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy %I on %I using (organization_id = app_current_organization()) '
            || 'with check (organization_id = app_current_organization())', t || '_tenant', t);
    end loop;
end $$;

-- ShedLock's table: one row per scheduled job, so that of several application instances one runs it.
create table shedlock (
    name        varchar(64) primary key,
    lock_until  timestamptz not null,
    locked_at   timestamptz not null,
    locked_by   varchar(255) not null
);
