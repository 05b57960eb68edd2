-- Accounts are global: one person, one account, possibly in several organizations.
create table account (
    id              uuid primary key,
    email           text not null,
    display_name    text not null,
    password_hash   text not null,
    enabled         boolean not null default true,
    created_at      timestamptz not null,
    version         bigint not null default 0
);
create unique index account_email_key on account (lower(email));

-- Failed sign-ins per email, for throttling repeated guesses (shared by every app instance).
create table sign_in_throttle (
    email              text primary key,
    failures           integer not null,
    window_started_at  timestamptz not null,
    locked_until       timestamptz
);
