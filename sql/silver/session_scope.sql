-- Where each changed key's rebuild starts: at the start of its latest stored conversation that began
-- at or before the earliest change (the conversation the change falls into, or the one before a new
-- one; everything before it is unaffected, since a boundary only depends on earlier events), when the
-- change can still reach that conversation; else at the change itself. A change reaches it when
--   * it may belong to it whatever the gap (changed_keys.links_back: a reply to a message that did not
--     change with it; a case event or a survey as the key's earliest change), or
--   * the conversation is still open, or its customer still waits for a reply and the earliest change
--     is a message to the customer (changed_keys.starts_outbound: it joins the conversation after any
--     gap), or
--   * it comes at most :reach_seconds after the conversation's last message or event: the longest of
--     the inactivity timeouts, the reopen window, the survey attach window and the repeat-contact
--     window, within which a new record joins, reopens or rates it, or makes it a repeat contact.
-- Otherwise the change starts a conversation of its own and the stored one stays as it is: a customer
-- who comes back after weeks does not make the night rebuild (and scan) all the weeks between.
-- Stored conversations are searched :lookback_days back (sessionize.lookback_days).
-- Sources: temp views changed_keys, silver_conversations_snapshot (silver.conversations as the run found
-- it). Parameters: scan_from (the earliest change's date minus the look-back), lookback_days, reach_seconds.
WITH latest AS (
  SELECT k.brand_id, k.channel, k.customer_id, k.changed_from, k.links_back, k.starts_outbound,
         max_by(named_struct('started_at', c.started_at, 'ended_at', c.ended_at,
                             'open', c.status = 'open', 'waiting', coalesce(c.customer_waiting, false)),
                c.started_at) AS conversation
  FROM changed_keys AS k
  LEFT JOIN silver_conversations_snapshot AS c
    ON  c.brand_id = k.brand_id AND c.channel = k.channel AND c.customer_id = k.customer_id
    AND c.started_date >= :scan_from
    AND c.started_at <= k.changed_from
    AND c.started_at >= k.changed_from - make_dt_interval(:lookback_days)
  GROUP BY k.brand_id, k.channel, k.customer_id, k.changed_from, k.links_back, k.starts_outbound
)
SELECT brand_id, channel, customer_id,
       CASE
         WHEN conversation IS NULL THEN changed_from
         WHEN links_back OR conversation.open OR (conversation.waiting AND starts_outbound)
           OR changed_from <= conversation.ended_at + make_dt_interval(0, 0, 0, :reach_seconds)
           THEN conversation.started_at
         ELSE changed_from
       END AS rebuild_from
FROM latest
