-- Validated lines of one dump: every line read, typed, with the reason it is quarantined
-- (quarantine_reason IS NULL for an accepted line). One row per line read.
-- Source: temp view parsed_lines: each line read with its fields as text (j.*), from the format's
-- DumpReader (canonical JSON lines, or TWCS CSV rows mapped to message records). A reader that
-- rejected a line itself gives read_error (the reason) and read_error_code.
-- Parameters: min_year / max_year (ingest.plausible_years: a created_at outside them is a typo or a
-- placeholder such as 0001-01-01, and would break report dates), max_raw_line_chars (raw lines are
-- kept for quarantined lines only, cut at this length).
-- Rules are those of SPEC section 1, checked in the order below; the first rule broken is the
-- reason. Defaults: sender_type = customer for in, agent for out; needs_reply = true for in, false
-- for out; scale_min = 1 (0 for nps); scale_max = 5 csat, 7 ces, 10 nps.
WITH cleaned AS (
  SELECT
    dump_date, source_file, line_number, raw_line, read_error, read_error_code,
    nullif(trim(j.type), '')                            AS type,
    nullif(trim(j.id), '')                              AS id,
    CASE lower(trim(j.channel)) WHEN 'x' THEN 'twitter'
         ELSE nullif(lower(trim(j.channel)), '') END    AS channel,
    nullif(trim(j.brand_id), '')                        AS brand_id,
    nullif(lower(trim(j.direction)), '')                AS direction,
    nullif(trim(j.customer_id), '')                     AS customer_id,
    nullif(trim(j.created_at), '')                      AS created_at_text,
    nullif(trim(j.thread_id), '')                       AS thread_id,
    nullif(trim(j.reply_to_id), '')                     AS reply_to_id,
    nullif(trim(j.agent_id), '')                        AS agent_id,
    nullif(lower(trim(j.sender_type)), '')              AS sender_type_text,
    j.text                                              AS text,
    nullif(lower(trim(j.visibility)), '')               AS visibility,
    j.tags                                              AS tags_text,
    nullif(trim(j.quick_reply), '')                     AS quick_reply,
    nullif(lower(trim(j.sentiment)), '')                AS sentiment,
    nullif(trim(j.handle_seconds), '')                  AS handle_seconds_text,
    nullif(lower(trim(j.needs_reply)), '')              AS needs_reply_text,
    nullif(lower(trim(j.event)), '')                    AS event,
    nullif(trim(j.target), '')                          AS target,
    nullif(lower(trim(j.kind)), '')                     AS kind,
    nullif(trim(j.score), '')                           AS score_text,
    nullif(trim(j.scale_min), '')                       AS scale_min_text,
    nullif(trim(j.scale_max), '')                       AS scale_max_text,
    j.comment                                           AS comment
  FROM parsed_lines
),
typed AS (
  SELECT *,
    -- ISO-8601 with a zone offset or Z is required: a time without one is ambiguous.
    CASE WHEN created_at_text RLIKE '^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}([.,][0-9]+)?)?(Z|[+-][0-9]{2}:[0-9]{2})$'
         THEN try_cast(replace(created_at_text, ',', '.') AS TIMESTAMP) END            AS created_at,
    try_cast(handle_seconds_text AS DOUBLE)                                            AS handle_seconds,
    try_cast(scale_min_text AS DOUBLE)                                                 AS scale_min_given,
    try_cast(scale_max_text AS DOUBLE)                                                 AS scale_max_given,
    CASE needs_reply_text WHEN 'true' THEN true WHEN 'false' THEN false END            AS needs_reply_given,
    from_json(tags_text, 'array<string>')                                              AS tags,
    try_cast(score_text AS DOUBLE)                                                     AS score,
    coalesce(try_cast(scale_min_text AS DOUBLE), CASE WHEN kind = 'nps' THEN 0D ELSE 1D END) AS scale_min,
    coalesce(try_cast(scale_max_text AS DOUBLE),
             CASE kind WHEN 'csat' THEN 5D WHEN 'ces' THEN 7D WHEN 'nps' THEN 10D END) AS scale_max,
    raw_line RLIKE '^\\s*$'                                                            AS is_blank
  FROM cleaned
),
checked AS (
  SELECT
    dump_date, source_file, line_number, raw_line, read_error_code, type, id, channel, brand_id, direction, customer_id,
    created_at, thread_id, reply_to_id, agent_id,
    coalesce(sender_type_text, CASE direction WHEN 'in' THEN 'customer' WHEN 'out' THEN 'agent' END) AS sender_type,
    text, visibility, tags, quick_reply, sentiment, handle_seconds,
    coalesce(needs_reply_given, direction = 'in')                                        AS needs_reply,
    event, target, kind, score, scale_min, scale_max, comment,
    CASE
      WHEN read_error IS NOT NULL THEN read_error
      WHEN is_blank THEN 'blank line: expected one JSON object per line'
      WHEN type IS NULL THEN 'missing required field: type'
      WHEN type NOT IN ('message', 'case_event', 'survey')
        THEN concat('unknown type "', type, '": expected message, case_event or survey')
      WHEN id IS NULL THEN concat('missing required field: id (', type, ')')
      WHEN channel IS NULL THEN concat('missing required field: channel (', type, ')')
      WHEN brand_id IS NULL THEN concat('missing required field: brand_id (', type, ')')
      WHEN customer_id IS NULL THEN concat('missing required field: customer_id (', type, ')')
      WHEN created_at_text IS NULL THEN concat('missing required field: created_at (', type, ')')
      WHEN type = 'message' AND direction IS NULL THEN 'missing required field: direction (message)'
      WHEN type = 'case_event' AND event IS NULL THEN 'missing required field: event (case_event)'
      WHEN type = 'survey' AND kind IS NULL THEN 'missing required field: kind (survey)'
      WHEN type = 'survey' AND score_text IS NULL THEN 'missing required field: score (survey)'
      WHEN type = 'message' AND direction NOT IN ('in', 'out')
        THEN concat('unknown direction "', direction, '": expected in or out')
      WHEN type = 'case_event' AND event NOT IN ('opened', 'assigned', 'transferred', 'escalated', 'resolved', 'closed', 'reopened')
        THEN concat('unknown event "', event, '": expected opened, assigned, transferred, escalated, resolved, closed or reopened')
      WHEN type = 'survey' AND kind NOT IN ('csat', 'ces', 'nps')
        THEN concat('unknown kind "', kind, '": expected csat, ces or nps')
      WHEN created_at IS NULL
        THEN concat('unparseable time: created_at "', created_at_text, '" is not ISO-8601 with a zone offset or Z')
      WHEN year(created_at) NOT BETWEEN :min_year AND :max_year
        THEN concat('implausible time: created_at "', created_at_text, '" is outside the years ', :min_year, '..',
                    :max_year, ' (ingest.plausible_years)')
      WHEN type = 'message' AND sender_type_text IS NOT NULL AND sender_type_text NOT IN ('customer', 'agent', 'bot')
        THEN concat('unknown sender_type "', sender_type_text, '": expected customer, agent or bot')
      WHEN type = 'message' AND visibility IS NOT NULL AND visibility NOT IN ('public', 'private')
        THEN concat('unknown visibility "', visibility, '": expected public or private')
      WHEN type = 'message' AND sentiment IS NOT NULL AND sentiment NOT IN ('positive', 'neutral', 'negative')
        THEN concat('unknown sentiment "', sentiment, '": expected positive, neutral or negative')
      WHEN type = 'message' AND handle_seconds_text IS NOT NULL
           AND (handle_seconds IS NULL OR isnan(handle_seconds) OR handle_seconds < 0 OR handle_seconds = double('Infinity'))
        THEN concat('handle_seconds "', handle_seconds_text, '" is not a finite number of seconds >= 0')
      WHEN type = 'message' AND needs_reply_text IS NOT NULL AND needs_reply_given IS NULL
        THEN concat('needs_reply "', needs_reply_text, '" is not true or false')
      WHEN type = 'message' AND tags_text IS NOT NULL AND tags IS NULL
        THEN 'tags is not an array of strings'
      WHEN type = 'survey' AND (score IS NULL OR isnan(score) OR abs(score) = double('Infinity'))
        THEN concat('score "', score_text, '" is not a finite number')
      WHEN type = 'survey' AND ((scale_min_text IS NOT NULL AND (scale_min_given IS NULL OR isnan(scale_min_given)
                                  OR abs(scale_min_given) = double('Infinity')))
                             OR (scale_max_text IS NOT NULL AND (scale_max_given IS NULL OR isnan(scale_max_given)
                                  OR abs(scale_max_given) = double('Infinity'))))
        THEN concat('survey scale "', coalesce(scale_min_text, ''), '".."', coalesce(scale_max_text, ''), '" is not a range of finite numbers')
      WHEN type = 'survey' AND (scale_min IS NULL OR scale_max IS NULL OR scale_min >= scale_max)
        THEN concat('survey scale "', coalesce(scale_min_text, ''), '".."', coalesce(scale_max_text, ''), '" is not a range of numbers')
      WHEN type = 'survey' AND (score < scale_min OR score > scale_max)
        THEN concat('score ', score_text, ' is outside the ', kind, ' scale ',
                    cast(scale_min AS STRING), '..', cast(scale_max AS STRING))
    END AS quarantine_reason
  FROM typed
)
-- A short stable code per rule, for grouping in reports (the reason carries the detail); the raw line
-- only where it is quarantined.
SELECT dump_date, source_file, line_number, type, id, channel, brand_id, direction, customer_id, created_at,
  thread_id, reply_to_id, agent_id, sender_type, text, visibility, tags, quick_reply, sentiment, handle_seconds,
  needs_reply, event, target, kind, score, scale_min, scale_max, comment, quarantine_reason,
  CASE
    WHEN quarantine_reason IS NULL THEN NULL
    WHEN length(raw_line) > :max_raw_line_chars
      THEN concat(substr(raw_line, 1, :max_raw_line_chars), '...[cut: line had ', length(raw_line), ' characters]')
    ELSE raw_line
  END AS raw_line,
  CASE
    WHEN quarantine_reason IS NULL THEN NULL
    WHEN read_error_code IS NOT NULL THEN read_error_code
    WHEN quarantine_reason LIKE 'blank line%' THEN 'blank_line'
    WHEN quarantine_reason LIKE 'not JSON%' THEN 'not_json'
    WHEN quarantine_reason LIKE 'missing required field%' THEN 'missing_field'
    WHEN quarantine_reason LIKE 'unknown type%' THEN 'unknown_type'
    WHEN quarantine_reason LIKE 'unknown direction%' THEN 'unknown_direction'
    WHEN quarantine_reason LIKE 'unknown event%' THEN 'unknown_event'
    WHEN quarantine_reason LIKE 'unknown kind%' THEN 'unknown_kind'
    WHEN quarantine_reason LIKE 'unparseable time%' OR quarantine_reason LIKE 'implausible time%' THEN 'bad_time'
    WHEN quarantine_reason LIKE 'score % is outside%' THEN 'score_out_of_scale'
    ELSE 'bad_value'
  END AS quarantine_code
FROM checked
