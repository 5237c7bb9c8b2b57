-- Several nodes empty one outbox: a dispatcher claims a message before it sends it, for a while (the lease), so that
-- no other node sends it meanwhile; a claim that ran out (its node died) lets another node send the message.
-- claimed_by stays on a sent message: it names the node that sent it.
alter table outbox add column claimed_by varchar(255);
alter table outbox add column claimed_until timestamp with time zone;
