-- On PostgreSQL the database itself refuses to change or delete the record: articles and history lines are
-- append-only, tickets are never deleted. (On H2 the application is the only guard.)
create or replace function refuse_rewriting_the_record() returns trigger
language plpgsql as $$
begin
    raise exception 'Ticketflow keeps its record: % on %.% is refused', tg_op, tg_table_schema, tg_table_name
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger article_append_only
    before update or delete on article
    for each row execute function refuse_rewriting_the_record();
create trigger article_no_truncate
    before truncate on article
    for each statement execute function refuse_rewriting_the_record();

create trigger ticket_history_append_only
    before update or delete on ticket_history
    for each row execute function refuse_rewriting_the_record();
create trigger ticket_history_no_truncate
    before truncate on ticket_history
    for each statement execute function refuse_rewriting_the_record();

create trigger ticket_never_deleted
    before delete on ticket
    for each row execute function refuse_rewriting_the_record();
create trigger ticket_no_truncate
    before truncate on ticket
    for each statement execute function refuse_rewriting_the_record();
