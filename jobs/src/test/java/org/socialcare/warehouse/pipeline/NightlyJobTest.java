package org.socialcare.warehouse.pipeline;

import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialcare.warehouse.infra.ops.ProcessLiveness;
import org.socialcare.warehouse.infra.ops.RunAudit;
import org.socialcare.warehouse.infra.ops.RunRecord;
import org.socialcare.warehouse.infra.spark.CodeGeneration;
import org.socialcare.warehouse.testing.TestWarehouse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.socialcare.warehouse.testing.Records.message;

/** The nightly job as a whole: its audit row, whatever happens to the run. */
class NightlyJobTest {
    static final LocalDate D1 = LocalDate.of(2026, 11, 20);
    static final LocalDate D2 = LocalDate.of(2026, 11, 21);

    @TempDir
    Path tmp;
    TestWarehouse wh;

    @BeforeEach
    void setUp() {
        wh = new TestWarehouse(tmp);
    }

    private Object nightly(LocalDate date) {
        return wh.nightly(date);
    }

    private List<String> strings(String sql) {
        return wh.rows(sql).stream().map(Row::toString).toList();
    }

    @Test
    void auditRowOfEachRunReconciles() {
        wh.writeDump(D1, "a.jsonl", List.of(
                message("m1", "facebook", "in", "c1", "2026-11-20T10:00:00Z"),
                message("m1", "facebook", "in", "c1", "2026-11-20T10:00:00Z"),
                "{oops"));
        nightly(D1);
        nightly(D1);

        assertEquals(List.of(
                        "[nightly,2026-11-20,succeeded,3,1,1,1,true,true]",
                        "[nightly,2026-11-20,succeeded,3,0,2,1,true,true]"),
                strings("SELECT job, CAST(run_date AS STRING), status, lines_read, rows_accepted, duplicates, "
                        + "rows_quarantined, lines_read = rows_accepted + duplicates + rows_quarantined, "
                        + "quality_results[0].passed FROM ops.run_audit ORDER BY started_at"));
        assertEquals(List.of("[1,1]"), strings("SELECT rows_written['bronze.messages'], "
                + "rows_written['bronze.quarantine'] FROM ops.run_audit ORDER BY started_at LIMIT 1"));
        // The 3-line day ran silver and gold without code generation; the session has Spark's settings back.
        assertEquals("true", wh.spark.conf().get(CodeGeneration.WHOLE_STAGE));
        assertEquals("FALLBACK", wh.spark.conf().get(CodeGeneration.FACTORY_MODE));
    }

    @Test
    void aMissingDumpFolderFailsTheRunWithAClearMessageAndIsAudited() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> nightly(D2));
        assertTrue(e.getMessage().startsWith("no dump folder for 2026-11-21: "), e.getMessage());
        assertEquals(List.of("[failed,true]"), strings("SELECT status, error LIKE 'no dump folder for 2026-11-21%' "
                + "FROM ops.run_audit"));
    }

    /**
     * A run whose process died (here: recorded as running by a pid that does not exist on this host)
     * is marked interrupted by the next run, which names it as the run it recovered and deletes its
     * work folder. The dump holds no record (a dump of one blank line, quarantined): what the run
     * records about the dead one does not depend on what it ingests, and the run stays short.
     */
    @Test
    void aDeadRunIsMarkedInterruptedAndItsReRunSaysSo() throws Exception {
        wh.writeDump(D1, "a.jsonl", List.of(""));
        wh.use();
        String dead = "nightly-2026-11-20-dead0001";
        new RunAudit(wh.spark, 2, Duration.ofHours(24)).start(RunRecord.started(dead, NightlyJob.JOB, D1, "canonical",
                Instant.now().minusSeconds(600), ProcessLiveness.host(), 999_999_999L));
        Path leftover = Files.createDirectories(Path.of(java.net.URI.create(wh.root)).resolve("_work").resolve(dead).resolve("silver"));

        RunRecord rerun = wh.nightly(D1);

        assertEquals(Optional.of(dead), rerun.recoveredRunId());
        assertEquals(List.of("[" + dead + ",interrupted,null]", "[" + rerun.runId() + ",succeeded," + dead + "]"),
                strings("SELECT run_id, status, recovered_run_id FROM ops.run_audit ORDER BY started_at"));
        assertFalse(Files.exists(leftover.getParent()), "work folder of the dead run is deleted");
    }
}
