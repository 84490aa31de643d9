package org.socialcare.warehouse.pipeline;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.socialcare.warehouse.config.AppConfig;
import org.socialcare.warehouse.infra.spark.CodeGeneration;
import org.socialcare.warehouse.testing.SparkTestSession;

import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DaySizedSessionTest {
    private final SparkSession spark = SparkTestSession.get();
    private final AppConfig.SparkSettings settings =
            new AppConfig.SparkSettings(Optional.empty(), "test", 3, 1_000L, 500L, Map.of());

    @AfterEach
    void backToTheSuitesSettings() {
        new DaySizedSession(spark, SparkTestSession.baseConfig().spark()).reset();
    }

    @Test
    void aSmallDayRunsInterpretedInTheConfiguredPartitions() {
        DaySizedSession session = new DaySizedSession(spark, settings);
        session.sizeTo(499);
        assertEquals("3", conf(DaySizedSession.SHUFFLE_PARTITIONS));
        assertEquals("false", conf(CodeGeneration.WHOLE_STAGE));
        assertEquals("NO_CODEGEN", conf(CodeGeneration.FACTORY_MODE));
        // The next run starts from the configured settings again.
        session.reset();
        assertEquals("3", conf(DaySizedSession.SHUFFLE_PARTITIONS));
        assertEquals("true", conf(CodeGeneration.WHOLE_STAGE));
        assertEquals("FALLBACK", conf(CodeGeneration.FACTORY_MODE));
    }

    @Test
    void aLargeDayCompilesInOnePartitionPerConfiguredLines() {
        DaySizedSession session = new DaySizedSession(spark, settings);
        session.reset();
        session.sizeTo(4_500);
        assertEquals("5", conf(DaySizedSession.SHUFFLE_PARTITIONS));
        assertEquals("true", conf(CodeGeneration.WHOLE_STAGE));
        assertEquals("FALLBACK", conf(CodeGeneration.FACTORY_MODE));
    }

    @Test
    void theConfiguredCodegenSettingsAreTheOnesARunStartsFrom() {
        AppConfig.SparkSettings interpreted = new AppConfig.SparkSettings(Optional.empty(), "test", 3, 1_000L, 0L,
                Map.of(CodeGeneration.WHOLE_STAGE, "false"));
        new DaySizedSession(spark, interpreted).reset();
        assertEquals("false", conf(CodeGeneration.WHOLE_STAGE));
    }

    private String conf(String key) {
        return spark.conf().get(key);
    }
}
