-- A dump's quarantined lines (temp view validated_lines) in the columns of bronze.quarantine.
-- Parameter: run_id.
SELECT dump_date, source_file, line_number, type AS record_type, quarantine_code AS reason_code,
       quarantine_reason AS reason, raw_line, :run_id AS ingest_run_id
FROM validated_lines
WHERE quarantine_reason IS NOT NULL
