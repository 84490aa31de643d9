package org.socialcare.warehouse.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigValue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Typed view of the HOCON configuration, built once at start-up. */
public record AppConfig(Paths paths, SparkSettings spark, Ingest ingest, Run run) {

    /** Where the landing dumps and the warehouse live. */
    public record Paths(String landing, String warehouse) {
        public Paths withLanding(String newLanding) {
            return new Paths(newLanding, warehouse);
        }

        public Paths withWarehouse(String newWarehouse) {
            return new Paths(landing, newWarehouse);
        }
    }

    /** Spark session settings; an empty master means spark-submit decides. */
    public record SparkSettings(Optional<String> master, String appName, int shufflePartitions,
                                Map<String, String> extraConf) {
    }

    /** Ingest settings. */
    public record Ingest(String format, int dedupeLookbackDays, int maxRawLineChars) {
    }

    /** Run-level settings. */
    public record Run(int writeAttempts) {
    }

    public static AppConfig from(Config c) {
        Paths paths = new Paths(c.getString("paths.landing"), c.getString("paths.warehouse"));
        Map<String, String> extra = new LinkedHashMap<>();
        for (Map.Entry<String, ConfigValue> e : c.getConfig("spark.conf").entrySet()) {
            extra.put(e.getKey().replace("\"", ""), String.valueOf(e.getValue().unwrapped()));
        }
        SparkSettings spark = new SparkSettings(
                c.hasPath("spark.master") ? Optional.of(c.getString("spark.master")) : Optional.empty(),
                c.getString("spark.app_name"),
                c.getInt("spark.shuffle_partitions"),
                extra);
        Ingest ingest = new Ingest(c.getString("ingest.format"),
                positive(c, "ingest.dedupe_lookback_days"), positive(c, "ingest.max_raw_line_chars"));
        Run run = new Run(positive(c, "run.write_attempts"));
        return new AppConfig(paths, spark, ingest, run);
    }

    public AppConfig withPaths(Paths newPaths) {
        return new AppConfig(newPaths, spark, ingest, run);
    }

    private static int positive(Config c, String path) {
        int value = c.getInt(path);
        if (value <= 0) {
            throw new IllegalArgumentException("config " + path + " must be a positive number, got " + value);
        }
        return value;
    }
}
