-- The scratch table pgbench inserts into: a registration's shape, one email per training.
create table registration (
    id               uuid primary key,
    organization_id  uuid not null,
    training_id      uuid not null,
    name             text not null,
    email            text not null,
    status           text not null,
    created_at       timestamptz not null,
    unique (training_id, email)
);
