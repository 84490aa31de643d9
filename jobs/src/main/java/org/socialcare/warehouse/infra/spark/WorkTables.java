package org.socialcare.warehouse.infra.spark;

import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The intermediate results of one stage of one run, each computed once and kept as a checkpoint,
 * registered as a temp view of its name. A checkpoint cuts the query plan, so a step that reads earlier
 * steps plans in milliseconds rather than seconds, reads the same rows on every read (a MERGE reads
 * its source twice), and keeps the partitioning and ordering of the rows: the steps that group by the
 * conversation key after the key's windows do not shuffle the rows again.
 *
 * <p>Two kinds (config run.work_tables): {@code local} keeps them in the executors' block managers
 * (memory, then local disk; fast; a lost executor fails the run, which a re-run redoes), {@code reliable}
 * writes them under &lt;warehouse&gt;/_work/&lt;run&gt;/ (survives a lost executor; slower on an object
 * store). The folder is deleted when the stage closes; one left by a run that died, by the next run.
 */
public final class WorkTables implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WorkTables.class);
    public static final String FOLDER = "_work";
    public static final List<String> KINDS = List.of("local", "reliable");

    private final SparkSession spark;
    private final boolean reliable;
    private final Path folder;
    private final List<String> views = new ArrayList<>();

    public WorkTables(SparkSession spark, String kind, String warehouseRoot, String runId, String stage) {
        this.spark = spark;
        this.reliable = kind.equals("reliable");
        this.folder = new Path(new Path(new Path(warehouseRoot, FOLDER), runId), stage);
        if (reliable) {
            spark.sparkContext().setCheckpointDir(folder.toString());
        }
    }

    /** Computes the rows once and returns them kept, registered as a temp view named {@code name}. */
    public Dataset<Row> keep(String name, Dataset<Row> rows) {
        Dataset<Row> kept = reliable ? rows.checkpoint(true) : rows.localCheckpoint(true);
        return view(name, kept);
    }

    /** Registers a temp view owned by this stage (dropped when it closes); safe from concurrent jobs. */
    public synchronized Dataset<Row> view(String name, Dataset<Row> rows) {
        rows.createOrReplaceTempView(name);
        if (!views.contains(name)) {
            views.add(name);
        }
        return rows;
    }

    /** Drops the stage's views and deletes its files; Spark's cleaner frees the local checkpoints. */
    @Override
    public synchronized void close() {
        views.forEach(spark.catalog()::dropTempView);
        views.clear();
        if (!reliable) {
            return;
        }
        try {
            FileSystem fs = folder.getFileSystem(spark.sparkContext().hadoopConfiguration());
            fs.delete(folder, true);
            Path run = folder.getParent();
            FileStatus[] left = fs.exists(run) ? fs.listStatus(run) : new FileStatus[0];
            if (left.length == 0) {
                fs.delete(run, true);
            }
        } catch (IOException e) {
            LOG.warn("could not delete the work tables under {}: {} (the next run deletes them)", folder, e.getMessage());
        }
    }

    /** Deletes the work folders of runs that are not in progress (left by runs that died). */
    public static void removeLeftovers(SparkSession spark, String warehouseRoot, Set<String> runsInProgress) {
        Path root = new Path(warehouseRoot, FOLDER);
        try {
            FileSystem fs = root.getFileSystem(spark.sparkContext().hadoopConfiguration());
            if (!fs.exists(root)) {
                return;
            }
            for (FileStatus run : fs.listStatus(root)) {
                if (!runsInProgress.contains(run.getPath().getName())) {
                    fs.delete(run.getPath(), true);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clean the work folder " + root + ": " + e.getMessage(), e);
        }
    }
}
