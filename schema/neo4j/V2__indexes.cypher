// Lookups by what filters and linking ask for.
CREATE INDEX case_source_reported IF NOT EXISTS FOR (c:Case) ON (c.source, c.reportedAt);
CREATE INDEX case_reported IF NOT EXISTS FOR (c:Case) ON (c.reportedAt);
CREATE INDEX case_category IF NOT EXISTS FOR (c:Case) ON (c.category);
CREATE INDEX case_state IF NOT EXISTS FOR (c:Case) ON (c.state);
CREATE INDEX pending_link_target IF NOT EXISTS FOR (p:PendingLink) ON (p.toKey);
CREATE INDEX quarantined_source IF NOT EXISTS FOR (q:Quarantined) ON (q.source);
CREATE INDEX mention_id_number IF NOT EXISTS FOR (m:Mention) ON (m.idKey);
CREATE INDEX person_key IF NOT EXISTS FOR (p:Person) ON (p.key);
CREATE INDEX household_key IF NOT EXISTS FOR (h:Household) ON (h.key);
