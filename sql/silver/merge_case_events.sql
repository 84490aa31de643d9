-- Applies the rebuilt case events (temp view case_event_changes: rebuilt rows, plus is_deleted rows for
-- stored rows of the rebuilt keys that no longer exist) to silver.case_events in one commit.
-- Parameter: scan_from (every row touched has created_date >= it).
MERGE INTO silver.case_events AS t
USING case_event_changes AS s
ON t.channel = s.channel AND t.event_id = s.event_id AND t.created_date >= :scan_from
WHEN MATCHED AND s.is_deleted THEN DELETE
WHEN MATCHED THEN UPDATE SET *
WHEN NOT MATCHED AND NOT s.is_deleted THEN INSERT *
