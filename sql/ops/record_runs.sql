-- Writes run rows (temp view run_audit_rows, in the table's columns): a run's start, the runs its
-- start found interrupted, or a run's end, keyed by run_id.
MERGE INTO ops.run_audit AS t
USING run_audit_rows AS s
ON t.run_id = s.run_id
WHEN MATCHED THEN UPDATE SET *
WHEN NOT MATCHED THEN INSERT *
