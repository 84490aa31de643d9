-- One dump's candidate rows for bronze.case_events. Source: temp view winning_case_events. content_hash:
-- a hash of every field read from the record, so that an identical re-export counts as a duplicate.
SELECT channel, id, brand_id, customer_id, event, created_at, thread_id, agent_id, target,
       to_date(created_at) AS created_date,
       sha2(to_json(struct(channel, id, brand_id, customer_id, event, created_at, thread_id, agent_id,
                           target)), 256) AS content_hash,
       dump_date, source_file, line_number,
       :run_id AS ingest_run_id
FROM winning_case_events
WHERE type = 'case_event'
