package org.socialcare.warehouse.testing;

import org.apache.spark.sql.SparkSession;
import org.socialcare.warehouse.config.AppConfig;
import org.socialcare.warehouse.infra.catalog.TableCatalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A new warehouse's empty tables, made once per test JVM by {@link TableCatalog#register} from the DDL
 * files and copied for each test warehouse. Registering a copy (one catalog entry per table) costs about
 * a third of creating its twenty Delta tables (a commit each); creation itself is still what makes the
 * original, and TableCatalogTest covers it on its own folders.
 */
final class EmptyWarehouse {
    private static Path original;

    private EmptyWarehouse() {
    }

    /** Copies the empty warehouse to {@code target}, which must not exist yet. */
    static synchronized void copyTo(SparkSession spark, AppConfig config, Path target) {
        if (original == null) {
            original = create(spark, config);
        }
        WarehouseFolders.copy(original, target);
    }

    private static Path create(SparkSession spark, AppConfig config) {
        Path folder;
        try {
            folder = Files.createTempDirectory("social-care-empty-warehouse").resolve("warehouse");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a temp folder for the empty warehouse", e);
        }
        TableCatalog.register(spark, folder.toString(), config.run().writeAttempts(), config.run().concurrentWrites());
        return folder;
    }
}
