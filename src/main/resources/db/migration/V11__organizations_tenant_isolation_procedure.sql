-- Every tenant table gets the same row-level security: forced (owners too) and one policy comparing its
-- organization_id with the transaction's organization. Migrations from here on call this instead of repeating
-- the loop (V3–V9 have landed with their own copies, which stay as they are).
create procedure app_isolate_tenant_tables(variadic tables text[])
    language plpgsql
    as $$
declare
    t text;
begin
    foreach t in array tables loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy %I on %I using (organization_id = app_current_organization()) '
            || 'with check (organization_id = app_current_organization())', t || '_tenant', t);
    end loop;
end $$;
