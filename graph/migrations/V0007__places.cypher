// A party abroad has no province: coordinators find parties by country and by NUTS region.
// Nodes projected before a territory named its country get it when the log is replayed.
CREATE INDEX profile_country IF NOT EXISTS
FOR (p:Profile) ON (p.country);

CREATE INDEX profile_region IF NOT EXISTS
FOR (p:Profile) ON (p.region);
