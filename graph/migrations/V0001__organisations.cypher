// Every organisation is found by its stable id; the kind is also a label for Browser styling.
CREATE CONSTRAINT organisation_id IF NOT EXISTS
FOR (o:Organisation) REQUIRE o.id IS UNIQUE;

CREATE INDEX organisation_kind IF NOT EXISTS
FOR (o:Organisation) ON (o.kind);
