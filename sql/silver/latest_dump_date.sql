-- The latest dump date among the bronze copies this run takes in (temp views changes_*): a run may
-- take in a later dump that a concurrent run ingested first, and then rebuilds as of that dump's end.
SELECT max(dump_date) AS latest_dump_date
FROM (
  SELECT dump_date FROM changes_messages WHERE _change_type IN ('insert', 'update_postimage')
  UNION ALL SELECT dump_date FROM changes_case_events WHERE _change_type IN ('insert', 'update_postimage')
  UNION ALL SELECT dump_date FROM changes_surveys WHERE _change_type IN ('insert', 'update_postimage')
) AS copies
