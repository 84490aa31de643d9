package org.socialcare.warehouse.infra.delta;

import io.delta.tables.DeltaTable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Versions of Delta tables: the latest one, and a table as it was at a version. A stage reads the
 * tables it is about to write at the version it started from: Spark re-computes a cached result that
 * reads the latest version of a table after every write to it, so a result computed before a write
 * would silently change after it.
 */
public final class TableVersions {
    private TableVersions() {
    }

    /** The latest committed version of the Delta table at a location. */
    public static long latest(SparkSession spark, String location) {
        Row last = DeltaTable.forPath(spark, location).history(1).select("version").first();
        return last.getLong(0);
    }

    /** The table at a location as it was at a version. */
    public static Dataset<Row> at(SparkSession spark, String location, long version) {
        return spark.read().format("delta").option("versionAsOf", version).load(location);
    }
}
