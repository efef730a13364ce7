// Source keys are unique: re-delivery merges onto the same node.
CREATE CONSTRAINT case_key IF NOT EXISTS FOR (c:Case) REQUIRE c.key IS UNIQUE;
CREATE CONSTRAINT mention_key IF NOT EXISTS FOR (m:Mention) REQUIRE m.key IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (p:Person) REQUIRE p.id IS UNIQUE;
CREATE CONSTRAINT household_id IF NOT EXISTS FOR (h:Household) REQUIRE h.id IS UNIQUE;
CREATE CONSTRAINT dispute_id IF NOT EXISTS FOR (d:Dispute) REQUIRE d.id IS UNIQUE;
CREATE CONSTRAINT area_code IF NOT EXISTS FOR (a:Area) REQUIRE a.code IS UNIQUE;
CREATE CONSTRAINT quarantined_id IF NOT EXISTS FOR (q:Quarantined) REQUIRE q.id IS UNIQUE;
CREATE CONSTRAINT source_state_name IF NOT EXISTS FOR (s:SourceState) REQUIRE s.name IS UNIQUE;
CREATE CONSTRAINT pending_link IF NOT EXISTS FOR (p:PendingLink) REQUIRE (p.fromKey, p.toKey, p.reason) IS UNIQUE;
