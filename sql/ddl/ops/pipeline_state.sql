-- ops.pipeline_state: how far each incremental step has read its sources.
CREATE TABLE IF NOT EXISTS ops.pipeline_state (
  name           STRING    COMMENT 'Step and source, e.g. sessionize<-bronze.messages, or sessionize.as_of.',
  version        BIGINT    COMMENT 'Last Delta version of the source the step has processed.',
  as_of          TIMESTAMP COMMENT 'For sessionize.as_of: the as-of time of conversation status (end of the latest dump date processed).',
  run_id         STRING    COMMENT 'Run that last advanced this row.',
  updated_at     TIMESTAMP COMMENT 'When the row was last written.'
) USING DELTA
LOCATION ${location}
COMMENT 'Progress of the incremental steps. Grain: name. Refresh: MERGE at the end of each step.'
