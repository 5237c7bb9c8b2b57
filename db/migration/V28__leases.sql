-- Work that one node at a time does for all of them (polling a mailbox): the node that holds a lease does it, until
-- the lease runs out or it gives the lease back; a node that dies leaves its lease to run out, unless it comes back
-- under the same name first (a new process of a node knows the old one is gone).
create table node_lease (
    name       varchar(255) primary key,
    node       varchar(255) not null,
    process    varchar(64) not null,
    held_until timestamp with time zone not null
);
