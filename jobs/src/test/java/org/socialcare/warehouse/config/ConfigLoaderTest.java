package org.socialcare.warehouse.config;

import com.typesafe.config.ConfigFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConfigLoaderTest {
    private static final Path CONFIG_DIR = Path.of(System.getProperty("project.root", ".."), "config");

    @Test
    void everyShippedEnvironmentFileUsesOnlyKnownKeys() throws IOException {
        try (Stream<Path> files = Files.list(CONFIG_DIR)) {
            files.filter(f -> f.toString().endsWith(".conf"))
                    .forEach(f -> assertDoesNotThrow(() -> ConfigLoader.load(Optional.of(f.toString())), f.toString()));
        }
    }

    @Test
    void aMistypedKeyFailsWithItsNameAndTheNearestKnownOne(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("prod.conf");
        Files.writeString(file, "sessionize { reopen_window_hourz = 12 }\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ConfigLoader.load(Optional.of(file.toString())));
        assertEquals("config file " + file + ": unknown key sessionize.reopen_window_hourz;"
                + " did you mean sessionize.reopen_window_hours?", e.getMessage());
    }

    @Test
    void entriesOfOpenBlocksAndEnvironmentOnlyKeysAreAccepted(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("prod.conf");
        Files.writeString(file, String.join("\n",
                "spark.conf { \"spark.executor.memory\" = \"8g\" }",
                "reference.brands.new-brand { name = \"New\", industry = \"retail\", time_zone = \"UTC\" }",
                "sessionize.inactivity_timeout_hours.whatsapp = 24",
                "catalog.metastore.url = \"jdbc:postgresql://db/metastore\"",
                "privacy.key = ${?PSEUDONYM_KEY_OF_PROD}", ""));
        AppConfig config = AppConfig.from(ConfigLoader.load(Optional.of(file.toString())));
        assertEquals(24.0, config.sessionize().inactivityTimeoutHours().get("whatsapp"), 0.0);
    }

    @Test
    void aLargeDayShufflesIntoOnePartitionPerConfiguredLinesAndASmallOneIntoTheConfiguredNumber() {
        // Built directly: the test session sets spark.shuffle_partitions as a system property, which wins over files.
        assertEquals(250_000L, AppConfig.from(ConfigLoader.load(Optional.empty())).spark().linesPerShufflePartition());
        AppConfig.SparkSettings spark = new AppConfig.SparkSettings(Optional.empty(), "test", 4, 250_000L, 100_000L, Map.of());
        assertEquals(4, spark.shufflePartitionsFor(0));
        assertEquals(4, spark.shufflePartitionsFor(1_000_000));
        assertEquals(5, spark.shufflePartitionsFor(1_000_001));
        // The 10M-message day of scripts/bench: 12,592,475 lines.
        assertEquals(51, spark.shufflePartitionsFor(12_592_475));
    }

    @Test
    void aSmallDayRunsWithoutCodeGenerationAndALargeOneWithIt() {
        assertEquals(100_000L, AppConfig.from(ConfigLoader.load(Optional.empty())).spark().codegenFromLines());
        AppConfig.SparkSettings spark = new AppConfig.SparkSettings(Optional.empty(), "test", 4, 250_000L, 100_000L, Map.of());
        assertFalse(spark.compilesCodeFor(0));
        assertFalse(spark.compilesCodeFor(99_999));
        assertTrue(spark.compilesCodeFor(100_000));
        AppConfig.SparkSettings always = new AppConfig.SparkSettings(Optional.empty(), "test", 4, 250_000L, 0L, Map.of());
        assertTrue(always.compilesCodeFor(0));
    }

    @Test
    void aNegativeCodegenThresholdFailsInOneLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("prod.conf");
        Files.writeString(file, "spark.codegen_from_lines = -1\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AppConfig.from(ConfigLoader.load(Optional.of(file.toString()))));
        assertEquals("config spark.codegen_from_lines must be 0 or more, got -1", e.getMessage());
    }

    @Test
    void aKeyFarFromEveryKnownOneGetsNoSuggestion(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("prod.conf");
        Files.writeString(file, "completely_unrelated_setting = 1\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ConfigLoader.load(Optional.of(file.toString())));
        assertEquals("config file " + file + ": unknown key completely_unrelated_setting", e.getMessage());
    }

    @Test
    void aSparkMasterSparkCannotParseFailsInOneLine() {
        // On top of every layer: the test JVM's system properties carry the suite's own master.
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AppConfig.from(
                ConfigFactory.parseString("spark.master = \"bogus://nowhere\"").withFallback(ConfigLoader.load(Optional.empty()))));
        assertEquals("config spark.master must be local, local[N], local[*], spark://HOST:PORT, yarn or k8s://URL"
                + " (or unset under spark-submit), got 'bogus://nowhere'", e.getMessage());
        for (String ok : java.util.List.of("local", "local[2]", "local[*]", "local[4, 2]", "spark://localhost:7077", "yarn",
                "k8s://https://k8s.example:443")) {
            assertEquals(Optional.of(ok), AppConfig.from(ConfigFactory.parseString("spark.master = \"" + ok + "\"")
                    .withFallback(ConfigLoader.load(Optional.empty()))).spark().master(), ok);
        }
    }
}
