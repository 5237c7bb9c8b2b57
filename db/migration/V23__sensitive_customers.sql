-- The seed's explosive customer: a customer, or a whole company, marked sensitive. Their tickets are at least of
-- priority 4, take the queue's service level for sensitive customers, and a reply to them from anyone but a senior
-- agent waits for a senior's review.
alter table customer add column sensitive boolean not null default false;
alter table company add column sensitive boolean not null default false;
