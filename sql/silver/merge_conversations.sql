-- Applies the rebuilt conversations (temp view conversation_changes, with is_deleted rows for stored
-- conversations of the rebuilt keys that no longer exist) to silver.conversations in one commit.
-- Parameter: scan_from (every row touched has started_date >= it).
MERGE INTO silver.conversations AS t
USING conversation_changes AS s
ON t.conversation_id = s.conversation_id AND t.started_date >= :scan_from
WHEN MATCHED AND s.is_deleted THEN DELETE
WHEN MATCHED THEN UPDATE SET *
WHEN NOT MATCHED AND NOT s.is_deleted THEN INSERT *
