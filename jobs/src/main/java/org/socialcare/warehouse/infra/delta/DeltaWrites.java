package org.socialcare.warehouse.infra.delta;

import io.delta.exceptions.DeltaConcurrentModificationException;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialcare.warehouse.infra.sql.SqlFile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

/**
 * Every write of the warehouse, one Delta commit each, retried when a concurrent run committed to
 * the same table first (Delta's optimistic concurrency; each attempt re-reads the table, so a retry
 * is as correct as the first try). Rows are matched to the table's columns by name, and the rows
 * written are counted while they are written, with no extra pass.
 */
public final class DeltaWrites {
    private static final Logger LOG = LoggerFactory.getLogger(DeltaWrites.class);

    private DeltaWrites() {
    }

    /** Delta's metrics of one MERGE. */
    public record MergeMetrics(long inserted, long updated, long deleted) {
        public long written() {
            return inserted + updated;
        }
    }

    /** Runs a MERGE statement of sql/ with its parameters. */
    public static MergeMetrics merge(SparkSession spark, SqlFile merge, Map<String, ?> args, int attempts) {
        Row m = withRetry(attempts, merge.path(), () -> merge.query(spark, args).first());
        return new MergeMetrics(m.<Long>getAs("num_inserted_rows"), m.<Long>getAs("num_updated_rows"),
                m.<Long>getAs("num_deleted_rows"));
    }

    /** Appends rows to the Delta table at a location; returns the number of rows written. */
    public static long append(Dataset<Row> rows, String location, int attempts) {
        return write(rows, location, "append", null, attempts);
    }

    /**
     * Replaces the rows of a table whose column holds one of the given values with the given rows
     * (which must hold only those values), in one commit: a re-run or a late record rewrites exactly
     * the dates it touches. The predicate is rendered by Spark from the typed values.
     */
    public static long replace(Dataset<Row> rows, String location, String column, Collection<?> values, int attempts) {
        if (values.isEmpty()) {
            return 0;
        }
        Column predicate = col(column).isin(values.toArray());
        return write(rows, location, "overwrite", predicate.expr().sql(), attempts);
    }

    /** Replaces the whole content of a small table (the benchmarks from config). */
    public static long overwrite(Dataset<Row> rows, String location, int attempts) {
        return write(rows, location, "overwrite", null, attempts);
    }

    private static long write(Dataset<Row> rows, String location, String mode, String replaceWhere, int attempts) {
        SparkSession spark = rows.sparkSession();
        return withRetry(attempts, mode + " of " + location, () -> {
            Dataset<Row> shaped = shapeTo(rows, spark.read().format("delta").load(location).schema());
            Observation written = new Observation();
            var writer = shaped.observe(written, count(lit(1)).as("rows")).write().format("delta").mode(mode);
            if (replaceWhere != null) {
                writer = writer.option("replaceWhere", replaceWhere);
            }
            writer.save(location);
            return observedRows(written);
        });
    }

    private static long observedRows(Observation written) {
        try {
            return ((Number) written.getAsJava().get("rows")).longValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while counting the rows written", e);
        }
    }

    /** The rows with the table's columns, by name, in the table's order and types. */
    public static Dataset<Row> shapeTo(Dataset<Row> rows, StructType table) {
        List<Column> columns = new ArrayList<>();
        for (StructField f : table.fields()) {
            columns.add(col("`" + f.name() + "`").cast(f.dataType()).as(f.name()));
        }
        return rows.select(columns.toArray(new Column[0]));
    }

    /**
     * Runs a write, retrying when a concurrent run committed to the same table first, or created the
     * same table or catalog entry at the same moment. A retry is logged as one line, not as an error.
     */
    public static <T> T withRetry(int attempts, String what, Supplier<T> write) {
        for (int attempt = 1; ; attempt++) {
            try {
                return write.get();
            } catch (RuntimeException e) {
                if (!isConcurrentCommit(e) || attempt >= attempts) {
                    if (isConcurrentCommit(e)) {
                        throw new IllegalStateException(what + " lost " + attempts
                                + " races with concurrent runs; try again later", e);
                    }
                    throw e;
                }
                LOG.info("{}: another run committed first ({}); retrying, attempt {} of {}", what,
                        e.getClass().getSimpleName(), attempt + 1, attempts);
                sleep(250L * attempt);
            }
        }
    }

    private static boolean isConcurrentCommit(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DeltaConcurrentModificationException) {
                return true;
            }
            if (t instanceof AnalysisException && String.valueOf(t.getMessage()).contains("already exists")) {
                return true;
            }
        }
        return false;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying a write", ie);
        }
    }
}
