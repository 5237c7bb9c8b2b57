-- The outbox also carries notifications to agents, which belong to a ticket but to no article.
alter table outbox alter column article_id drop not null;
alter table outbox add column purpose varchar(20) default 'CUSTOMER' not null;
