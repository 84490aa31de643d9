package org.socialcare.warehouse.quality;

import org.socialcare.warehouse.ingest.IngestCounts;

import java.util.List;

/** The checks on what an ingest read and kept. */
public final class IngestChecks {
    private IngestChecks() {
    }

    public static List<QualityResult> of(IngestCounts counts) {
        return List.of(new QualityResult("lines_reconcile", counts.reconciles(), counts.reconciliation()));
    }
}
