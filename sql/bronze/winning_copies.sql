-- Of the valid lines of one dump of one record type, the copy of each record (channel, id) that the
-- winner rule picks (SPEC 1): latest created_at, then latest dump date, then the last line read.
-- Most records come once in a dump: only the keys read more than once (found by a grouping of the
-- keys alone) are ranked, so the lines themselves are not shuffled to find their winners.
-- Source: temp view validated_lines. Every other valid line of the dump is a duplicate. Registered as
-- winning_<table> (winning_messages, ...), read by <table>_batch.sql.
-- Parameter: type (message, case_event or survey).
WITH lines AS (
  SELECT * FROM validated_lines WHERE quarantine_reason IS NULL AND type = :type
),
repeated_keys AS (
  SELECT channel, id FROM lines GROUP BY channel, id HAVING count(*) > 1
),
ranked_repeats AS (
  SELECT l.*, row_number() OVER (PARTITION BY l.channel, l.id
                                 ORDER BY l.created_at DESC, l.dump_date DESC, l.source_file DESC, l.line_number DESC)
           AS copy_rank
  FROM lines AS l
  LEFT SEMI JOIN repeated_keys AS r ON r.channel = l.channel AND r.id = l.id
)
SELECT l.*, 1 AS copy_rank FROM lines AS l LEFT ANTI JOIN repeated_keys AS r ON r.channel = l.channel AND r.id = l.id
UNION ALL
SELECT * FROM ranked_repeats WHERE copy_rank = 1
