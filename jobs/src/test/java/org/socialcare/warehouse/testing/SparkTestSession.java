package org.socialcare.warehouse.testing;

import org.apache.spark.sql.SparkSession;
import org.socialcare.warehouse.config.AppConfig;
import org.socialcare.warehouse.config.ConfigLoader;
import org.socialcare.warehouse.spark.SparkSessions;

import java.util.Optional;

/** The one SparkSession of the test suite (local[2], 2 shuffle partitions, UI off), built like production's. */
public final class SparkTestSession {
    private static SparkSession spark;

    private SparkTestSession() {
    }

    public static synchronized SparkSession get() {
        if (spark == null) {
            System.setProperty("spark.master", "local[2]");
            System.setProperty("spark.shuffle_partitions", "2");
            // SparkConf reads spark.* system properties itself.
            System.setProperty("spark.ui.enabled", "false");
            spark = SparkSessions.create(baseConfig());
        }
        return spark;
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
