-- Indexes for the dashboards' aggregates (decision 0016), which count across a whole organization.
-- What became of each registration, per training: the absorption figures read only this index.
create index registration_outcome_idx on registration (organization_id, training_id)
    include (status, attended, next_step);
-- Who holds each kind now: the pathway's steps are counted from this index alone.
create index qualification_current_holder_idx on qualification (organization_id, kind_id, holder_email)
    include (expires_on) where revoked_at is null and replaced_at is null;
