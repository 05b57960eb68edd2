-- The language a person last used the site in: emails sent to them (digests, alerts) are written in it.
alter table account add column language text not null default 'en' check (language in ('en', 'es'));
