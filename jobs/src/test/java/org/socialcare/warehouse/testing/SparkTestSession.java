package org.socialcare.warehouse.testing;

import org.apache.spark.sql.SparkSession;
import org.socialcare.warehouse.config.AppConfig;
import org.socialcare.warehouse.config.ConfigLoader;
import org.socialcare.warehouse.infra.spark.SparkSessions;

import java.util.Optional;

/**
 * The one SparkSession of the test suite (local[2], 2 shuffle partitions, UI off, an embedded Derby
 * metastore in a temp folder), built like production's.
 */
public final class SparkTestSession {
    private static SparkSession spark;

    // Set when the class loads, before any config is read: Typesafe Config caches the system
    // properties the first time they are read (a TestWarehouse reads its config before the session).
    static {
        SparkSessions.useUtc();
        System.setProperty("spark.master", "local[2]");
        System.setProperty("spark.shuffle_partitions", "2");
        // SparkConf reads spark.* system properties itself.
        System.setProperty("spark.ui.enabled", "false");
        System.setProperty("spark.databricks.delta.snapshotPartitions", "1");
        // One embedded metastore for the suite's JVM, in a temp folder; each test class registers its
        // own warehouse in it before its tests run.
        System.setProperty("catalog.metastore.type", "jdbc");
        System.setProperty("catalog.metastore.url", "jdbc:derby:;databaseName=" + metastoreFolder() + ";create=true");
        System.setProperty("catalog.metastore.driver", "org.apache.derby.jdbc.EmbeddedDriver");
        com.typesafe.config.ConfigFactory.invalidateCaches();
    }

    private SparkTestSession() {
    }

    public static synchronized SparkSession get() {
        if (spark == null) {
            spark = SparkSessions.create(baseConfig());
        }
        return spark;
    }

    private static String metastoreFolder() {
        try {
            return java.nio.file.Files.createTempDirectory("social-care-test-metastore").resolve("metastore").toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The bundled defaults under the given HOCON overrides. */
    public static AppConfig config(String hoconOverrides) {
        get();
        return AppConfig.from(com.typesafe.config.ConfigFactory.parseString(hoconOverrides)
                .withFallback(ConfigLoader.load(Optional.empty())).resolve());
    }

    /** The bundled defaults with the test session's system properties applied. */
    public static AppConfig baseConfig() {
        return AppConfig.from(ConfigLoader.load(Optional.empty()));
    }
}
