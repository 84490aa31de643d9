package org.socialcare.warehouse.ingest;

import java.util.Map;

/**
 * What one ingest of a dump did. Measured separately: lines read at the source, rows quarantined read
 * back from bronze.quarantine, rows accepted from Delta's MERGE metrics, duplicates from the batch.
 */
public record IngestCounts(long linesRead, long rowsAccepted, long duplicates, long rowsQuarantined,
                           Map<String, Long> rowsWrittenPerTable) {

    public boolean reconciles() {
        return linesRead == rowsAccepted + duplicates + rowsQuarantined;
    }

    public String reconciliation() {
        return "read " + linesRead + " = accepted " + rowsAccepted + " + duplicates " + duplicates
                + " + quarantined " + rowsQuarantined + (reconciles() ? "" : " does NOT hold");
    }
}
