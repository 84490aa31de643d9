-- One copy of each tweet among the dump's readable TWCS rows: where a tweet appears more than once,
-- the copy the SPEC 1 winner rule picks (latest created_at, then the last file and line read).
-- is_company: SPEC 1, a brand is an author_id that is not numeric (customers are anonymised numbers).
-- Source: temp view twcs_rows (TwcsDumpReader).
SELECT tweet_id, author_id, inbound, created_at, text, in_response_to_tweet_id,
       NOT (author_id RLIKE '^[0-9]+$') AS is_company
FROM (
  SELECT *, row_number() OVER (PARTITION BY tweet_id
                               ORDER BY created_at DESC, source_file DESC, line_number DESC) AS copy_rank
  FROM twcs_rows
  WHERE read_error IS NULL
) AS copies
WHERE copy_rank = 1
