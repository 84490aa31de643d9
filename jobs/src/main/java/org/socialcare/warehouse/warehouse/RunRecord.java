package org.socialcare.warehouse.warehouse;

import org.socialcare.warehouse.ingest.IngestCounts;
import org.socialcare.warehouse.quality.QualityResult;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** One row of ops.run_audit. Counts are empty when a run failed before it had them; rowsWritten per table. */
public record RunRecord(String runId, String job, LocalDate runDate, String inputFormat, Instant startedAt,
                        Instant endedAt, String status, Optional<String> error, Optional<IngestCounts> counts,
                        java.util.Map<String, Long> rowsWritten, List<QualityResult> qualityResults) {
    public static final String SUCCEEDED = "succeeded";
    public static final String FAILED = "failed";
}
