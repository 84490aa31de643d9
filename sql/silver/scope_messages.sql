-- silver.messages rows of the keys being rebuilt: each message with its conversation, position,
-- and for an inbound message needing a reply, when the next counted reply came and the wait until
-- it; for an agent reply, its handle time (logged, or estimated as the time since the previous
-- message of the conversation capped at ${handle_cap_seconds} s).
-- A counted reply is an outbound message from an agent, or from a bot when ${count_bots}.
-- An inbound message gets a sentiment (the dump's, else sentiment_score of its text: >= 0.05
-- positive, <= -0.05 negative) and topics (the dump's tags, else topics_of its text), each with its source.
-- Sources: temp views scope_events, scope_conversation_starts, ref_brands.
-- Parameters: handle_cap_seconds, count_bots, default_time_zone, status_as_of.
WITH in_conversation AS (
  SELECT e.*, c.conversation_id,
         coalesce(b.time_zone, '${default_time_zone}') AS time_zone,
         e.direction = 'out' AND (e.sender_type = 'agent' OR (${count_bots} AND e.sender_type = 'bot')) AS is_counted_reply,
         CASE WHEN e.direction = 'in' AND e.sentiment IS NULL THEN sentiment_score(e.text) END AS analyzed_score,
         CASE WHEN e.direction = 'in' AND (e.tags IS NULL OR size(e.tags) = 0) THEN topics_of(e.text) END AS analyzed_topics
  FROM scope_events AS e
  JOIN scope_conversation_starts AS c
    ON e.brand_id = c.brand_id AND e.channel = c.channel AND e.customer_id = c.customer_id
   AND e.conversation_seq = c.conversation_seq
  LEFT JOIN ref_brands AS b ON b.brand_id = e.brand_id
  WHERE e.record_type = 'message'
),
with_neighbours AS (
  SELECT *,
    row_number() OVER in_order AS position_in_conversation,
    lag(created_at) OVER in_order AS previous_message_at,
    min(CASE WHEN is_counted_reply THEN created_at END) OVER (
      PARTITION BY conversation_id ORDER BY created_at, tie_order, id
      ROWS BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING) AS next_reply_at
  FROM in_conversation
  WINDOW in_order AS (PARTITION BY conversation_id ORDER BY created_at, tie_order, id)
)
SELECT
  conversation_id, brand_id, channel, customer_id, id AS message_id, direction, sender_type, agent_id,
  created_at, to_date(created_at) AS created_date,
  to_date(from_utc_timestamp(created_at, time_zone)) AS local_date,
  hour(from_utc_timestamp(created_at, time_zone)) AS local_hour,
  thread_id, reply_to_id, text, visibility, tags, quick_reply, sentiment, needs_reply,
  CASE WHEN direction = 'in' THEN coalesce(sentiment, CASE WHEN analyzed_score >= 0.05 THEN 'positive'
                                                           WHEN analyzed_score <= -0.05 THEN 'negative'
                                                           ELSE 'neutral' END) END AS sentiment_label,
  analyzed_score AS sentiment_score,
  CASE WHEN direction = 'in' THEN CASE WHEN sentiment IS NOT NULL THEN 'dump' ELSE 'analyzer' END END AS sentiment_source,
  CASE WHEN direction = 'in' THEN CASE WHEN size(tags) > 0 THEN tags ELSE analyzed_topics END END AS topics,
  CASE WHEN direction = 'in' THEN CASE WHEN size(tags) > 0 THEN 'dump'
                                       WHEN size(analyzed_topics) > 0 THEN 'taxonomy' END END AS topic_source,
  position_in_conversation, is_counted_reply, reopens_conversation,
  CASE WHEN direction = 'in' AND needs_reply THEN next_reply_at END AS next_reply_at,
  CASE WHEN direction = 'in' AND needs_reply AND next_reply_at IS NOT NULL
       THEN unix_seconds(next_reply_at) - unix_seconds(created_at) END AS reply_wait_seconds,
  CASE WHEN direction = 'in' AND needs_reply AND next_reply_at IS NOT NULL
       THEN business_seconds(brand_id, created_at, next_reply_at) END AS reply_wait_business_seconds,
  CASE WHEN direction = 'out' AND sender_type = 'agent'
       THEN coalesce(handle_seconds,
                     least(CAST(${handle_cap_seconds} AS DOUBLE),
                           CAST(coalesce(unix_seconds(created_at) - unix_seconds(previous_message_at), 0) AS DOUBLE)))
  END AS handle_seconds,
  CASE WHEN direction = 'out' AND sender_type = 'agent'
       THEN CASE WHEN handle_seconds IS NOT NULL THEN 'logged' ELSE 'estimated' END
  END AS handle_source,
  TIMESTAMP'${status_as_of}' AS status_as_of
FROM with_neighbours
