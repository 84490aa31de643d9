-- Parents of the dump's replies that are not in the dump itself but were stored in bronze.messages by
-- an earlier dump: their brand, customer and thread, resolved then, end the walk up the reply chain.
-- Sources: temp view twcs_tweets; bronze.messages. Parameter scan_from: the dump's earliest tweet
-- date minus ingest.twcs.thread_lookback_days (bounds the scan of bronze).
SELECT m.id AS tweet_id, m.brand_id, m.customer_id, coalesce(m.thread_id, m.id) AS thread_id
FROM bronze.messages AS m
JOIN (
  SELECT DISTINCT r.in_response_to_tweet_id AS id
  FROM twcs_tweets AS r
  LEFT ANTI JOIN twcs_tweets AS d ON d.tweet_id = r.in_response_to_tweet_id
  WHERE r.in_response_to_tweet_id IS NOT NULL
) AS missing ON missing.id = m.id
WHERE m.channel = 'twitter' AND m.created_date >= :scan_from
