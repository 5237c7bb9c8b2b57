-- Who typed an article on somebody else's behalf: a customer's words taken by phone are the customer's, but a
-- logged-in user entered them. Null for mail and for what the author wrote themselves.
alter table article add column entered_by varchar(64);
