-- PostgreSQL searches tickets with its own full-text search. The configuration 'russian' stems Russian words with
-- the Russian stemmer and Latin ones with the English stemmer, so one index serves a conversation in either language
-- (and one that mixes them, as many do).
create index ticket_title_search_idx on ticket using gin (to_tsvector('russian', title));
create index article_search_idx on article using gin (to_tsvector('russian', coalesce(subject, '') || ' ' || body));
