-- gold.fact_reply rows of the conversations rebuilt by this run: their waits (silver's scope_replies.sql:
-- one per run of inbound messages needing a reply, with its SLA outcome and reply window) with the
-- brand's industry. Grain: conversation_id, reply_number.
-- Sources: temp view gold_rebuilt_replies (the waits of the rebuilt conversations), ref_brands.
SELECT
  r.conversation_id, r.reply_number, r.brand_id, coalesce(b.industry, 'unknown') AS industry, r.channel,
  r.customer_id, r.agent_id, r.replied_by, r.conversation_agent_id, r.report_date, r.waited_from,
  r.messages_waiting, r.customer_last_message_at, r.replied_at, r.reply_message_id,
  r.wait_seconds, r.wait_business_seconds,
  r.sla_metric, r.sla_target_seconds, r.sla_clock, r.due_at, r.sla_met,
  r.reply_window_seconds, r.window_closes_at, r.inside_reply_window, r.status_as_of
FROM gold_rebuilt_replies AS r
LEFT JOIN ref_brands AS b ON b.brand_id = r.brand_id
