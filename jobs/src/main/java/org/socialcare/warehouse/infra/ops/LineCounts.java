package org.socialcare.warehouse.infra.ops;

/**
 * What one ingest read and kept, measured separately so that the reconciliation means something:
 * lines read at the source, rows accepted from the bronze writes' metrics, rows quarantined from the
 * quarantine write's metrics, duplicates the valid lines that changed no record.
 */
public record LineCounts(long linesRead, long rowsAccepted, long duplicates, long rowsQuarantined) {
    public boolean reconciles() {
        return linesRead == rowsAccepted + duplicates + rowsQuarantined;
    }

    public String reconciliation() {
        return "read " + linesRead + " = accepted " + rowsAccepted + " + duplicates " + duplicates
                + " + quarantined " + rowsQuarantined + (reconciles() ? "" : " does NOT hold");
    }
}
