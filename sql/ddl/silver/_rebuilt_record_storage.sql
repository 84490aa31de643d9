-- The last column and the storage of the silver tables of records (messages, case_events), included by
-- their DDL files: both are partitioned by created_date and rebuilt key by key by each nightly run.
  status_as_of             TIMESTAMP COMMENT 'As-of time of the run that last rebuilt this row.'
) USING DELTA
PARTITIONED BY (created_date)
LOCATION ${location}
-- Deletion vectors: each run replaces the rebuilt slice of a few keys spread over many files.
-- Statistics only on created_at, the column rebuild scans filter on.
TBLPROPERTIES (
  delta.enableDeletionVectors = true,
  delta.dataSkippingStatsColumns = 'created_at'
)
