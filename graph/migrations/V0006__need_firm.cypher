// A firm that arrives after its needs links them at once: its needs are found by firm id.
CREATE INDEX need_firm IF NOT EXISTS
FOR (n:Need) ON (n.firm_id);
