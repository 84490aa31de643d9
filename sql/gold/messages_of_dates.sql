-- The silver.messages rows counted on the report dates being rewritten, with the columns of every
-- grain: brand, industry, and agent (for a reply its sender, for an inbound message its conversation's
-- agent, unassigned without one). Shared by the daily aggregates, the hourly volume, the top topics and
-- quick replies. Topics compare a day with the day before, so the day before and after each date are
-- included (each table keeps the dates it rewrites).
-- Sources: silver.messages (parameter messages), ref_brands. Parameters: dates (local dates),
-- date_from / date_to (their bounds, for partition pruning: a local date is within a day of the UTC
-- date), messages.
SELECT m.local_date, m.local_hour, m.brand_id, coalesce(b.industry, 'unknown') AS industry, m.channel,
       coalesce(CASE WHEN m.direction = 'out' THEN m.agent_id END, m.conversation_agent_id, 'unassigned') AS agent_id,
       m.message_id, m.direction, m.sender_type, m.needs_reply, m.next_reply_at, m.sentiment_label, m.topics,
       m.quick_reply
FROM IDENTIFIER(:messages) AS m
LEFT JOIN ref_brands AS b ON b.brand_id = m.brand_id
WHERE m.created_date BETWEEN date_sub(:date_from, 2) AND date_add(:date_to, 2)
  AND (array_contains(:dates, m.local_date) OR array_contains(:dates, date_add(m.local_date, 1))
       OR array_contains(:dates, date_sub(m.local_date, 1)))
