-- Records a fingerprint of what is registered in the catalog (tables from sql/ddl/, views from
-- sql/views/) on the ops schema, so that a command start can skip registration when nothing changed.
ALTER DATABASE ops SET DBPROPERTIES (${property} = ${value})
