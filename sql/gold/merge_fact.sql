-- Applies the rebuilt conversations' facts (temp view fact_changes, with is_deleted rows for stored
-- facts of the rebuilt keys that no longer exist) to gold.fact_conversation in one commit.
-- Parameter: scan_from (every row touched has report_date >= scan_from - 1 day).
MERGE INTO gold.fact_conversation AS t
USING fact_changes AS s
ON t.conversation_id = s.conversation_id AND t.report_date >= DATE'${scan_from}' - INTERVAL 1 DAYS
WHEN MATCHED AND s.is_deleted THEN DELETE
WHEN MATCHED THEN UPDATE SET *
WHEN NOT MATCHED AND NOT s.is_deleted THEN INSERT *
