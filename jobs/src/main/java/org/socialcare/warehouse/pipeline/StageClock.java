package org.socialcare.warehouse.pipeline;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialcare.warehouse.infra.ops.StageMetric;

import java.lang.management.ManagementFactory;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * Times the stages of one run and logs one progress line as each ends (elapsed seconds and rows), so
 * that a data engineer watching a long night sees where it is; the times go to ops.run_audit.
 */
final class StageClock {
    private static final Logger LOG = LoggerFactory.getLogger(StageClock.class);
    /** The first run of a process counts its start from the JVM's start (Spark and the catalog included). */
    private static final AtomicBoolean FIRST_RUN = new AtomicBoolean(true);

    private final String label;
    private final Map<String, StageMetric> stages = new LinkedHashMap<>();
    private long stageStartNanos;

    StageClock(String label) {
        this.label = label;
        long jvmStartMillis = ManagementFactory.getRuntimeMXBean().getStartTime();
        long sinceJvmStartNanos = (System.currentTimeMillis() - jvmStartMillis) * 1_000_000L;
        this.stageStartNanos = System.nanoTime() - (FIRST_RUN.getAndSet(false) ? sinceJvmStartNanos : 0);
    }

    /** Runs a stage, records its time and the rows the function reads off its result. */
    <T> T stage(String name, Supplier<T> work, ToLongFunction<T> rows) {
        T result = work.get();
        end(name, rows.applyAsLong(result));
        return result;
    }

    /** Ends the stage that began when the previous one ended. */
    void end(String name, long rows) {
        long now = System.nanoTime();
        double seconds = Math.round((now - stageStartNanos) / 1e7) / 100.0;
        stages.put(name, new StageMetric(seconds, rows));
        stageStartNanos = now;
        LOG.info("{}: {} done in {} s ({} rows)", label, name, seconds, String.format("%,d", rows));
    }

    Map<String, StageMetric> stages() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(stages));
    }
}
