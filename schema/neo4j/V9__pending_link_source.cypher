// A new version of a case drops the pending references it no longer names, and the linking index reads each
// case's pending references on load: both find them by the case that names them. Without this index each case
// scanned every pending link (references to cases that never arrive accumulate).
CREATE INDEX pending_link_source IF NOT EXISTS FOR (p:PendingLink) ON (p.fromKey);
