create table organization (
    id          uuid primary key,
    slug        text not null unique,
    name        text not null,
    created_at  timestamptz not null,
    version     bigint not null default 0
);

-- The tenant of the current transaction, as set by the application on every connection checkout.
-- Unset or empty means "no organization": tenant tables then show nothing.
create function app_current_organization() returns uuid
    language sql stable
    as $$ select nullif(current_setting('app.organization_id', true), '')::uuid $$;

create function app_current_account() returns uuid
    language sql stable
    as $$ select nullif(current_setting('app.account_id', true), '')::uuid $$;

create table membership (
    id               uuid primary key,
    organization_id  uuid not null references organization (id) on delete cascade,
    account_id       uuid not null references account (id) on delete cascade,
    roles            text[] not null check (cardinality(roles) > 0),
    created_at       timestamptz not null,
    version          bigint not null default 0,
    unique (organization_id, account_id)
);
create index membership_account_idx on membership (account_id);

alter table membership enable row level security;
alter table membership force row level security;
-- A member is visible within its organization, and to its own account (the organization picker).
create policy membership_read on membership for select
    using (organization_id = app_current_organization() or account_id = app_current_account());
create policy membership_insert on membership for insert
    with check (organization_id = app_current_organization());
create policy membership_update on membership for update
    using (organization_id = app_current_organization())
    with check (organization_id = app_current_organization());
create policy membership_delete on membership for delete
    using (organization_id = app_current_organization());

-- Strangers reach an organization's things through long random tokens (invitation links now,
-- sign-up and calendar links later). Only the token's SHA-256 is stored, with its organization,
-- so that the tenant can be set before the tenant-owned row is read.
create table public_link (
    token_hash       text primary key,
    organization_id  uuid not null references organization (id) on delete cascade,
    purpose          text not null,
    created_at       timestamptz not null
);
