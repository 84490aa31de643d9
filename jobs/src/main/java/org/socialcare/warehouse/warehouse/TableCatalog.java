package org.socialcare.warehouse.warehouse;

import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.TableIdentifier;
import scala.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumSet;

/**
 * Registers the warehouse's schemas and tables in the session catalog, creating the Delta tables
 * that do not exist yet from their DDL files. Safe to call on every start: it only adds what is missing.
 */
public final class TableCatalog {
    private TableCatalog() {
    }

    public static void register(SparkSession spark, String warehouseRoot) {
        String root = qualified(spark, warehouseRoot);
        for (String schema : schemas()) {
            spark.sql("CREATE SCHEMA IF NOT EXISTS " + schema + " LOCATION '" + root + "/" + schema + "'");
        }
        for (WarehouseTable table : WarehouseTable.values()) {
            String location = table.location(root);
            dropIfElsewhere(spark, table, location);
            spark.sql(table.ddl(location));
        }
    }

    /**
     * A catalog entry pointing at another warehouse root (a test with its own folder, a moved
     * warehouse) is dropped before it is re-created; the tables are external, so no data is deleted.
     */
    private static void dropIfElsewhere(SparkSession spark, WarehouseTable table, String location) {
        if (!spark.catalog().tableExists(table.qualifiedName())) {
            return;
        }
        if (!location.equals(catalogLocation(spark, table))) {
            spark.sql("DROP TABLE " + table.qualifiedName());
        }
    }

    private static java.util.Set<String> schemas() {
        java.util.Set<String> names = new java.util.TreeSet<>();
        for (WarehouseTable t : EnumSet.allOf(WarehouseTable.class)) {
            names.add(t.schema());
        }
        return names;
    }

    private static String catalogLocation(SparkSession spark, WarehouseTable table) {
        try {
            return spark.sessionState().catalog()
                    .getTableMetadata(new TableIdentifier(table.tableName(), Option.apply(table.schema())))
                    .location().toString();
        } catch (org.apache.spark.sql.catalyst.analysis.NoSuchDatabaseException
                 | org.apache.spark.sql.catalyst.analysis.NoSuchTableException e) {
            return null;
        }
    }

    /** The root as a fully qualified URI, so that a relative local folder means the same everywhere. */
    static String qualified(SparkSession spark, String warehouseRoot) {
        try {
            Path p = new Path(warehouseRoot);
            return p.getFileSystem(spark.sparkContext().hadoopConfiguration()).makeQualified(p).toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot resolve warehouse path " + warehouseRoot, e);
        }
    }
}
