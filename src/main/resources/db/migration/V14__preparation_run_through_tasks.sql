-- A planned run-through (coaching) is a task of its training's checklist, due on the run-through's date: it
-- moves when the plan changes, is ticked when the run-through is logged as held and cancelled with it. The task
-- keeps its run-through's date when the training moves. Should the run-through go, the task stays as it was.
alter table checklist_item add column run_through_id uuid;
alter table checklist_item add foreign key (organization_id, run_through_id)
    references run_through (organization_id, id) on delete set null (run_through_id);
-- One task per run-through: the event that adds it inserts with "on conflict" on this index, so a second
-- delivery changes nothing.
create unique index checklist_item_run_through_idx on checklist_item (organization_id, run_through_id)
    where run_through_id is not null;
