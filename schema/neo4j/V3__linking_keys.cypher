// Blocking keys person linking looks mentions up by, and the keys households and disputes are found by.
CREATE INDEX mention_id_typo IF NOT EXISTS FOR (m:Mention) ON (m.idTypo);
CREATE INDEX mention_phone IF NOT EXISTS FOR (m:Mention) ON (m.phoneKey);
CREATE INDEX mention_pinyin IF NOT EXISTS FOR (m:Mention) ON (m.pinyin);
CREATE INDEX mention_home IF NOT EXISTS FOR (m:Mention) ON (m.homeKey);
CREATE INDEX dispute_hot IF NOT EXISTS FOR (d:Dispute) ON (d.hot);
CREATE INDEX dispute_warning IF NOT EXISTS FOR (d:Dispute) ON (d.warningLevel);
DROP INDEX person_key IF EXISTS;
