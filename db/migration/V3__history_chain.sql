-- Tamper evidence: each history entry's hash covers its content and the hash before it; the ticket keeps the
-- newest hash, so that appending to one ticket's chain is serialized by the ticket's version.
alter table ticket_history add column previous_hash varchar(64);
alter table ticket_history add column hash varchar(64);
alter table ticket add column history_head varchar(64);
