-- The leadership pathway: the kinds of qualification an organization recognizes (its "pins") and who holds
-- them, with the history of how each was earned, renewed or revoked.

-- Kinds point at a program of the same organization (attending a completed training of it grants the kind).
alter table program add constraint program_organization_id_key unique (organization_id, id);

-- A kind of qualification. MODULE kinds are held per module (by the module's key, the same in every curriculum
-- version); only they have a suggestion rule (this many READY verdicts on the module). Only GENERAL kinds are
-- granted by attending a program's training. Retired kinds are granted no more; their grants stay.
-- The usual kinds ("add the usual kinds") carry their preset, so that adding them twice adds nothing.
create table qualification_kind (
    id               uuid primary key,
    organization_id  uuid not null references organization (id) on delete cascade,
    preset           text check (preset in ('CORE_TRAINING', 'DAY_OF_VOLUNTEER', 'MODULE_TRAINER', 'LEAD_TRAINER', 'COACH')),
    name             text not null check (length(name) between 1 and 80),
    description      text not null default '' check (length(description) <= 400),
    colour           text not null check (colour in ('BLUE', 'GREEN', 'TEAL', 'PURPLE', 'ROSE', 'ORANGE', 'GOLD', 'SLATE')),
    scope            text not null check (scope in ('GENERAL', 'MODULE')),
    program_id       uuid,
    validity_months  integer check (validity_months between 1 and 120),
    ready_verdicts   integer check (ready_verdicts between 1 and 20),
    retired          boolean not null default false,
    position         integer not null,
    created_at       timestamptz not null,
    version          bigint not null default 0,
    check (program_id is null or scope = 'GENERAL'),
    check (ready_verdicts is null or scope = 'MODULE'),
    unique (organization_id, id),
    foreign key (organization_id, program_id) references program (organization_id, id) on delete set null (program_id)
);
create unique index qualification_kind_name_idx on qualification_kind (organization_id, lower(name));
create unique index qualification_kind_preset_idx on qualification_kind (organization_id, preset);
create index qualification_kind_program_idx on qualification_kind (organization_id, program_id) where program_id is not null;

-- One grant of a kind to one person. People are one per email (participants have no account), so the holder is
-- their lower-cased email and name, with their account while they are a member. granted_by is null for
-- automatic grants (source ATTENDANCE) and for grants by someone who has since left. A renewal is a new grant
-- that replaces an expired one (replaced_at on the old, renews on the new), so the history stays.
create table qualification (
    id                       uuid primary key,
    organization_id          uuid not null references organization (id) on delete cascade,
    kind_id                  uuid not null,
    holder_email             text not null check (holder_email = lower(holder_email) and length(holder_email) between 3 and 320),
    holder_name              text not null check (length(holder_name) between 1 and 200),
    account_id               uuid,
    module_key               uuid,
    granted_on               date not null,
    expires_on               date,
    granted_by               uuid,
    granted_at               timestamptz not null,
    source                   text not null check (source in ('GRANTED', 'SUGGESTION', 'ATTENDANCE', 'RENEWAL')),
    evidence                 text not null default '' check (length(evidence) <= 1000),
    evidence_training_id     uuid,
    evidence_run_through_id  uuid,
    renews                   uuid,
    replaced_at              timestamptz,
    revoked_at               timestamptz,
    revoked_by               uuid,
    revoke_reason            text check (length(revoke_reason) between 1 and 1000),
    version                  bigint not null default 0,
    check (expires_on is null or expires_on > granted_on),
    check ((revoked_at is null) = (revoke_reason is null)),
    check (revoked_by is null or revoked_at is not null),
    check (source <> 'ATTENDANCE' or granted_by is null),
    unique (organization_id, id),
    foreign key (organization_id, kind_id) references qualification_kind (organization_id, id) on delete cascade,
    foreign key (organization_id, account_id) references membership (organization_id, account_id) on delete set null (account_id),
    foreign key (organization_id, granted_by) references membership (organization_id, account_id) on delete set null (granted_by),
    foreign key (organization_id, revoked_by) references membership (organization_id, account_id) on delete set null (revoked_by),
    foreign key (organization_id, evidence_training_id) references training (organization_id, id) on delete set null (evidence_training_id),
    foreign key (organization_id, evidence_run_through_id) references run_through (organization_id, id) on delete set null (evidence_run_through_id),
    foreign key (organization_id, renews) references qualification (organization_id, id) on delete set null (renews)
);
-- At most one current grant (neither revoked nor replaced) per holder, kind and module; GENERAL kinds have no
-- module, and those nulls must collide too.
create unique index qualification_current_idx on qualification (organization_id, kind_id, holder_email, module_key)
    nulls not distinct where revoked_at is null and replaced_at is null;
create index qualification_holder_idx on qualification (organization_id, holder_email, granted_on);
create index qualification_account_idx on qualification (organization_id, account_id) where account_id is not null;

call app_isolate_tenant_tables('qualification_kind', 'qualification');
