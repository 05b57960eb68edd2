-- A registration staff moved someone into: the one they were moved from (cancelled on the other training), so their
-- confirmation says where they were moved from rather than reading as a sign-up they never made.
alter table registration add column moved_from uuid;
alter table registration add constraint registration_moved_from_fk
    foreign key (organization_id, moved_from) references registration (organization_id, id) on delete set null (moved_from);
