package org.socialcare.warehouse.ingest;

import org.socialcare.warehouse.infra.ops.LineCounts;
import org.socialcare.warehouse.ingest.source.DumpFiles;

import java.util.List;
import java.util.Map;

/**
 * What one ingest of a dump did: its line counts (which reconcile), the rows written per bronze
 * table, and the entries of the dump folder it did not read, with why.
 */
public record IngestCounts(LineCounts lines, Map<String, Long> rowsWrittenPerTable, List<DumpFiles.Skipped> skippedFiles) {
}
