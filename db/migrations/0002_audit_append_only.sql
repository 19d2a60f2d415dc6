-- The audit trail is append-only: the database itself refuses to change or remove an event.
CREATE OR REPLACE FUNCTION audit_events_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER audit_events_no_update_delete
  BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_refuse_change();
--> statement-breakpoint
CREATE TRIGGER audit_events_no_truncate
  BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION audit_events_refuse_change();
--> statement-breakpoint
-- Links a new event into hash chain p_chain in one round trip, inside the caller's transaction:
-- the chain's lock is held until that transaction ends, so the chain stays linear.
-- hash = sha256(prev_hash | chain | chain_seq | content_hash); the application computes
-- content_hash from the event's fields, and audit:verify recomputes both.
CREATE OR REPLACE FUNCTION audit_append(
  p_chain smallint, p_content_hash text, p_at timestamptz, p_actor_user_id uuid, p_actor_email text,
  p_membership_id uuid, p_organisation_id uuid, p_role text, p_action text, p_record_type text,
  p_record_id text, p_outcome text, p_request_id text, p_detail jsonb
) RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
  v_prev_hash text := repeat('0', 64);
  v_chain_seq bigint := 0;
  v_seq bigint;
BEGIN
  PERFORM pg_advisory_xact_lock(7243117, p_chain);
  SELECT chain_seq, hash INTO v_chain_seq, v_prev_hash
    FROM audit_events WHERE chain = p_chain ORDER BY chain_seq DESC LIMIT 1;
  IF NOT FOUND THEN
    v_prev_hash := repeat('0', 64);
    v_chain_seq := 0;
  END IF;
  INSERT INTO audit_events (
    chain, chain_seq, at, actor_user_id, actor_email, membership_id, organisation_id, role, action,
    record_type, record_id, outcome, request_id, detail, prev_hash, hash
  ) VALUES (
    p_chain, v_chain_seq + 1, p_at, p_actor_user_id, p_actor_email, p_membership_id, p_organisation_id,
    p_role, p_action, p_record_type, p_record_id, p_outcome, p_request_id, p_detail, v_prev_hash,
    encode(sha256(convert_to(v_prev_hash || '|' || p_chain || '|' || (v_chain_seq + 1) || '|' || p_content_hash, 'UTF8')), 'hex')
  ) RETURNING seq INTO v_seq;
  RETURN v_seq;
END;
$$;
