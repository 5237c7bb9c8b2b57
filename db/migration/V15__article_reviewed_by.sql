-- Who approved a trainee's reply before it went out (possibly edited): the trainee stays its author.
alter table article add column reviewed_by varchar(64);
