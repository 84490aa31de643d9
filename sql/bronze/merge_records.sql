-- Upserts one dump's winning copies into a bronze table (SPEC 1 winner rule): a stored record is
-- replaced only by a copy with a later created_at, or an equal created_at from a later dump. A later
-- dump's copy identical in every field (a re-export) changes nothing and counts as a duplicate.
-- The created_date range bounds the scan of the target to the dates the batch can touch
-- (batch dates +/- ingest.dedupe_lookback_days), so a nightly run never reads all history.
-- Parameters: target table, source view, scan_from / scan_to dates.
MERGE INTO ${target} AS t
USING ${source} AS s
ON t.channel = s.channel AND t.id = s.id
   AND t.created_date BETWEEN DATE'${scan_from}' AND DATE'${scan_to}'
WHEN MATCHED AND (s.created_at > t.created_at
                  OR (s.created_at = t.created_at AND s.dump_date > t.dump_date AND s.content_hash <> t.content_hash))
  THEN UPDATE SET *
WHEN NOT MATCHED THEN INSERT *
