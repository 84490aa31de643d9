-- Brings the comment of an existing table in line with its DDL file (TableDefinitions).
COMMENT ON TABLE #{table} IS ${comment}
