-- The dispatcher asks every few seconds for the oldest pending mails (OutboxRepository.unclaimed). Among the millions
-- a help desk sends over the years, an index of the pending ones alone answers at once whatever the statistics say:
-- taken while a backlog was pending, they made PostgreSQL walk every sent mail in id order once the backlog was out
-- (8 s with five million sent).
create index outbox_pending_idx on outbox (id) where status = 'PENDING';
