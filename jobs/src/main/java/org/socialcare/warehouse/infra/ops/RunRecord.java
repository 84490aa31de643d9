package org.socialcare.warehouse.infra.ops;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One row of ops.run_audit. A run is recorded when it starts (status running) and again when it
 * ends (succeeded or failed); a run that a later start finds still running with its process gone is
 * marked interrupted, and the later run names it in recoveredRunId.
 *
 * @param counts        the ingest's line counts, empty when the run failed before it had them
 * @param rowsWritten   rows inserted or updated per table
 * @param stages        seconds and rows per stage, in the order the stages ran
 * @param tableVersions Delta version of each gold table after the run (what BI reads)
 */
public record RunRecord(String runId, String job, LocalDate runDate, String inputFormat, Instant startedAt,
                        Optional<Instant> endedAt, String status, Optional<String> error, Optional<LineCounts> counts,
                        Map<String, Long> rowsWritten, List<QualityResult> qualityResults,
                        Map<String, StageMetric> stages, String host, long pid, Optional<String> recoveredRunId,
                        Map<String, Long> tableVersions) {
    public static final String RUNNING = "running";
    public static final String SUCCEEDED = "succeeded";
    public static final String FAILED = "failed";
    public static final String INTERRUPTED = "interrupted";

    /** A run that has just started. */
    public static RunRecord started(String runId, String job, LocalDate runDate, String inputFormat, Instant startedAt,
                                    String host, long pid) {
        return new RunRecord(runId, job, runDate, inputFormat, startedAt, Optional.empty(), RUNNING, Optional.empty(),
                Optional.empty(), Map.of(), List.of(), Map.of(), host, pid, Optional.empty(), Map.of());
    }

    public RunRecord recovered(Optional<String> interruptedRunId) {
        return new RunRecord(runId, job, runDate, inputFormat, startedAt, endedAt, status, error, counts, rowsWritten,
                qualityResults, stages, host, pid, interruptedRunId, tableVersions);
    }

    /** The run as it ended. */
    public RunRecord ended(Instant at, String endStatus, Optional<String> endError, Optional<LineCounts> endCounts,
                           Map<String, Long> written, List<QualityResult> checks, Map<String, StageMetric> stageMetrics,
                           Map<String, Long> versions) {
        return new RunRecord(runId, job, runDate, inputFormat, startedAt, Optional.of(at), endStatus, endError, endCounts,
                Map.copyOf(written), List.copyOf(checks), stageMetrics, host, pid, recoveredRunId, Map.copyOf(versions));
    }
}
