-- An imported list is kept (without its rows) until uploads are cleared, with what the import did: confirming it a
-- second time (a double click, the back button) tells the organizer it is done rather than that it is not found.
alter table people_import
    add column imported_at timestamptz,
    add column added       integer check (added >= 0),
    add column filled      integer check (filled >= 0),
    add column unchanged   integer check (unchanged >= 0),
    add column skipped     integer check (skipped >= 0),
    add constraint people_import_result_check check ((imported_at is null) = (added is null)
        and (added is null) = (filled is null) and (added is null) = (unchanged is null)
        and (added is null) = (skipped is null));
