package org.socialcare.warehouse.testing;

import org.apache.spark.sql.SparkSession;
import org.socialcare.warehouse.config.AppConfig;
import org.socialcare.warehouse.infra.catalog.TableCatalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

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
        try {
            if (original == null) {
                Path folder = Files.createTempDirectory("social-care-empty-warehouse").resolve("warehouse");
                TableCatalog.register(spark, folder.toString(), config.run().writeAttempts(), config.run().concurrentWrites());
                original = folder;
            }
            try (Stream<Path> files = Files.walk(original)) {
                for (Path from : (Iterable<Path>) files::iterator) {
                    Path to = target.resolve(original.relativize(from).toString());
                    if (Files.isDirectory(from)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(from, to);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the empty warehouse to " + target, e);
        }
    }
}
