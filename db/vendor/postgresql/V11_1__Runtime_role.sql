-- The application runs as a role of its own, ${runtime_role} (spring.datasource.username), created beforehand by the
-- database's administrator. It may read and append the record, never rewrite or delete it: articles, history lines
-- and files are insert-only, tickets and received mail are never deleted. The owner, who runs these migrations,
-- keeps the schema; the append-only triggers (V4) still stand against the owner. Camunda's tables get their grants
-- from EngineTables after every migration, as they may be created after this one.
do $$
begin
    if not exists (select from pg_roles where rolname = '${runtime_role}') then
        raise exception 'the runtime role ${runtime_role} does not exist: create it first (README, Running on PostgreSQL)';
    end if;
    if '${runtime_role}' = current_user then
        raise exception 'the runtime role must not be the owner %: the application would be able to change the record',
            current_user;
    end if;
end;
$$;

grant usage on schema ticketflow to ${runtime_role};
grant select, insert, update, delete on all tables in schema ticketflow to ${runtime_role};
grant usage, select on all sequences in schema ticketflow to ${runtime_role};
-- tables and sequences of later migrations: the same, unless a migration takes something away, as below
alter default privileges in schema ticketflow grant select, insert, update, delete on tables to ${runtime_role};
alter default privileges in schema ticketflow grant usage, select on sequences to ${runtime_role};

revoke update, delete, truncate on article, ticket_history, attachment from ${runtime_role};
revoke delete, truncate on ticket, inbound_mail from ${runtime_role};
revoke all on flyway_schema_history from ${runtime_role};
