// The audit log of personal data read: append-only, listed newest first.
CREATE CONSTRAINT audit_record_id IF NOT EXISTS FOR (a:AuditRecord) REQUIRE a.id IS UNIQUE;
CREATE INDEX audit_record_at IF NOT EXISTS FOR (a:AuditRecord) ON (a.at);
