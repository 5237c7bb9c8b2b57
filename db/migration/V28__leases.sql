-- Work that one node at a time does for all of them (polling a mailbox): the node that holds a lease does it, until
-- the lease runs out; a node that dies leaves its lease to run out, and another node takes the work on.
create table node_lease (
    name    varchar(255) primary key,
    node    varchar(255) not null,
    held_until timestamp with time zone not null
);
