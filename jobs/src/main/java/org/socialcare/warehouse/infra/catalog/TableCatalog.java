package org.socialcare.warehouse.infra.catalog;

import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.TableIdentifier;
import org.apache.spark.sql.catalyst.analysis.NoSuchDatabaseException;
import org.apache.spark.sql.catalyst.analysis.NoSuchTableException;
import org.apache.spark.sql.catalyst.catalog.CatalogDatabase;
import org.apache.spark.sql.catalyst.catalog.SessionCatalog;
import org.socialcare.warehouse.infra.delta.DeltaWrites;
import org.socialcare.warehouse.infra.spark.ConcurrentJobs;
import org.socialcare.warehouse.infra.sql.SqlFile;
import scala.Option;
import scala.collection.JavaConverters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Registers the warehouse in the session's catalog (a Hive metastore, see MetastoreSettings): the
 * schemas with their comments (sql/ddl/&lt;schema&gt;/_schema.sql) and the Delta tables, created from
 * their DDL files with a comment on the table and every column. Safe to call on every start and
 * cheap when nothing changed: a fingerprint of the warehouse root and every DDL file is kept in a
 * property of the ops schema, and only a changed fingerprint (a new warehouse, a moved one, an
 * edited DDL file) or a table folder that lost its Delta log triggers the full registration.
 */
public final class TableCatalog {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(TableCatalog.class);
    /** The schemas, in the order of the data flow; bi holds the views. */
    public static final List<String> SCHEMAS = List.of("bronze", "silver", "gold", "ops", "bi");
    static final String FINGERPRINT_PROPERTY = "social_care.catalog";
    private static final String FINGERPRINT_SCHEMA = "ops";
    /** A file of a Delta log that makes a version: a commit (00000000000000000000.json) or a checkpoint. */
    private static final java.util.regex.Pattern COMMIT_FILE =
            java.util.regex.Pattern.compile("\\d{20}\\.(json|checkpoint(\\..*)?\\.parquet)|_last_checkpoint");

    private TableCatalog() {
    }

    /**
     * Registers what is missing or stale; returns the warehouse root as a fully qualified URI. The
     * tables are independent, so up to {@code threads} of them are created at once (each creation is a
     * Delta commit and a metastore call, mostly driver time).
     */
    public static String register(SparkSession spark, String warehouseRoot, int attempts, int threads) {
        String root = qualified(spark, warehouseRoot);
        List<String> files = new ArrayList<>();
        SCHEMAS.forEach(s -> files.add("ddl/" + s + "/_schema.sql"));
        for (WarehouseTable t : WarehouseTable.values()) {
            files.add(t.ddlFile());
        }
        String fingerprint = Fingerprints.of(root, files);
        if (fingerprint.equals(opsProperty(spark, FINGERPRINT_PROPERTY))
                && missingTables(spark, root).isEmpty()) {
            return root;
        }
        LOG.info("catalog: registering the warehouse's schemas and tables under {}", root);
        for (String schema : SCHEMAS) {
            spark.sql(SqlFile.load("ddl/" + schema + "/_schema.sql").ddl(Map.of("location", root + "/" + schema)));
        }
        Map<String, Supplier<Boolean>> creations = new LinkedHashMap<>();
        for (WarehouseTable table : WarehouseTable.values()) {
            creations.put(table.qualifiedName(), () -> createOrSync(spark, table, table.location(root), attempts));
        }
        ConcurrentJobs.run(threads, creations);
        setOpsProperty(spark, FINGERPRINT_PROPERTY, fingerprint);
        return root;
    }

    /** Creates a table that is not registered there, or brings a registered one in line with its DDL file. */
    private static boolean createOrSync(SparkSession spark, WarehouseTable table, String location, int attempts) {
        boolean created = holdsDeltaTable(spark, location);
        boolean registered = keepOrDrop(spark, table, location, created);
        if (!created) {
            removeUnfinishedCreation(spark, table, location);
        }
        String ddl = table.ddl(location);
        // Two runs starting at once may both create a new table: the second finds it there.
        DeltaWrites.withRetry(attempts, "creating " + table.qualifiedName(), () -> spark.sql(ddl));
        if (registered) {
            TableDefinitions.sync(spark, table.qualifiedName(), location, ddl);
        }
        return registered;
    }

    /** The tables whose folder under the root holds no Delta log (never created, or wiped). */
    static List<WarehouseTable> missingTables(SparkSession spark, String root) {
        List<WarehouseTable> missing = new ArrayList<>();
        for (WarehouseTable t : WarehouseTable.values()) {
            if (!holdsDeltaTable(spark, t.location(root))) {
                missing.add(t);
            }
        }
        return missing;
    }

    /** A property of a schema, or null when the schema or the property does not exist. */
    public static String opsProperty(SparkSession spark, String property) {
        return schemaProperty(spark, FINGERPRINT_SCHEMA, property);
    }

    static String schemaProperty(SparkSession spark, String schema, String property) {
        SessionCatalog catalog = spark.sessionState().catalog();
        if (!catalog.databaseExists(schema)) {
            return null;
        }
        CatalogDatabase db = catalog.getDatabaseMetadata(schema);
        Option<String> value = db.properties().get(property);
        return value.isDefined() ? value.get() : null;
    }

    /** Sets a property of the ops schema, where the fingerprints of what is registered are kept. */
    public static void setOpsProperty(SparkSession spark, String property, String value) {
        spark.sql(SqlFile.load("ddl/ops/_set_property.sql").ddl(Map.of("property", property, "value", value)));
    }

    /**
     * A catalog entry pointing at another warehouse root (a moved warehouse, a test with its own
     * folder), or at a folder that no longer holds a Delta table (a wiped warehouse), is dropped
     * before it is created again; the tables are external, so no data is deleted. Returns whether the
     * table is still registered (and its CREATE ... IF NOT EXISTS will leave it as it is).
     */
    private static boolean keepOrDrop(SparkSession spark, WarehouseTable table, String location, boolean created) {
        String registered = catalogLocation(spark, table);
        if (registered == null) {
            return false;
        }
        if (!location.equals(registered) || !created) {
            spark.sessionState().catalog().dropTable(
                    new TableIdentifier(table.tableName(), Option.apply(table.schema())), true, false);
            return false;
        }
        return true;
    }

    /** Whether the folder's _delta_log holds a commit (a version file or a checkpoint): a created table. */
    private static boolean holdsDeltaTable(SparkSession spark, String location) {
        Path log = new Path(location, "_delta_log");
        try {
            FileSystem fs = log.getFileSystem(spark.sparkContext().hadoopConfiguration());
            if (!fs.exists(log)) {
                return false;
            }
            // Nearly always one of these two exists; listing a long log (on an object store) is the fallback.
            if (fs.exists(new Path(log, "00000000000000000000.json")) || fs.exists(new Path(log, "_last_checkpoint"))) {
                return true;
            }
            for (FileStatus f : fs.listStatus(log)) {
                if (f.isFile() && COMMIT_FILE.matcher(f.getPath().getName()).matches()) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot look at " + log, e);
        }
    }

    /**
     * A run killed while it created a table can leave the table's folder with a _delta_log and no
     * commit in it (Delta makes the folders first); Delta then refuses to create the table there ("not
     * empty and also not a Delta table"). Such a folder, holding no file outside _delta_log, is the
     * leftover of that creation and is deleted, so the next start creates the table. A folder holding
     * data files without a commit is left alone: Delta's error names it. Called for a folder that
     * holds no commit.
     */
    private static void removeUnfinishedCreation(SparkSession spark, WarehouseTable table, String location) {
        Path folder = new Path(location);
        try {
            FileSystem fs = folder.getFileSystem(spark.sparkContext().hadoopConfiguration());
            if (!fs.exists(folder)) {
                return;
            }
            for (FileStatus f : fs.listStatus(folder)) {
                if (!f.getPath().getName().equals("_delta_log") && (f.isFile() || fs.listFiles(f.getPath(), true).hasNext())) {
                    return;
                }
            }
            LOG.warn("catalog: {} at {} has no commit and no data (a creation that did not finish); creating it again",
                    table.qualifiedName(), location);
            fs.delete(folder, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot look at " + folder, e);
        }
    }

    /** Names of the tables and views registered in a schema (not the session's temporary views), sorted. */
    public static List<String> tablesIn(SparkSession spark, String schema) {
        List<String> names = new ArrayList<>();
        for (TableIdentifier id : JavaConverters.seqAsJavaList(spark.sessionState().catalog().listTables(schema))) {
            if (id.database().isDefined() && id.database().get().equals(schema)) {
                names.add(id.table());
            }
        }
        return names.stream().sorted().toList();
    }

    private static String catalogLocation(SparkSession spark, WarehouseTable table) {
        SessionCatalog catalog = spark.sessionState().catalog();
        TableIdentifier id = new TableIdentifier(table.tableName(), Option.apply(table.schema()));
        if (!catalog.databaseExists(table.schema()) || !catalog.tableExists(id)) {
            return null;
        }
        try {
            return catalog.getTableMetadata(id).location().toString();
        } catch (NoSuchDatabaseException | NoSuchTableException e) {
            return null;
        }
    }

    /** The root as a fully qualified URI, so that a relative local folder means the same everywhere. */
    public static String qualified(SparkSession spark, String warehouseRoot) {
        try {
            Path p = new Path(warehouseRoot);
            return WarehouseTable.stripSlash(p.getFileSystem(spark.sparkContext().hadoopConfiguration())
                    .makeQualified(p).toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot resolve warehouse path " + warehouseRoot, e);
        }
    }
}
