-- A company is one company however its name is spelt: "Example Ltd" and "example  ltd" are the same. Its key is the
-- name in lower case with single spaces; companies registered twice so far are joined into the oldest (their
-- customers move to it; the younger row stays, keyed apart, for the record).
alter table company add column name_key varchar(220);
update company set name_key = lower(trim(name));
update customer set company_id = (
    select min(k.id) from company k where k.name_key = (select x.name_key from company x where x.id = customer.company_id))
where company_id is not null;
update company set name_key = name_key || ' #' || id
where id <> (select min(k.id) from company k where k.name_key = company.name_key);
alter table company alter column name_key set not null;
create unique index company_name_key_idx on company (name_key);
