package org.socialcare.warehouse.spark;

import org.apache.spark.sql.SparkSession;
import org.socialcare.warehouse.config.AppConfig;

import java.util.Map;

/** Builds the one SparkSession of a process from config, with Delta enabled. */
public final class SparkSessions {
    private SparkSessions() {
    }

    public static SparkSession create(AppConfig config) {
        AppConfig.SparkSettings s = config.spark();
        SparkSession.Builder builder = SparkSession.builder().appName(s.appName());
        s.master().ifPresent(builder::master);
        builder.config("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension")
                .config("spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog")
                .config("spark.sql.shuffle.partitions", s.shufflePartitions())
                // Delta rebuilds table snapshots with this many tasks (default 50, far too many on 2 cores).
                .config("spark.databricks.delta.snapshotPartitions", s.shufflePartitions())
                .config("spark.sql.session.timeZone", "UTC") // UTC dates in bronze; brand-local dates are explicit
                .config("spark.sql.warehouse.dir", config.paths().warehouse())
                // Our reads of bronze are bounded by predicates; adaptive execution sizes the rest.
                .config("spark.sql.adaptive.enabled", true)
                .config("spark.databricks.delta.schema.autoMerge.enabled", false);
        for (Map.Entry<String, String> e : s.extraConf().entrySet()) {
            builder.config(e.getKey(), e.getValue());
        }
        return builder.getOrCreate();
    }
}
