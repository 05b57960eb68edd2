-- One registration-shaped row (pgbench -f): the reference for PostgreSQL's own single-row insert rate.
\set training random(1, 20)
insert into registration (id, organization_id, training_id, name, email, status, created_at)
values (gen_random_uuid(), '00000000-0000-0000-0000-000000000001',
        ('00000000-0000-0000-0000-0000000000' || lpad(:training::text, 2, '0'))::uuid,
        'Person', gen_random_uuid() || '@surge.test', 'CONFIRMED', now());
