-- The application's plain role: not superuser, not owner, so row-level security applies to it.
create role liminal_app login nosuperuser nobypassrls password 'liminal_app';
