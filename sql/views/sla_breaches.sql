-- bi.sla_breaches: every conversation that missed an SLA target, one row per target missed, for a
-- team lead's worklist. Grain: conversation_id, sla. Source: gold.fact_conversation.
-- A first-reply breach is a first reply later than the target, or none yet past it at status_as_of;
-- a resolution breach is a final resolution later than the target, or none yet past it (SPEC 4).
-- elapsed_seconds is in the target's clock (business seconds for a business-hours target); for an
-- open breach (no reply / no resolution yet) it is NULL and late_seconds runs to status_as_of.
CREATE OR REPLACE VIEW bi.sla_breaches (
  sla               COMMENT 'Which target was missed: first_reply or resolution.',
  conversation_id   COMMENT 'Conversation (gold.fact_conversation).',
  brand_id          COMMENT 'Brand.',
  industry          COMMENT 'Industry of the brand.',
  channel           COMMENT 'Channel.',
  customer_id       COMMENT 'Customer (pseudonymised when privacy.pseudonymize_customers).',
  agent_id          COMMENT 'Agent of the conversation (most replies); NULL when none replied.',
  report_date       COMMENT 'Brand-local report date of the conversation.',
  started_at        COMMENT 'Start of the conversation (UTC).',
  status            COMMENT 'Status of the conversation at status_as_of.',
  target_seconds    COMMENT 'The SLA target, seconds.',
  clock             COMMENT 'calendar or business: how the target is counted.',
  due_at            COMMENT 'When the reply or resolution was due (UTC).',
  elapsed_seconds   COMMENT 'Time to the first reply / final resolution in the target\'s clock; NULL while none.',
  is_still_open     COMMENT 'true: no reply / no resolution yet at status_as_of.',
  late_seconds      COMMENT 'How late, in the target\'s clock when answered (elapsed - target); calendar seconds past due_at to status_as_of when still open.',
  status_as_of      COMMENT 'As-of time of status and SLA outcome.'
)
COMMENT 'SLA breach list: conversations that missed their first-reply or resolution target. Grain: conversation_id, sla. Source: gold.fact_conversation. Refresh: a view, always current.'
TBLPROPERTIES ('social_care.definition' = ${definition_hash})
AS
WITH breaches AS (
  SELECT 'first_reply' AS sla, f.*, sla_first_reply_target_seconds AS target_seconds, sla_first_reply_clock AS clock,
         first_reply_due_at AS due_at,
         CASE sla_first_reply_clock WHEN 'business' THEN first_reply_business_seconds ELSE first_reply_seconds END AS elapsed_seconds
  FROM gold.fact_conversation AS f
  WHERE sla_first_reply_met = false
  UNION ALL
  SELECT 'resolution', f.*, sla_resolution_target_seconds, sla_resolution_clock, resolution_due_at,
         CASE WHEN status = 'resolved' THEN
           CASE sla_resolution_clock WHEN 'business' THEN resolution_business_seconds ELSE resolution_seconds END END
  FROM gold.fact_conversation AS f
  WHERE sla_resolution_met = false
)
SELECT sla, conversation_id, brand_id, industry, channel, customer_id, agent_id, report_date, started_at, status,
       target_seconds, clock, due_at, elapsed_seconds, elapsed_seconds IS NULL AS is_still_open,
       coalesce(elapsed_seconds - target_seconds, unix_seconds(status_as_of) - unix_seconds(due_at)) AS late_seconds,
       status_as_of
FROM breaches
