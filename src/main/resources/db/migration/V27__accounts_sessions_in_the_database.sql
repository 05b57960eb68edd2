-- Spring Session JDBC's tables (its schema-postgresql.sql, in lower case): every instance finds a signed-in person's
-- session here, so a load balancer may send each request to any instance. Made here, by the schema's owner, because
-- the application's plain role may not change the schema (spring.session.jdbc.initialize-schema=never);
-- afterMigrate.sql grants the plain role its rows.
-- Sessions are not tenant data: a session belongs to a person, who may be a member of several organizations, and is
-- read before any organization is known (a session id from a cookie, nothing else). So these tables have no
-- organization_id and no row-level security (TenancyTests checks every table with an organization_id).
create table spring_session (
    primary_id            char(36) not null,
    session_id            char(36) not null,
    creation_time         bigint not null,
    last_access_time      bigint not null,
    max_inactive_interval int not null,
    expiry_time           bigint not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);

create unique index spring_session_ix1 on spring_session (session_id);
-- The cleanup deletes expired sessions by this.
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36) not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id) references spring_session (primary_id)
        on delete cascade
);
