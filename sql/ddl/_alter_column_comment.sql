-- Brings one column comment of an existing table in line with its DDL file (TableDefinitions).
ALTER TABLE #{table} ALTER COLUMN #{column} COMMENT ${comment}
