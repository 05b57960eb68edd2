-- Curriculum: programs edited as drafts and published as immutable, numbered versions.
-- Child rows take their organization from the transaction's tenant when none is given, so that
-- collections Hibernate writes without a tenant column (materials) still satisfy row-level security.

create table program (
    id               uuid primary key,
    organization_id  uuid not null references organization (id) on delete cascade,
    created_at       timestamptz not null
);
create index program_organization_idx on program (organization_id, created_at);

create table program_version (
    id               uuid primary key,
    organization_id  uuid not null references organization (id) on delete cascade,
    program_id       uuid not null references program (id) on delete cascade,
    number           integer check (number > 0),
    published_at     timestamptz,
    name             text not null,
    description      text not null default '',
    pathway_level    text not null,
    length_days      integer not null check (length_days between 1 and 7),
    capacity         integer not null check (capacity between 1 and 10000),
    languages        text[] not null,
    day_starts       time[] not null,
    created_at       timestamptz not null,
    version          bigint not null default 0,
    check ((number is null) = (published_at is null)),
    check (cardinality(day_starts) = length_days),
    unique (organization_id, program_id, number)
);
-- At most one draft per program.
create unique index program_version_draft_idx on program_version (organization_id, program_id) where number is null;

create table day_of_role (
    id               uuid primary key,
    organization_id  uuid not null references organization (id) on delete cascade,
    preset           text,
    name             text not null,
    summary          text not null default '',
    before_training  text not null default '',
    during_training  text not null default '',
    after_training   text not null default '',
    retired          boolean not null default false,
    created_at       timestamptz not null,
    version          bigint not null default 0
);
create unique index day_of_role_name_idx on day_of_role (organization_id, lower(name));
create unique index day_of_role_preset_idx on day_of_role (organization_id, preset);

create table curriculum_module (
    id                    uuid primary key,
    organization_id       uuid not null default app_current_organization() references organization (id) on delete cascade,
    program_version_id    uuid not null references program_version (id) on delete cascade,
    key                   uuid not null,
    position              integer not null,
    title                 text not null,
    purpose               text not null default '',
    learning_goals        text not null default '',
    duration_minutes      integer not null check (duration_minutes between 5 and 600),
    trainers_needed       integer not null check (trainers_needed between 0 and 10),
    guide                 text not null default '',
    run_through_required  boolean not null,
    version               bigint not null default 0,
    unique (program_version_id, key)
);
create index curriculum_module_version_idx on curriculum_module (organization_id, program_version_id);

create table module_material (
    organization_id  uuid not null default app_current_organization() references organization (id) on delete cascade,
    module_id        uuid not null references curriculum_module (id) on delete cascade,
    position         integer not null,
    title            text not null,
    url              text not null,
    primary key (module_id, position)
);

create table agenda_item (
    id                  uuid primary key,
    organization_id     uuid not null default app_current_organization() references organization (id) on delete cascade,
    program_version_id  uuid not null references program_version (id) on delete cascade,
    day                 integer not null check (day >= 1),
    position            integer not null,
    -- Checked at commit: a new draft's agenda may be written before its modules.
    module_id           uuid references curriculum_module (id) on delete cascade deferrable initially deferred,
    break_title         text,
    break_minutes       integer check (break_minutes between 5 and 240),
    notes               text not null default '',
    check ((module_id is null) <> (break_minutes is null)),
    unique (program_version_id, day, position) deferrable initially deferred
);
create index agenda_item_version_idx on agenda_item (organization_id, program_version_id);

create table checklist_template_item (
    id                  uuid primary key,
    organization_id     uuid not null default app_current_organization() references organization (id) on delete cascade,
    program_version_id  uuid not null references program_version (id) on delete cascade,
    key                 uuid not null,
    title               text not null,
    description         text not null default '',
    offset_days         integer not null check (offset_days between -56 and 14),
    responsible         text not null,
    day_of_role_id      uuid references day_of_role (id),
    version             bigint not null default 0,
    check ((responsible = 'DAY_OF_ROLE') = (day_of_role_id is not null))
);
create index checklist_template_item_version_idx on checklist_template_item (organization_id, program_version_id);
create unique index checklist_template_item_title_idx
    on checklist_template_item (program_version_id, offset_days, lower(title));

create table program_role_need (
    id                  uuid primary key,
    organization_id     uuid not null default app_current_organization() references organization (id) on delete cascade,
    program_version_id  uuid not null references program_version (id) on delete cascade,
    day_of_role_id      uuid not null references day_of_role (id),
    people              integer not null check (people between 1 and 50),
    unique (program_version_id, day_of_role_id)
);
create index program_role_need_version_idx on program_role_need (organization_id, program_version_id);

-- Published versions are frozen here, not only in the application: trainings rely on them.
create function curriculum_refuse_if_published(version_id uuid) returns void
    language plpgsql as $$
begin
    if exists (select 1 from program_version where id = version_id and number is not null) then
        raise exception 'program version % is published and cannot change', version_id
            using errcode = 'LM001';
    end if;
end $$;

create function curriculum_freeze_version() returns trigger
    language plpgsql as $$
begin
    if old.number is not null then
        raise exception 'program version % is published and cannot change', old.id using errcode = 'LM001';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end $$;

create function curriculum_freeze_child() returns trigger
    language plpgsql as $$
begin
    if tg_op <> 'INSERT' then
        perform curriculum_refuse_if_published(old.program_version_id);
    end if;
    if tg_op <> 'DELETE' then
        perform curriculum_refuse_if_published(new.program_version_id);
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end $$;

create function curriculum_freeze_material() returns trigger
    language plpgsql as $$
declare
    module_row record;
begin
    select program_version_id into module_row from curriculum_module
        where id = case when tg_op = 'DELETE' then old.module_id else new.module_id end;
    if found then
        perform curriculum_refuse_if_published(module_row.program_version_id);
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end $$;

create trigger program_version_frozen before update or delete on program_version
    for each row execute function curriculum_freeze_version();
create trigger curriculum_module_frozen before insert or update or delete on curriculum_module
    for each row execute function curriculum_freeze_child();
create trigger agenda_item_frozen before insert or update or delete on agenda_item
    for each row execute function curriculum_freeze_child();
create trigger checklist_template_item_frozen before insert or update or delete on checklist_template_item
    for each row execute function curriculum_freeze_child();
create trigger program_role_need_frozen before insert or update or delete on program_role_need
    for each row execute function curriculum_freeze_child();
create trigger module_material_frozen before insert or update or delete on module_material
    for each row execute function curriculum_freeze_material();

-- Row-level security: every curriculum table belongs to one organization.
do $$
declare
    t text;
begin
    foreach t in array array['program', 'program_version', 'day_of_role', 'curriculum_module', 'module_material',
            'agenda_item', 'checklist_template_item', 'program_role_need'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy %I on %I using (organization_id = app_current_organization()) '
            || 'with check (organization_id = app_current_organization())', t || '_tenant', t);
    end loop;
end $$;
