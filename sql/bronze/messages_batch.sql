-- One dump's candidate rows for bronze.messages (columns in table order). Source: temp view
-- winning_messages (one copy per record of the dump). content_hash: a hash of every field read from
-- the record, so that an identical re-export in a later dump counts as a duplicate.
SELECT channel, id, brand_id, direction, customer_id, created_at, thread_id, reply_to_id, agent_id,
       sender_type, text, visibility, tags, quick_reply, sentiment, handle_seconds, needs_reply,
       to_date(created_at) AS created_date,
       sha2(to_json(struct(channel, id, brand_id, direction, customer_id, created_at, thread_id, reply_to_id, agent_id, sender_type, text, visibility, tags, quick_reply, sentiment, handle_seconds, needs_reply)), 256) AS content_hash, dump_date, source_file, line_number,
       :run_id AS ingest_run_id
FROM winning_messages
WHERE type = 'message'
