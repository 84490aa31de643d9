package org.socialcare.warehouse.warehouse;

import io.delta.exceptions.DeltaConcurrentModificationException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.function.Supplier;

/** Delta writes that survive a concurrent run: retry on a lost optimistic-concurrency race, and event appends. */
public final class DeltaWrites {
    private static final Logger LOG = LoggerFactory.getLogger(DeltaWrites.class);

    private DeltaWrites() {
    }

    /** Runs a MERGE statement into the named table with {@link #withRetry}; returns Delta's metrics row. */
    public static Row merge(SparkSession spark, String table, String mergeSql, int attempts) {
        return withRetry(attempts, "MERGE into " + table, () -> spark.sql(mergeSql).first());
    }

    /** Appends rows; only for tables whose rows are events with a unique id (the run audit). */
    public static void appendEvents(Dataset<Row> rows, String location, int attempts) {
        withRetry(attempts, "append to " + location, () -> {
            rows.write().format("delta").mode("append").save(location);
            return null;
        });
    }

    /**
     * Runs a write, retrying when a concurrent run committed to the same table first (Delta's
     * optimistic concurrency). Each attempt re-reads the table, so a retry is as correct as the first try.
     */
    public static <T> T withRetry(int attempts, String what, Supplier<T> write) {
        for (int attempt = 1; ; attempt++) {
            try {
                return write.get();
            } catch (DeltaConcurrentModificationException e) {
                if (attempt >= attempts) {
                    throw new IllegalStateException(what + " lost " + attempts
                            + " races with concurrent runs; try again later", e);
                }
                LOG.warn("{}: concurrent commit ({}), attempt {} of {}", what, e.getClass().getSimpleName(),
                        attempt + 1, attempts);
                try {
                    Thread.sleep(500L * attempt);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while retrying " + what, ie);
                }
            }
        }
    }
}
