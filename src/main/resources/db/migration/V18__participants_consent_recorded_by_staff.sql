-- Participants, staff side: people added by staff (on the registrations list, or at the door as walk-ins) gave
-- their consent to a staff member, not on the form; the registration keeps who recorded it. Null when the person
-- consented themselves on the public sign-up form.
alter table registration add column consent_recorded_by uuid;

-- The check-in screen and the sign-in sheet list a training's people by name.
create index registration_name_idx on registration (training_id, lower(name));
