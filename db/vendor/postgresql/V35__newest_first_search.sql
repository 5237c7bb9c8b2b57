-- A search keeps the newest matches of its words. For a word in many articles PostgreSQL read the articles newest
-- first and checked each one's words: quick where the newest articles have the word, slow where they lack it. With
-- a million closed tickets, a word in half of their mails and in none of the 100,000 open tickets' took 240 ms: the
-- open tickets' 126,000 articles were read one by one before the newest thousand matches came.
--
-- These indexes hold each row's id with a signature of its words (GiST, ids through btree_gist). A search ordered by
-- the distance of the id from the largest there can be walks them newest first and passes over the rows whose
-- signature lacks the words without reading them: 6 ms for that word. The words are indexed under an expression of
-- their own, (words || ''::tsvector), which are the same words, so that only that search, which names it, uses
-- these indexes: offered them for a rare word, the planner took them instead of the GIN indexes of V24, which list
-- a rare word's rows at once, and read them to their end (400 ms). PostgresTextSearch chooses between the two from
-- the planner's estimate of the word's matches.
create extension if not exists btree_gist schema public;
create index article_newest_words_idx on article using gist (id, (search_words || ''::tsvector));
create index ticket_newest_title_words_idx on ticket using gist (id, (title_words || ''::tsvector));
