-- The mail outbox: every templated letter is rendered and stored in the transaction that decides to send it,
-- then delivered (and retried) by a background job, so that no letter is lost and none goes out twice.
-- And each member's choice of the kinds of mail they can turn off (digests), with the secret address that
-- turns one off from the mail itself.

create table mail_letter (
    id               uuid primary key,
    organization_id  uuid not null references organization (id) on delete cascade,
    recipient_id     uuid,
    to_address       text not null,
    kind             text not null check (kind in ('DIGEST', 'ALERT', 'PARTICIPANT_REMINDER', 'TRANSACTIONAL')),
    subject          text not null,
    html_body        text not null,
    text_body        text not null,
    unsubscribe_url  text,
    dedupe_key       text,
    status           text not null check (status in ('PENDING', 'SENT', 'FAILED')),
    attempts         integer not null default 0 check (attempts >= 0),
    next_attempt_at  timestamptz not null,
    last_error       text,
    created_at       timestamptz not null,
    sent_at          timestamptz,
    version          bigint not null default 0,
    check ((status = 'SENT') = (sent_at is not null)),
    unique (organization_id, id),
    foreign key (organization_id, recipient_id) references membership (organization_id, account_id)
        on delete set null (recipient_id)
);
create unique index mail_letter_dedupe_idx on mail_letter (organization_id, dedupe_key) where dedupe_key is not null;
create index mail_letter_due_idx on mail_letter (next_attempt_at) where status = 'PENDING';
-- The organizers' page: letters that failed or wait for a retry, newest first.
create index mail_letter_trouble_idx on mail_letter (organization_id, created_at desc)
    where status = 'FAILED' or (status = 'PENDING' and attempts > 0);

-- One row per member and kind once a letter of a kind that can be turned off was queued for them (or they chose).
-- The token is kept, like a calendar feed's, so that every digest carries the same address; it only turns that
-- one kind off for that one person.
create table notification_preference (
    organization_id    uuid not null references organization (id) on delete cascade,
    account_id         uuid not null,
    kind               text not null check (kind in ('DIGEST', 'ALERT', 'PARTICIPANT_REMINDER', 'TRANSACTIONAL')),
    enabled            boolean not null,
    unsubscribe_token  text not null unique,
    changed_at         timestamptz not null,
    primary key (organization_id, account_id, kind),
    foreign key (organization_id, account_id) references membership (organization_id, account_id) on delete cascade
);

do $$
declare
    t text;
begin
    foreach t in array array['mail_letter', 'notification_preference'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy %I on %I using (organization_id = app_current_organization()) '
            || 'with check (organization_id = app_current_organization())', t || '_tenant', t);
    end loop;
end $$;

-- Delivery runs for every organization, but row-level security hides rows until the tenant is known. This
-- function, run as the migration role (its owner), tells the application role which organizations have due
-- letters: their ids and nothing else. Delivery then works as each organization in turn. The owner reads through
-- a policy of its own (row-level security is forced on owners too); the application role never gets it.
do $$
begin
    execute format('create policy mail_letter_due_for_delivery on mail_letter for select to %I using (true)',
        current_user);
end $$;

create function mail_organizations_with_due_letters(due_at timestamptz) returns setof uuid
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
    as $$ select distinct organization_id from public.mail_letter where status = 'PENDING' and next_attempt_at <= due_at $$;
revoke all on function mail_organizations_with_due_letters(timestamptz) from public;
grant execute on function mail_organizations_with_due_letters(timestamptz) to ${app_role};
