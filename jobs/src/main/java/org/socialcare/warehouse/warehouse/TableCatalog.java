package org.socialcare.warehouse.warehouse;

import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.TableIdentifier;
import scala.Option;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Registers the warehouse in the session's catalog (a Hive metastore, see MetastoreSettings): the
 * schemas with their comments (sql/ddl/&lt;schema&gt;/_schema.sql), the Delta tables, created from their
 * DDL files with a comment on the table and every column where they do not exist yet, and the BI
 * views ({@link BiViews}). Safe to call on every start: it only adds or repoints what is missing or
 * elsewhere, so re-runs never duplicate a registration.
 */
public final class TableCatalog {
    /** The schemas, in the order of the data flow; bi holds the views. */
    public static final List<String> SCHEMAS = List.of("bronze", "silver", "gold", "ops", "bi");

    private TableCatalog() {
    }

    public static void register(SparkSession spark, String warehouseRoot) {
        String root = qualified(spark, warehouseRoot);
        for (String schema : SCHEMAS) {
            spark.sql(SqlFile.load("ddl/" + schema + "/_schema.sql").render(Map.of("location", root + "/" + schema)));
        }
        for (WarehouseTable table : WarehouseTable.values()) {
            String location = table.location(root);
            boolean registered = keepOrDrop(spark, table, location);
            String ddl = table.ddl(location);
            spark.sql(ddl);
            if (registered) {
                TableComments.sync(spark, table.qualifiedName(), ddl);
            }
        }
        BiViews.register(spark);
    }

    /**
     * A catalog entry pointing at another warehouse root (a test with its own folder, a moved
     * warehouse), or at a folder that no longer holds a Delta table (a wiped warehouse), is dropped
     * before it is re-created; the tables are external, so no data is deleted. Returns whether the
     * table is still registered (and its CREATE ... IF NOT EXISTS will leave it as it is).
     */
    private static boolean keepOrDrop(SparkSession spark, WarehouseTable table, String location) {
        if (!spark.catalog().tableExists(table.qualifiedName())) {
            return false;
        }
        if (!location.equals(catalogLocation(spark, table)) || !holdsDeltaTable(spark, location)) {
            spark.sql("DROP TABLE " + table.qualifiedName());
            return false;
        }
        return true;
    }

    private static boolean holdsDeltaTable(SparkSession spark, String location) {
        Path log = new Path(location, "_delta_log");
        try {
            return log.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot look at " + log, e);
        }
    }

    /**
     * Names of the tables and views registered in a schema, sorted. SHOW TABLES also lists the
     * session's temporary views, under an empty namespace and (with the Delta catalog) as not
     * temporary, which also makes Catalog.listTables(schema) fail in Spark 3.5: keep the schema's own.
     */
    public static List<String> tablesIn(SparkSession spark, String schema) {
        return spark.sql("SHOW TABLES IN " + schema).where(col("namespace").equalTo(schema)).select("tableName")
                .as(org.apache.spark.sql.Encoders.STRING()).collectAsList().stream().sorted().toList();
    }

    /**
     * Where a registered table's data lives. Gold rewrites write there by path rather than through
     * saveAsTable, which would also try to alter the table's (placeholder) schema in the Hive metastore.
     */
    public static String location(SparkSession spark, WarehouseTable table) {
        String location = catalogLocation(spark, table);
        if (location == null) {
            throw new IllegalStateException(table.qualifiedName() + " is not registered in the catalog");
        }
        return location;
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
