-- Audit links are keyed now: HMAC-SHA-256 under a key derived from the master key, which never
-- enters the database, so the application computes each link and the database no longer can.
-- The append-only triggers of 0002 stay. Links written before stay plain SHA-256; the first audit
-- checkpoint records how many there are in each chain (see docs/data-protection.md).
DROP FUNCTION audit_append(
  smallint, text, timestamptz, uuid, text, uuid, uuid, text, text, text, text, text, text, jsonb
);
--> statement-breakpoint
-- Takes chain p_chain's lock until the caller's transaction ends and answers its head (position 0
-- and the genesis hash for an empty chain), in one round trip. The head is read by a statement of
-- its own after the lock is held, so it sees what the lock's previous holder committed.
CREATE FUNCTION audit_chain_head(p_chain smallint, OUT head_seq bigint, OUT head_hash text)
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(7243117, p_chain);
  SELECT e.chain_seq, e.hash INTO head_seq, head_hash
    FROM audit_events e WHERE e.chain = p_chain ORDER BY e.chain_seq DESC LIMIT 1;
  IF NOT FOUND THEN
    head_seq := 0;
    head_hash := repeat('0', 64);
  END IF;
END;
$$;
