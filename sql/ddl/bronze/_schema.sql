-- The bronze schema: what the landing dumps held, as accepted.
CREATE SCHEMA IF NOT EXISTS bronze
COMMENT 'Accepted records of the landing dumps (latest copy of each record) and the quarantine of lines not accepted. Refresh: nightly MERGE.'
LOCATION ${location}
