-- Spring Modulith's event publication registry: cross-module events that must not be lost.
create table event_publication (
    id                      uuid primary key,
    listener_id             text not null,
    event_type              text not null,
    serialized_event        text not null,
    publication_date        timestamptz not null,
    completion_date         timestamptz,
    status                  varchar(16),
    completion_attempts     integer not null default 0,
    last_resubmission_date  timestamptz
);
create index event_publication_incomplete_idx on event_publication (publication_date) where completion_date is null;

-- Completed publications, archived with the same shape.
create table event_publication_archive (like event_publication including defaults including constraints);
alter table event_publication_archive add primary key (id);
