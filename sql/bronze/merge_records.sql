-- Upserts one dump's candidate rows (temp view IDENTIFIER(:source): one winning copy per record of the
-- dump) into a bronze table (SPEC 1 winner rule). A stored copy is replaced by
--   * a copy with a later created_at; or
--   * with the same created_at and different content (content_hash), a copy from a later dump (then
--     the later file and line);
--   * with the same created_at and the same content, a copy from an earlier dump: identical copies keep
--     the lineage (dump_date, source_file, line_number) of the first dump that delivered them, so a
--     re-export in a later dump is a duplicate, and the result does not depend on the order in which
--     dumps are ingested.
-- The created_date range (the batch's dates +/- ingest.dedupe_lookback_days) bounds the part of the
-- table read, so a nightly run never reads all history; it is also what a concurrent run's commit is
-- checked against (two dumps with copies of one record cannot both insert it).
-- Parameters: target, source, scan_from, scan_to.
MERGE INTO IDENTIFIER(:target) AS t
USING IDENTIFIER(:source) AS s
ON t.channel = s.channel AND t.id = s.id
   AND t.created_date BETWEEN :scan_from AND :scan_to
WHEN MATCHED AND (
       s.created_at > t.created_at
    OR (s.created_at = t.created_at AND s.content_hash <> t.content_hash
        AND (s.dump_date > t.dump_date
             OR (s.dump_date = t.dump_date AND (s.source_file > t.source_file
                 OR (s.source_file = t.source_file AND s.line_number > t.line_number)))))
    OR (s.created_at = t.created_at AND s.content_hash = t.content_hash
        AND (s.dump_date < t.dump_date
             OR (s.dump_date = t.dump_date AND (s.source_file < t.source_file
                 OR (s.source_file = t.source_file AND s.line_number < t.line_number))))))
  THEN UPDATE SET *
WHEN NOT MATCHED THEN INSERT *
