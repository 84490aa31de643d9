package org.socialcare.warehouse.cli;

import org.apache.spark.sql.SparkSession;
import org.socialcare.warehouse.config.AppConfig;
import org.socialcare.warehouse.config.ConfigLoader;
import org.socialcare.warehouse.ingest.InputFormat;
import org.socialcare.warehouse.spark.SparkSessions;
import org.socialcare.warehouse.warehouse.TableCatalog;

import java.util.Set;

/** What every warehouse command starts from: config with the path flags applied, and a session. */
final class Session {
    static final Set<String> PATH_FLAGS = Set.of("config", "landing", "warehouse");
    /** Flags of the commands that ingest dumps: the paths, and --format (canonical or twcs) over ingest.format. */
    static final Set<String> INGEST_FLAGS = with(PATH_FLAGS, "format");

    private Session() {
    }

    static AppConfig config(Args args) {
        AppConfig config = AppConfig.from(ConfigLoader.load(args.optional("config")));
        AppConfig.Paths paths = config.paths();
        paths = args.optional("landing").map(paths::withLanding).orElse(paths);
        paths = args.optional("warehouse").map(paths::withWarehouse).orElse(paths);
        config = config.withPaths(paths);
        if (args.optional("format").isPresent()) {
            InputFormat format;
            try {
                format = InputFormat.named(args.optional("format").get(), "--format");
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
            config = config.withIngest(config.ingest().withFormat(format));
        }
        return config;
    }

    static SparkSession start(AppConfig config) {
        SparkSession spark = SparkSessions.create(config);
        TableCatalog.register(spark, config.paths().warehouse());
        return spark;
    }

    static Set<String> with(Set<String> base, String... more) {
        java.util.Set<String> all = new java.util.TreeSet<>(base);
        all.addAll(java.util.List.of(more));
        return all;
    }
}
