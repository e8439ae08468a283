// Feedback and suggestions that arrive before their need wait, one node per event read,
// keyed by where it was read (topic/partition/offset), so a redelivery parks nothing twice.
CREATE CONSTRAINT pending_feedback_origin IF NOT EXISTS
FOR (p:PendingFeedback) REQUIRE p.origin IS UNIQUE;

CREATE INDEX pending_feedback_need IF NOT EXISTS
FOR (p:PendingFeedback) ON (p.need_id);
