-- Ticket lists show the newest tickets first, within a state, a queue or all of them, and say how many there are.
-- With a million tickets a list sorted every ticket of its state (a third of a second) to show twenty; with the
-- order in the index it reads the twenty. Counting the tickets of a state in the queues a person may see read every
-- ticket; (state, queue_id, id) counts them from the index alone. The index on state alone is covered by these (the
-- one on queue alone stays: H2 keeps its foreign key to the queue with it).
create index ticket_state_created_idx on ticket (state, created_at, id);
create index ticket_queue_created_idx on ticket (queue_id, created_at, id);
create index ticket_created_idx on ticket (created_at, id);
create index ticket_state_queue_idx on ticket (state, queue_id, id);
drop index ticket_state_idx;
