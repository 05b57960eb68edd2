-- Chapters: the cities or hubs that run trainings, each in its own time zone, with its leads and the
-- trainers and coaches it draws on (its pool). People are memberships of the same organization: the
-- composite keys make a chapter of one organization unable to name a member of another.

create table chapter (
    id               uuid primary key,
    organization_id  uuid not null references organization (id) on delete cascade,
    slug             text not null check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name             text not null check (length(name) between 1 and 120),
    time_zone        text not null,
    region           text not null default '',
    active           boolean not null default true,
    created_at       timestamptz not null,
    version          bigint not null default 0,
    unique (organization_id, slug),
    unique (organization_id, id)
);
create unique index chapter_name_idx on chapter (organization_id, lower(name));

create table chapter_lead (
    organization_id  uuid not null default app_current_organization(),
    chapter_id       uuid not null,
    account_id       uuid not null,
    primary key (chapter_id, account_id),
    foreign key (organization_id, chapter_id) references chapter (organization_id, id) on delete cascade,
    foreign key (organization_id, account_id) references membership (organization_id, account_id) on delete cascade
);
create index chapter_lead_account_idx on chapter_lead (organization_id, account_id);

create table chapter_pool_member (
    organization_id  uuid not null default app_current_organization(),
    chapter_id       uuid not null,
    account_id       uuid not null,
    primary key (chapter_id, account_id),
    foreign key (organization_id, chapter_id) references chapter (organization_id, id) on delete cascade,
    foreign key (organization_id, account_id) references membership (organization_id, account_id) on delete cascade
);
create index chapter_pool_member_account_idx on chapter_pool_member (organization_id, account_id);

do $$
declare
    t text;
begin
    foreach t in array array['chapter', 'chapter_lead', 'chapter_pool_member'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy %I on %I using (organization_id = app_current_organization()) '
            || 'with check (organization_id = app_current_organization())', t || '_tenant', t);
    end loop;
end $$;
