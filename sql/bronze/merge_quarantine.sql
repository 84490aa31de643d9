-- Makes bronze.quarantine hold exactly the quarantined lines of one dump date (source view), keyed
-- by (dump_date, source_file, line_number): new lines are inserted, changed ones updated, lines no
-- longer quarantined deleted. Re-ingesting the same dump therefore changes nothing.
-- Parameters: source view, dump_date.
MERGE INTO bronze.quarantine AS t
USING ${source} AS s
ON t.dump_date = DATE'${dump_date}' AND t.source_file = s.source_file AND t.line_number = s.line_number
WHEN MATCHED AND NOT (t.reason <=> s.reason AND t.reason_code <=> s.reason_code AND t.raw_line <=> s.raw_line AND t.record_type <=> s.record_type)
  THEN UPDATE SET *
WHEN NOT MATCHED THEN INSERT *
WHEN NOT MATCHED BY SOURCE AND t.dump_date = DATE'${dump_date}' THEN DELETE
