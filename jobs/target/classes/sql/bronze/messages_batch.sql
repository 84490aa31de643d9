-- One dump's candidate rows for bronze.messages (columns in table order). Source: temp view
-- winning_copies (one copy per record of the dump).
SELECT channel, id, brand_id, direction, customer_id, created_at, thread_id, reply_to_id, agent_id,
       sender_type, text, visibility, tags, quick_reply, sentiment, handle_seconds, needs_reply,
       to_date(created_at) AS created_date, dump_date, source_file, line_number,
       '${run_id}' AS ingest_run_id
FROM winning_copies
WHERE type = 'message'
