-- One dump's candidate rows for bronze.surveys. Source: temp view winning_surveys. content_hash: a
-- hash of every field read from the record, so that an identical re-export counts as a duplicate.
SELECT channel, id, brand_id, customer_id, kind, score, scale_min, scale_max, created_at, thread_id,
       comment, to_date(created_at) AS created_date,
       sha2(to_json(struct(channel, id, brand_id, customer_id, kind, score, scale_min, scale_max, created_at,
                           thread_id, comment)), 256) AS content_hash,
       dump_date, source_file, line_number,
       :run_id AS ingest_run_id
FROM winning_surveys
WHERE type = 'survey'
