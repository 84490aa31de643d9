-- Of the valid lines of one dump, the copy of each record (type, channel, id) that the winner
-- rule picks (SPEC 1): latest created_at, then latest dump date, then the last line read.
-- Source: temp view validated_lines. Every other valid line of the dump is a duplicate.
SELECT *
FROM (
  SELECT *, row_number() OVER (PARTITION BY type, channel, id
                               ORDER BY created_at DESC, dump_date DESC, source_file DESC, line_number DESC) AS copy_rank
  FROM validated_lines
  WHERE quarantine_reason IS NULL
)
WHERE copy_rank = 1
