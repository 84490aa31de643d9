-- Runs of a job still marked running or interrupted, each with whether it is the latest run of its
-- date (an interrupted run that is the latest of its date is the one a new run of that date redoes).
-- Source: ops.run_audit (one row per run: small). Parameter: job.
SELECT *
FROM (
  SELECT *, started_at = max(started_at) OVER (PARTITION BY run_date) AS is_latest_of_its_date
  FROM ops.run_audit
  WHERE job = :job
) AS runs
WHERE status IN ('running', 'interrupted')
