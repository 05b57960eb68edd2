create table invitation (
    id               uuid primary key,
    organization_id  uuid not null references organization (id) on delete cascade,
    email            text not null,
    roles            text[] not null check (cardinality(roles) > 0),
    token_hash       text not null unique,
    invited_by       uuid references account (id) on delete set null,
    expires_at       timestamptz not null,
    accepted_at      timestamptz,
    revoked_at       timestamptz,
    created_at       timestamptz not null,
    version          bigint not null default 0
);
create index invitation_organization_idx on invitation (organization_id, created_at);

alter table invitation enable row level security;
alter table invitation force row level security;
create policy invitation_tenant on invitation
    using (organization_id = app_current_organization())
    with check (organization_id = app_current_organization());

create table password_reset (
    id          uuid primary key,
    account_id  uuid not null references account (id) on delete cascade,
    token_hash  text not null unique,
    expires_at  timestamptz not null,
    used_at     timestamptz,
    created_at  timestamptz not null
);
create index password_reset_account_idx on password_reset (account_id);
