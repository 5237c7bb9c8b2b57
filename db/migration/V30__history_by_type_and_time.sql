-- the managers' dashboard counts the tickets closed on each of its days: through this index it reads the lines of
-- those days instead of every history line of every ticket
create index ticket_history_type_created_idx on ticket_history (type, created_at);
