-- silver.case_events rows of the keys being rebuilt: each case event with the conversation it
-- attaches to (the one of its key open at its time) and its brand-local date. Events before the key's
-- first message attach to none and are left out. Sources: temp views scope_events, ref_brands.
-- Parameters: default_time_zone, status_as_of.
SELECT e.conversation_id, e.brand_id, e.channel, e.customer_id, e.id AS event_id, e.event, e.agent_id, e.target,
       e.created_at, to_date(e.created_at) AS created_date,
       to_date(from_utc_timestamp(e.created_at, coalesce(b.time_zone, :default_time_zone))) AS local_date,
       e.reopens_conversation, :status_as_of AS status_as_of
FROM scope_events AS e
LEFT JOIN ref_brands AS b ON b.brand_id = e.brand_id
WHERE e.record_type = 'case_event' AND e.conversation_id IS NOT NULL
