package org.socialcare.warehouse.infra.delta;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.delta.DeltaLog;
import scala.Option;

/**
 * Versions of Delta tables: the latest one, and a table as it was at a version. A stage reads the
 * tables it is about to write at the version it started from: Spark re-computes a cached result that
 * reads the latest version of a table after every write to it, so a result computed before a write
 * would silently change after it.
 */
public final class TableVersions {
    private TableVersions() {
    }

    /**
     * The latest committed version of the Delta table at a location: the version of the log after a
     * listing of its _delta_log folder. Delta's own update of the table's snapshot, as every read does;
     * unlike {@code DeltaTable.history(1)} it runs no Spark job and parses no commit file (a run asks
     * for some fifteen versions).
     */
    public static long latest(SparkSession spark, String location) {
        return DeltaLog.forTable(spark, location).update(false, Option.empty(), Option.empty()).version();
    }

    /** The table at a location as it was at a version. */
    public static Dataset<Row> at(SparkSession spark, String location, long version) {
        return spark.read().format("delta").option("versionAsOf", version).load(location);
    }
}
