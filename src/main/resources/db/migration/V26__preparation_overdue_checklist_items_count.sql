-- Monitoring counts overdue checklist items across every organization (the gauge liminal.checklist.items.overdue),
-- but row-level security hides checklists until the tenant is known. As with mail_organizations_with_due_letters
-- (V9), a function run as the migration role (its owner) tells the application role one number and nothing else.
-- The owner reads through policies of its own (row-level security is forced on owners too); the application role
-- never gets them. Overdue as the checklist pages count it: open, of an active checklist, due before today on the
-- chapter's clock.
do $$
begin
    execute format('create policy checklist_counted_for_monitoring on checklist for select to %I using (true)',
        current_user);
    execute format('create policy checklist_item_counted_for_monitoring on checklist_item for select to %I using (true)',
        current_user);
end $$;

create function preparation_overdue_checklist_items(moment timestamptz) returns bigint
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
    as $$
        select count(*) from public.checklist_item i
        join public.checklist c on c.organization_id = i.organization_id and c.training_id = i.training_id
        where i.status = 'OPEN' and c.state = 'ACTIVE' and i.due_date < (moment at time zone c.zone)::date
    $$;
revoke all on function preparation_overdue_checklist_items(timestamptz) from public;
grant execute on function preparation_overdue_checklist_items(timestamptz) to ${app_role};
