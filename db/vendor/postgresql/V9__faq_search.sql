-- PostgreSQL searches the knowledge base with its own full-text search, in the entry's language.
create or replace function faq_document(language varchar, question varchar, keywords varchar, answer text)
returns tsvector language sql immutable as $$
    select setweight(to_tsvector(case when language = 'ru' then 'russian'::regconfig else 'english'::regconfig end,
                                 coalesce(question, '')), 'A')
        || setweight(to_tsvector(case when language = 'ru' then 'russian'::regconfig else 'english'::regconfig end,
                                 coalesce(keywords, '')), 'B')
        || setweight(to_tsvector(case when language = 'ru' then 'russian'::regconfig else 'english'::regconfig end,
                                 coalesce(answer, '')), 'C')
$$;

create index faq_version_search_idx on faq_version using gin (faq_document(language, question, keywords, answer));
