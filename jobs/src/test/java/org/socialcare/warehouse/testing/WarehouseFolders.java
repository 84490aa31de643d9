package org.socialcare.warehouse.testing;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.socialcare.warehouse.infra.catalog.WarehouseTable;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.format_string;
import static org.apache.spark.sql.functions.when;
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
     * name the run that wrote a row). DOUBLE columns are compared to 9 significant digits: a sum of
     * fractions (cost per contact) adds its rows in the order of the files read, which a killed and
     * re-run date lays out differently, and differs from a serial run's in its last bits only.
     * Fails with each differing table, its counts and a few rows.
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
        Dataset<Row> rows = TestWarehouse.sketchesAsEstimates(spark.read().format("delta").load(table.location(root.toString())));
        List<Column> kept = new ArrayList<>();
        for (StructField f : rows.schema().fields()) {
            if (!ignored.contains(f.name())) {
                Column c = col("`" + f.name() + "`");
                kept.add(f.dataType().equals(DataTypes.DoubleType) ? significant(c).as(f.name()) : c);
            }
        }
        return rows.select(kept.toArray(new Column[0]));
    }

    /** A double as text with 9 significant digits (NULL stays NULL). */
    private static Column significant(Column c) {
        return when(c.isNotNull(), format_string("%.8e", c));
    }
}
