// The matcher looks up the firms of a requester's sector to find partners they worked with.
CREATE INDEX organisation_sector IF NOT EXISTS
FOR (o:Organisation) ON (o.sector);
