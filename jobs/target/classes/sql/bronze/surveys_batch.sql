-- One dump's candidate rows for bronze.surveys. Source: temp view winning_copies.
SELECT channel, id, brand_id, customer_id, kind, score, scale_min, scale_max, created_at, thread_id,
       comment, to_date(created_at) AS created_date, dump_date, source_file, line_number,
       '${run_id}' AS ingest_run_id
FROM winning_copies
WHERE type = 'survey'
