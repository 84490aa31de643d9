-- silver.messages rows of the keys being rebuilt: each message with its conversation, position,
-- and for an inbound message needing a reply, when the next counted reply came and the wait until
-- it; for an agent reply, its handle time (logged, or estimated as the time since the previous
-- message of the conversation capped at :handle_cap_seconds s).
-- A counted reply is an outbound message from an agent, or from a bot when :count_bots (metrics.count_bot_replies).
-- An inbound message gets a sentiment (the dump's, else sentiment_of its text: the analyzer's compound
-- score and label) and topics (the dump's tags, else topics_of its text), each with its source. The
-- analyzer runs once per inbound message that needs it. conversation_agent_id: the conversation's agent
-- (most agent replies; ties: the earlier first reply, then the lower id), on every message.
-- Sources: temp views scope_events, ref_brands.
-- Parameters: handle_cap_seconds, count_bots, default_time_zone, status_as_of.
WITH in_conversation AS (
  SELECT e.*,
         coalesce(b.time_zone, :default_time_zone) AS time_zone,
         e.direction = 'out' AND (e.sender_type = 'agent' OR (:count_bots AND e.sender_type = 'bot')) AS is_counted_reply,
         CASE WHEN e.direction = 'in' AND e.sentiment IS NULL THEN sentiment_of(e.text) END AS analyzed_sentiment,
         CASE WHEN e.direction = 'in' AND (e.tags IS NULL OR size(e.tags) = 0) THEN topics_of(e.text) END AS analyzed_topics
  FROM scope_events AS e
  LEFT JOIN ref_brands AS b ON b.brand_id = e.brand_id
  WHERE e.record_type = 'message'
),
with_neighbours AS (
  SELECT *,
    row_number() OVER in_order AS position_in_conversation,
    lag(created_at) OVER in_order AS previous_message_at,
    min(CASE WHEN is_counted_reply THEN created_at END) OVER (
      PARTITION BY brand_id, channel, customer_id, conversation_id ORDER BY created_at, tie_order, id
      ROWS BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING) AS next_reply_at
  FROM in_conversation
  -- Partitioned by the key too, so that the rows stay where the key's windows put them (no shuffle).
  WINDOW in_order AS (PARTITION BY brand_id, channel, customer_id, conversation_id ORDER BY created_at, tie_order, id)
),
with_agent_rank AS (
  -- How each agent reply's agent ranks in its conversation: most agent replies, then the earliest
  -- first reply, then the lowest id (the conversation's agent is the first in this order).
  SELECT *,
    CASE WHEN direction = 'out' AND sender_type = 'agent' AND agent_id IS NOT NULL THEN named_struct(
      'replies', -count_if(direction = 'out' AND sender_type = 'agent') OVER by_agent,
      'first_at', min(CASE WHEN direction = 'out' AND sender_type = 'agent' THEN created_at END) OVER by_agent,
      'agent_id', agent_id) END AS agent_rank
  FROM with_neighbours
  WINDOW by_agent AS (PARTITION BY brand_id, channel, customer_id, conversation_id, agent_id)
)
SELECT
  conversation_id, brand_id, channel, customer_id, id AS message_id, direction, sender_type, agent_id,
  created_at, to_date(created_at) AS created_date,
  to_date(from_utc_timestamp(created_at, time_zone)) AS local_date,
  hour(from_utc_timestamp(created_at, time_zone)) AS local_hour,
  thread_id, reply_to_id, text, visibility, tags, quick_reply, sentiment, needs_reply,
  CASE WHEN direction = 'in' THEN coalesce(sentiment, analyzed_sentiment.label) END AS sentiment_label,
  analyzed_sentiment.score AS sentiment_score,
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
                     least(CAST(:handle_cap_seconds AS DOUBLE),
                           CAST(coalesce(unix_seconds(created_at) - unix_seconds(previous_message_at), 0) AS DOUBLE)))
  END AS handle_seconds,
  CASE WHEN direction = 'out' AND sender_type = 'agent'
       THEN CASE WHEN handle_seconds IS NOT NULL THEN 'logged' ELSE 'estimated' END
  END AS handle_source,
  min_by(agent_id, agent_rank) OVER (PARTITION BY brand_id, channel, customer_id, conversation_id) AS conversation_agent_id,
  :status_as_of AS status_as_of
FROM with_agent_rank
