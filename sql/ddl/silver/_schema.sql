-- The silver schema: messages in conversations.
CREATE SCHEMA IF NOT EXISTS silver
COMMENT 'Messages with their conversation and reply lags, and one row per conversation (SPEC 3). Refresh: nightly, for the keys each dump touched.'
LOCATION ${location}
