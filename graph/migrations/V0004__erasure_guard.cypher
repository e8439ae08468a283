// An erased entity leaves a guard keyed by a hash of its id, looked up on every upsert so that
// a late or redelivered event from before the erasure does not bring the person back.
CREATE CONSTRAINT erased_key IF NOT EXISTS
FOR (g:Erased) REQUIRE g.key IS UNIQUE;
