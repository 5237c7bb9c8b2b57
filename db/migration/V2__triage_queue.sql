-- The queue where tickets without a queue wait for a dispatcher (ticketflow.tickets.triage-queue).
insert into queue (name, group_id, follow_up_policy, email, created_at)
values ('Raw', 'dispatchers', 'REOPEN', null, current_timestamp);
