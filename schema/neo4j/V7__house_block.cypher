// Person linking also looks mentions up by the house a caller gave as the place (a title-only caller with no
// phone is found only through their house).
CREATE INDEX mention_place_home IF NOT EXISTS FOR (m:Mention) ON (m.placeHomeKey);
