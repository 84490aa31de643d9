-- Start of the walk up every tweet's reply chain (in_response_to_tweet_id links). TwcsMapper repeats
-- chain_step.sql until every walk has ended. The state of a tweet describes the part of its chain
-- walked so far, from the tweet itself up to (not including) next_id:
--   company  - the first company account met (the tweet's own author when it is a company),
--   customer - the first customer met (the tweet's own author when it is inbound),
--   top_id   - the topmost tweet walked.
-- A parent stored by an earlier dump is a walk that has already ended: its brand, customer, thread.
-- Sources: temp views twcs_tweets, twcs_stored_parents.
SELECT tweet_id, in_response_to_tweet_id AS next_id,
       CASE WHEN is_company THEN author_id END AS company,
       CASE WHEN inbound THEN author_id END    AS customer,
       tweet_id                                AS top_id
FROM twcs_tweets
UNION ALL
SELECT tweet_id, CAST(NULL AS STRING), brand_id, customer_id, thread_id
FROM twcs_stored_parents
