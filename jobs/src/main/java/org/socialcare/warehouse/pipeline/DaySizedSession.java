package org.socialcare.warehouse.pipeline;

import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialcare.warehouse.config.AppConfig;
import org.socialcare.warehouse.infra.spark.CodeGeneration;

/**
 * The session settings of silver and gold that follow the size of the day, set once its dump is read
 * ({@link #sizeTo}) and put back to the configured ones as a run starts and ends ({@link #reset}):
 * <ul>
 * <li>the shuffle partitions: one per spark.lines_per_shuffle_partition lines at least, so each task's
 * sort of a large day fits the memory;</li>
 * <li>code generation: below spark.codegen_from_lines lines Spark evaluates the queries as they are
 * instead of compiling them to Java code first. On a small day the compiling costs more than it saves
 * (it was a third of the CPU of a small night).</li>
 * </ul>
 * The settings are the session's, so every query of the run, whatever its thread, sees them.
 */
final class DaySizedSession {
    private static final Logger LOG = LoggerFactory.getLogger(DaySizedSession.class);
    static final String SHUFFLE_PARTITIONS = "spark.sql.shuffle.partitions";
    private final SparkSession spark;
    private final AppConfig.SparkSettings settings;

    DaySizedSession(SparkSession spark, AppConfig.SparkSettings settings) {
        this.spark = spark;
        this.settings = settings;
    }

    /** The configured settings: bronze runs with them, and the session keeps them between runs. */
    void reset() {
        spark.conf().set(SHUFFLE_PARTITIONS, settings.shufflePartitions());
        spark.conf().set(CodeGeneration.WHOLE_STAGE, configured(CodeGeneration.WHOLE_STAGE, "true"));
        spark.conf().set(CodeGeneration.FACTORY_MODE, configured(CodeGeneration.FACTORY_MODE, "FALLBACK"));
    }

    /** The settings for silver and gold of a day whose dump had this many lines. */
    void sizeTo(long linesRead) {
        int partitions = settings.shufflePartitionsFor(linesRead);
        if (partitions != settings.shufflePartitions()) {
            LOG.info("silver and gold shuffle into {} partitions ({} lines read; spark.lines_per_shuffle_partition = {})",
                    partitions, linesRead, settings.linesPerShufflePartition());
        }
        spark.conf().set(SHUFFLE_PARTITIONS, partitions);
        if (!settings.compilesCodeFor(linesRead)) {
            LOG.info("silver and gold run without code generation ({} lines read; spark.codegen_from_lines = {})",
                    linesRead, settings.codegenFromLines());
            CodeGeneration.off(spark.conf());
        }
    }

    private String configured(String key, String sparkDefault) {
        return settings.extraConf().getOrDefault(key, sparkDefault);
    }
}
