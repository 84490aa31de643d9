package org.socialcare.warehouse.testing;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.socialcare.warehouse.infra.catalog.WarehouseTable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Whole warehouse folders in process tests: a copy of one, and every data table of two compared row for row. */
public final class WarehouseFolders {
    private WarehouseFolders() {
    }

    /** Copies a warehouse folder (Delta tables, the embedded metastore of a process that has ended). */
    public static void copy(Path from, Path to) {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Asserts that every bronze, silver and gold table holds the same rows (as multisets) in both
     * warehouses, read by path at their latest versions, leaving out the given columns (those that
     * name the run that wrote a row). Fails with each differing table, its counts and a few rows.
     */
    public static void assertSameTables(SparkSession spark, Path expected, Path actual, Set<String> ignoredColumns) {
        List<String> differences = new ArrayList<>();
        int compared = 0;
        for (WarehouseTable table : WarehouseTable.values()) {
            if (table.schema().equals("ops")) {
                continue;
            }
            Dataset<Row> e = read(spark, table, expected, ignoredColumns);
            Dataset<Row> a = read(spark, table, actual, ignoredColumns);
            List<Row> missing = e.exceptAll(a).limit(3).collectAsList();
            List<Row> extra = a.exceptAll(e).limit(3).collectAsList();
            if (!missing.isEmpty() || !extra.isEmpty()) {
                differences.add(table.qualifiedName() + " (" + e.count() + " rows expected, " + a.count()
                        + " found): missing " + missing + ", unexpected " + extra);
            }
            compared++;
        }
        assertTrue(differences.isEmpty(), actual + " differs from " + expected + ":\n" + String.join("\n", differences));
        assertTrue(compared >= 15, "compared only " + compared + " tables");
    }

    private static Dataset<Row> read(SparkSession spark, WarehouseTable table, Path root, Set<String> ignored) {
        Dataset<Row> rows = spark.read().format("delta").load(table.location(root.toString()));
        String[] drop = Arrays.stream(rows.columns()).filter(ignored::contains).toArray(String[]::new);
        return rows.drop(drop);
    }
}
