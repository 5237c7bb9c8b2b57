-- Who asked whom is the help desk's to know, not the process's: the consultants a ticket is with (the agent who
-- asked first, then each consultant it was passed to) and the agent who asked for an authorization.
alter table ticket add column consultation_chain varchar(2000);
alter table ticket add column authorization_asked_by varchar(64);
