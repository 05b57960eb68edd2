-- Participants, continued: the addresses strangers use, the day itself, and where people go next.

-- Each training's sign-up page lives under an unguessable token (public trainings are listed on the join page;
-- invite-only ones are reached only by whoever was given the link). 256 random bits as 64 hex digits.
alter table training
    add column signup_token text not null
        default replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', '');
alter table training add constraint training_signup_token_key unique (signup_token);

-- Each registration's private address (view, update, cancel, delete): kept, so that it can be mailed again.
alter table registration add column private_token text;
update registration set private_token = replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', '');
alter table registration alter column private_token set not null;
alter table registration add constraint registration_private_token_key unique (private_token);

-- The chapter a participant wants to be part of: preselected as the training's, changed by those who travel.
alter table registration add column chapter_id uuid;
alter table registration add constraint registration_chapter_fk foreign key (organization_id, chapter_id)
    references chapter (organization_id, id) on delete set null (chapter_id);

-- The chapter's teams a participant can join after a training; chapter leads keep them.
create table team (
    id               uuid primary key,
    organization_id  uuid not null references organization (id) on delete cascade,
    chapter_id       uuid not null,
    name             text not null check (length(name) between 1 and 120),
    purpose          text not null default '' check (length(purpose) <= 1000),
    contact_name     text not null check (length(contact_name) between 1 and 120),
    contact_email    text not null check (length(contact_email) between 3 and 254 and contact_email = lower(contact_email)),
    archived         boolean not null default false,
    version          bigint not null default 0,
    unique (organization_id, id),
    foreign key (organization_id, chapter_id) references chapter (organization_id, id) on delete cascade
);
create unique index team_name_idx on team (chapter_id, lower(name)) where not archived;

-- The day itself: who was checked in (by which welcomer), who walked in, who attended, and the next step each
-- chose. Attendance is null until recorded; check-ins pre-fill it.
alter table registration
    add column checked_in_at    timestamptz,
    add column checked_in_by    uuid,
    add column walk_in          boolean not null default false,
    add column attended         boolean,
    add column next_step        text check (next_step in ('TEAM', 'DAY_OF_VOLUNTEER', 'UPGRADE_TRAINING', 'NOT_NOW')),
    add column next_step_team_id uuid,
    add column erased_at        timestamptz,
    add constraint registration_team_step check ((next_step = 'TEAM') = (next_step_team_id is not null)),
    add constraint registration_step_team_fk foreign key (organization_id, next_step_team_id)
        references team (organization_id, id);
create index registration_email_of_org_idx on registration (organization_id, email);

call app_isolate_tenant_tables('team');
