// The change feed partners sync from: one sequence, numbers stamped on cases and disputes as they change.
CREATE CONSTRAINT change_sequence_name IF NOT EXISTS FOR (s:ChangeSequence) REQUIRE s.name IS UNIQUE;
CREATE INDEX case_change_seq IF NOT EXISTS FOR (c:Case) ON (c.changeSeq);
CREATE INDEX dispute_change_seq IF NOT EXISTS FOR (d:Dispute) ON (d.changeSeq);
CREATE CONSTRAINT removed_dispute_id IF NOT EXISTS FOR (r:RemovedDispute) REQUIRE r.id IS UNIQUE;
CREATE INDEX removed_dispute_change_seq IF NOT EXISTS FOR (r:RemovedDispute) ON (r.changeSeq);
MERGE (s:ChangeSequence {name: 'changes'}) ON CREATE SET s.last = 0;
// What was written before the feed existed enters it once, oldest report first.
MATCH (s:ChangeSequence {name: 'changes'})
MATCH (c:Case) WHERE c.changeSeq IS NULL
WITH s, c ORDER BY c.reportedAt, c.key
WITH s, collect(c) AS cases
FOREACH (i IN range(0, size(cases) - 1) | SET (cases[i]).changeSeq = s.last + i + 1)
SET s.last = s.last + size(cases);
MATCH (s:ChangeSequence {name: 'changes'})
MATCH (d:Dispute) WHERE d.changeSeq IS NULL
WITH s, d ORDER BY d.id
WITH s, collect(d) AS disputes
FOREACH (i IN range(0, size(disputes) - 1) | SET (disputes[i]).changeSeq = s.last + i + 1)
SET s.last = s.last + size(disputes);
