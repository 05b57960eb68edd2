-- After every migration: the application's plain role may read and write rows, never change the schema.
grant usage on schema public to ${app_role};
grant select, insert, update, delete on all tables in schema public to ${app_role};
grant usage, select on all sequences in schema public to ${app_role};
revoke all on flyway_schema_history from ${app_role};
