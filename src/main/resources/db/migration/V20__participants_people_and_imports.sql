-- People: one per email in each organization, whatever brought them here (a sign-up, a walk-in, an imported
-- list). Registrations relate to their person by email; every new registration makes sure its person exists, so
-- that each person has one address (/{org}/people/{id}) and imported people and sign-ups merge.

create table person (
    id               uuid primary key,
    organization_id  uuid not null references organization (id) on delete cascade,
    email            text not null check (length(email) between 3 and 254 and email = lower(email)),
    name             text not null default '' check (length(name) <= 120),
    phone            text not null default '' check (length(phone) <= 40),
    source           text not null check (source in ('REGISTRATION', 'IMPORT')),
    created_at       timestamptz not null,
    version          bigint not null default 0,
    unique (organization_id, email),
    unique (organization_id, id)
);

-- A registration's person is created with it when the email is new to the organization; an existing person
-- keeps what they have (the person's record is theirs to merge, not the latest sign-up's to overwrite).
create function participants_register_person() returns trigger
    language plpgsql
    as $$
begin
    insert into person (id, organization_id, email, name, phone, source, created_at)
    values (gen_random_uuid(), new.organization_id, new.email, new.name, new.phone, 'REGISTRATION', new.created_at)
    on conflict (organization_id, email) do nothing;
    return null;
end $$;

create trigger registration_is_a_person
    after insert on registration
    for each row when (new.erased_at is null)
    execute function participants_register_person();

-- The people of registrations made before this migration, organization by organization (row-level security
-- shows a migration only the organization it names).
do $$
declare
    org uuid;
begin
    for org in select id from organization loop
        perform set_config('app.organization_id', org::text, true);
        insert into person (id, organization_id, email, name, phone, source, created_at)
        select distinct on (email) gen_random_uuid(), organization_id, email, name, phone, 'REGISTRATION', created_at
        from registration
        where erased_at is null
        order by email, created_at
        on conflict (organization_id, email) do nothing;
    end loop;
    perform set_config('app.organization_id', '', true);
end $$;

-- A CSV file an organizer uploaded, kept between the steps of its import (mapping, review, confirmation) and
-- removed once imported: user data never goes to the server's disk.
create table people_import (
    id               uuid primary key,
    organization_id  uuid not null references organization (id) on delete cascade,
    uploaded_by      uuid not null,
    file_name        text not null check (length(file_name) <= 255),
    content          text not null,
    created_at       timestamptz not null,
    unique (organization_id, id)
);

call app_isolate_tenant_tables('person', 'people_import');
