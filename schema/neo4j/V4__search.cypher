// Case content in Chinese: the cjk analyzer indexes overlapping character pairs, so a search needs no
// dictionary to find words in unsegmented text. Updated within each write transaction, so a case is findable
// as soon as it is stored.
CREATE FULLTEXT INDEX case_content IF NOT EXISTS FOR (c:Case) ON EACH [c.content]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: false } };
