package org.socialcare.warehouse.quality;

import org.socialcare.warehouse.infra.ops.QualityResult;
import org.socialcare.warehouse.ingest.IngestCounts;
import org.socialcare.warehouse.ingest.source.DumpFiles;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The checks on what an ingest read and kept. */
public final class IngestChecks {
    private IngestChecks() {
    }

    public static List<QualityResult> of(IngestCounts counts) {
        List<QualityResult> results = new ArrayList<>();
        results.add(new QualityResult("lines_reconcile", counts.lines().reconciles(), counts.lines().reconciliation()));
        List<DumpFiles.Skipped> skipped = counts.skippedFiles();
        // Informational: every entry of the dump folder is either read or listed here with the reason.
        results.add(new QualityResult("files_not_read", true, skipped.isEmpty()
                ? "every entry of the dump folder was read"
                : skipped.size() + " entries of the dump folder not read: " + skipped.stream()
                .map(s -> s.path().substring(s.path().lastIndexOf('/') + 1) + " (" + s.reason() + ")")
                .collect(Collectors.joining("; "))));
        return results;
    }
}
