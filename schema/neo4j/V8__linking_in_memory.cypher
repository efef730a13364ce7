// Person linking finds candidates in memory (LinkingIndex) since the houses given as home or place were its only
// readers: their indexes cost every mention write and serve no query. ID numbers, phones and names stay
// indexed for search.
DROP INDEX mention_home IF EXISTS;
DROP INDEX mention_place_home IF EXISTS;
