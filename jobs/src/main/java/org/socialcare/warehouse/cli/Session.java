package org.socialcare.warehouse.cli;

import org.apache.spark.sql.SparkSession;
import org.socialcare.warehouse.bi.BiViews;
import org.socialcare.warehouse.config.AppConfig;
import org.socialcare.warehouse.config.ConfigLoader;
import org.socialcare.warehouse.config.InputFormat;
import org.socialcare.warehouse.infra.catalog.TableCatalog;
import org.socialcare.warehouse.infra.spark.SparkSessions;

/** What every warehouse command starts from: config with the flags applied, a session, the catalog registered. */
final class Session {
    /** A started session on a warehouse: its config and its root as a fully qualified URI. */
    record Started(SparkSession spark, AppConfig config, String warehouseRoot) {
    }

    private Session() {
    }

    static AppConfig config(WarehouseOptions options, InputFormat format) {
        AppConfig config = AppConfig.from(ConfigLoader.load(options.configFile()));
        AppConfig.Paths paths = config.paths();
        paths = options.landing == null ? paths : paths.withLanding(options.landing);
        paths = options.warehouse == null ? paths : paths.withWarehouse(options.warehouse);
        config = config.withPaths(paths);
        return format == null ? config : config.withIngest(config.ingest().withFormat(format));
    }

    static AppConfig config(WarehouseOptions options) {
        return config(options, null);
    }

    /** A session with the warehouse's tables and BI views registered (cheap when they already are). */
    static Started start(AppConfig config) {
        WarehousePathCheck.requireUsable(config.paths().warehouse());
        SparkSession spark = SparkSessions.create(config);
        String root = TableCatalog.register(spark, config.paths().warehouse(), config.run().writeAttempts(),
                config.run().concurrentWrites());
        BiViews.register(spark, root);
        return new Started(spark, config, root);
    }
}
