package org.socialcare.warehouse.cli;

import org.socialcare.warehouse.config.InputFormat;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.Optional;

/** The flags of every warehouse command: the environment file and the paths that override config. */
final class WarehouseOptions {
    @Option(names = "--config", paramLabel = "FILE",
            description = "environment file (default: SOCIAL_CARE_CONFIG, else the bundled defaults)")
    String config;

    @Option(names = "--landing", paramLabel = "DIR", description = "landing folder (overrides paths.landing)")
    String landing;

    @Option(names = "--warehouse", paramLabel = "DIR", description = "warehouse root (overrides paths.warehouse)")
    String warehouse;

    Optional<String> configFile() {
        return Optional.ofNullable(config);
    }

    /** The flags of the commands that ingest dumps: the warehouse flags and --format over ingest.format. */
    static final class Ingest {
        @Mixin
        WarehouseOptions paths;

        @Option(names = "--format", paramLabel = "canonical|twcs", converter = Converters.Format.class,
                description = "input format of the landing folder (overrides ingest.format)")
        InputFormat format;

        /** A session on the warehouse, with the flags applied to config. */
        Session.Started startSession() {
            return Session.start(Session.config(paths, format));
        }
    }
}
