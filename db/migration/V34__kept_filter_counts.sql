-- Tasklist's large filter counts, each person's last (KeptFilterCounts): after a start, and on another node, a
-- person's first ask gets it at once while the engine counts the filter again. Not part of the record: a count is
-- replaced by the next one.
create table kept_filter_count (
    count_key varchar(36) primary key,
    tasks bigint not null,
    counted_at timestamp with time zone not null
);
