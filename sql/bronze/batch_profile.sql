-- One pass over a dump's validated lines (temp view validated_lines): the lines of each record type
-- (type NULL: the quarantined lines) and the range of their UTC dates (which bounds the partitions the
-- bronze write reads). A few rows.
SELECT CASE WHEN quarantine_reason IS NULL THEN type END AS record_type,
       count(*)                                          AS lines,
       min(to_date(created_at))                          AS min_date,
       max(to_date(created_at))                          AS max_date
FROM validated_lines
GROUP BY CASE WHEN quarantine_reason IS NULL THEN type END
