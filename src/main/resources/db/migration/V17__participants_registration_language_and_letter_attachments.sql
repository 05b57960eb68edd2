-- Participants' letters: in the language the newcomer signed up in, with the training's calendar attached.

-- The language of the sign-up page the person used (a language tag such as 'es'), for every letter about their
-- registration. Registrations made another way (by staff, at the door) may leave it empty: their letters are in
-- the training's language.
alter table registration add column language text check (language is null or length(language) between 2 and 35);

-- Files that travel with a letter of the outbox (a training's .ics), stored with it so that every retry sends the
-- same letter. Letters without attachments are as they were.
create table mail_letter_attachment (
    id               uuid primary key,
    organization_id  uuid not null references organization (id) on delete cascade,
    letter_id        uuid not null,
    position         integer not null check (position >= 0),
    file_name        text not null check (length(file_name) between 1 and 200),
    content_type     text not null check (length(content_type) between 3 and 200),
    content          bytea not null,
    unique (letter_id, position),
    foreign key (organization_id, letter_id) references mail_letter (organization_id, id) on delete cascade
);

call app_isolate_tenant_tables('mail_letter_attachment');
