-- Applies the rebuilt conversations' waits (temp view gold_reply_changes: rebuilt rows, plus is_deleted
-- rows for stored waits of the rebuilt or removed conversations that no longer exist) to gold.fact_reply
-- in one commit. Parameter: report_from (every row touched has report_date >= it).
MERGE INTO gold.fact_reply AS t
USING gold_reply_changes AS s
ON t.conversation_id = s.conversation_id AND t.reply_number = s.reply_number AND t.report_date >= :report_from
WHEN MATCHED AND s.is_deleted THEN DELETE
WHEN MATCHED THEN UPDATE SET *
WHEN NOT MATCHED AND NOT s.is_deleted THEN INSERT *
