package org.socialcare.warehouse.ingest;

import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialcare.warehouse.infra.ops.LineCounts;
import org.socialcare.warehouse.testing.TestWarehouse;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.socialcare.warehouse.testing.DataFrameAssertions.assertSameRows;
import static org.socialcare.warehouse.testing.Records.caseEvent;
import static org.socialcare.warehouse.testing.Records.message;
import static org.socialcare.warehouse.testing.Records.survey;

class BronzeIngestTest {
    static final LocalDate D1 = LocalDate.of(2026, 11, 20);
    static final LocalDate D2 = LocalDate.of(2026, 11, 21);

    @TempDir
    Path tmp;
    TestWarehouse wh;

    @BeforeEach
    void setUp() {
        wh = new TestWarehouse(tmp);
    }

    /** The unit under test: the ingest of one dump into bronze (no sessionization, no gold). */
    private LineCounts ingest(LocalDate date) {
        return new BronzeIngest(wh.spark, wh.config, wh.root).ingest(date, "test-run-" + date).lines();
    }

    private List<String> strings(String sql) {
        return wh.rows(sql).stream().map(Row::toString).toList();
    }

    @Test
    void everyQuarantineReasonNamesTheFieldAndTheRule() {
        wh.writeDump(D1, "a.jsonl", List.of(
                message("m1", "facebook", "in", "c1", "2026-11-20T10:00:00Z"),
                "{\"type\":\"message\",\"id\":\"m2\"",
                "",
                "{\"id\":\"m3\",\"channel\":\"facebook\"}",
                "{\"type\":\"reaction\",\"id\":\"r1\"}",
                "{\"type\":\"message\",\"id\":\"m4\",\"channel\":\"facebook\",\"brand_id\":\"acme\",\"direction\":\"in\",\"created_at\":\"2026-11-20T10:00:00Z\"}",
                message("m5", "facebook", "sideways", "c1", "2026-11-20T10:00:00Z"),
                caseEvent("e1", "facebook", "c1", "archived", "2026-11-20T10:00:00Z"),
                survey("s1", "facebook", "c1", "ces2", "3", "2026-11-20T10:00:00Z"),
                message("m6", "facebook", "in", "c1", "yesterday"),
                message("m7", "facebook", "in", "c1", "2026-11-20T10:00:00"),
                survey("s2", "facebook", "c1", "csat", "9", "2026-11-20T10:00:00Z"),
                survey("s3", "facebook", "c1", "nps", "0", "2026-11-20T10:00:00Z"),
                caseEvent("e2", "facebook", "c1", "opened", "2026-11-20T09:59:00Z"),
                message("m8", "facebook", "acme", "in", "c1", "2026-11-20T10:00:00Z", ",\"tags\":\"billing\""),
                message("m9", "facebook", "acme", "out", "c1", "2026-11-20T10:00:00Z", ",\"handle_seconds\":-5"),
                survey("s4", "facebook", "c1", "csat", "\"four\"", "2026-11-20T10:00:00Z")));

        LineCounts c = ingest(D1);

        assertEquals(List.of(
                "[2,null,not JSON: the line is not a well-formed JSON object]",
                "[3,null,blank line: expected one JSON object per line]",
                "[4,null,missing required field: type]",
                "[5,reaction,unknown type \"reaction\": expected message, case_event or survey]",
                "[6,message,missing required field: customer_id (message)]",
                "[7,message,unknown direction \"sideways\": expected in or out]",
                "[8,case_event,unknown event \"archived\": expected opened, assigned, transferred, escalated, resolved, closed or reopened]",
                "[9,survey,unknown kind \"ces2\": expected csat, ces or nps]",
                "[10,message,unparseable time: created_at \"yesterday\" is not ISO-8601 with a zone offset or Z]",
                "[11,message,unparseable time: created_at \"2026-11-20T10:00:00\" is not ISO-8601 with a zone offset or Z]",
                "[12,survey,score 9 is outside the csat scale 1.0..5.0]",
                "[15,message,tags is not an array of strings]",
                "[16,message,handle_seconds \"-5\" is not a finite number of seconds >= 0]",
                "[17,survey,score \"four\" is not a finite number]"),
                strings("SELECT line_number, record_type, reason FROM bronze.quarantine ORDER BY line_number"));
        assertEquals(List.of("[bad_time,2]", "[bad_value,3]", "[blank_line,1]", "[missing_field,2]", "[not_json,1]",
                        "[score_out_of_scale,1]", "[unknown_direction,1]", "[unknown_event,1]", "[unknown_kind,1]",
                        "[unknown_type,1]"),
                strings("SELECT reason_code, count(*) FROM bronze.quarantine GROUP BY reason_code ORDER BY reason_code"));
        assertEquals(List.of("[" + D1 + ",{\"type\":\"message\",\"id\":\"m2\"]"),
                strings("SELECT CAST(dump_date AS STRING), raw_line FROM bronze.quarantine WHERE line_number = 2"));
        assertEquals(List.of("[m1]"), strings("SELECT id FROM bronze.messages"));
        assertEquals(List.of("[e2,opened]"), strings("SELECT id, event FROM bronze.case_events"));
        assertEquals(List.of("[s3,nps,0.0,0.0,10.0]"),
                strings("SELECT id, kind, score, scale_min, scale_max FROM bronze.surveys"));
        assertEquals(List.of(17L, 3L, 0L, 14L), List.of(c.linesRead(), c.rowsAccepted(), c.duplicates(), c.rowsQuarantined()));
    }

    @Test
    void latestCreatedAtThenLatestDumpWinsAcrossDumps() {
        wh.writeDump(D1, "a.jsonl", List.of(
                message("m1", "facebook", "acme", "in", "c1", "2026-11-20T10:00:00Z", ",\"text\":\"first\""),
                message("m2", "facebook", "acme", "in", "c1", "2026-11-20T11:00:00Z", ",\"text\":\"newer\""),
                message("m3", "X", "acme", "in", "c2", "2026-11-20T12:00:00Z", ",\"text\":\"alias\""),
                message("m4", "facebook", "in", "c3", "2026-11-20T09:00:00Z"),
                message("m4", "facebook", "in", "c3", "2026-11-20T09:00:00Z")));
        wh.writeDump(D2, "a.jsonl", List.of(
                message("m1", "facebook", "acme", "in", "c1", "2026-11-20T10:00:00Z", ",\"text\":\"second\""),
                message("m2", "facebook", "acme", "in", "c1", "2026-11-20T10:30:00Z", ",\"text\":\"older\""),
                message("m3", "twitter", "acme", "in", "c2", "2026-11-20T12:00:00Z", ",\"text\":\"alias again\""),
                message("m5", "facebook", "in", "c4", "2026-11-18T08:00:00+01:00")));

        LineCounts first = ingest(D1);
        LineCounts second = ingest(D2);

        assertEquals(List.of(5L, 4L, 1L, 0L),
                List.of(first.linesRead(), first.rowsAccepted(), first.duplicates(), first.rowsQuarantined()));
        assertEquals(List.of(4L, 3L, 1L, 0L),
                List.of(second.linesRead(), second.rowsAccepted(), second.duplicates(), second.rowsQuarantined()));
        assertEquals(List.of(
                        "[m1,facebook,second,2026-11-20 10:00:00,2026-11-20,2026-11-21]",
                        "[m2,facebook,newer,2026-11-20 11:00:00,2026-11-20,2026-11-20]",
                        "[m3,twitter,alias again,2026-11-20 12:00:00,2026-11-20,2026-11-21]",
                        "[m4,facebook,null,2026-11-20 09:00:00,2026-11-20,2026-11-20]",
                        "[m5,facebook,null,2026-11-18 07:00:00,2026-11-18,2026-11-21]"),
                strings("SELECT id, channel, text, CAST(created_at AS STRING), CAST(created_date AS STRING), "
                        + "CAST(dump_date AS STRING) FROM bronze.messages ORDER BY id"));
    }

    @Test
    void reingestingTheSameDumpLeavesEveryBronzeTableUnchanged() {
        wh.writeDump(D1, "a.jsonl", List.of(
                message("m1", "facebook", "in", "c1", "2026-11-20T10:00:00Z"),
                message("m2", "facebook", "out", "c1", "2026-11-20T10:05:00Z"),
                caseEvent("e1", "facebook", "c1", "resolved", "2026-11-20T10:06:00Z"),
                survey("s1", "facebook", "c1", "csat", "4", "2026-11-20T10:07:00Z"),
                "not json"));
        ingest(D1);
        List<String> tables = List.of("bronze.messages", "bronze.case_events", "bronze.surveys", "bronze.quarantine");
        List<List<Row>> before = tables.stream().map(t -> wh.table(t).collectAsList()).toList();

        LineCounts again = ingest(D1);

        assertEquals(List.of(5L, 0L, 4L, 1L),
                List.of(again.linesRead(), again.rowsAccepted(), again.duplicates(), again.rowsQuarantined()));
        for (int i = 0; i < tables.size(); i++) {
            assertSameRows(wh.spark.createDataFrame(before.get(i), wh.table(tables.get(i)).schema()),
                    wh.table(tables.get(i)));
        }
    }

    @Test
    void readsGzipFilesAndQuarantinesAnUnreadableOneByName() throws Exception {
        wh.writeDump(D1, "part-1.jsonl.gz", List.of(
                message("m1", "facebook", "in", "c1", "2026-11-20T10:00:00Z"),
                message("m2", "viber", "in", "c2", "2026-11-20T11:00:00Z")));
        Path dir = wh.landing.resolve(D1.toString());
        Files.writeString(dir.resolve("part-2.jsonl.gz"), "this is not gzip", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("README.txt"), "not a dump file", StandardCharsets.UTF_8);

        LineCounts c = ingest(D1);

        assertEquals(List.of(3L, 2L, 0L, 1L), List.of(c.linesRead(), c.rowsAccepted(), c.duplicates(), c.rowsQuarantined()));
        assertEquals(List.of("[m1,facebook]", "[m2,viber]"), strings("SELECT id, channel FROM bronze.messages ORDER BY id"));
        List<Row> q = wh.rows("SELECT source_file, line_number, reason FROM bronze.quarantine");
        assertEquals(1, q.size());
        assertTrue(q.get(0).getString(0).endsWith("/" + D1 + "/part-2.jsonl.gz"), q.get(0).getString(0));
        assertEquals(1L, q.get(0).getLong(1));
        assertEquals("unreadable file: ZipException: Not in GZIP format; the rest of the file was not read",
                q.get(0).getString(2));
    }

    /**
     * One line of each class of bad input that used to kill the run, poison gold or vanish (issue 16),
     * the expected reason code of each line written beside it; the counts reconcile.
     */
    @Test
    void everyClassOfBadInputIsQuarantinedWithItsReasonOrReportedAsNotRead() throws Exception {
        Path dir = Files.createDirectories(wh.landing.resolve(D1.toString()));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});                        // BOM: skipped
        List<String> lines = List.of(
                message("m1", "facebook", "in", "c1", "2026-11-20T10:00:00Z"),                     // 1 accepted
                message("m2", "facebook", "in", "c1", "1500-01-01T00:00:00Z"),                     // 2 bad_time
                message("m3", "facebook", "in", "c1", "0001-01-01T00:00:00Z"),                     // 3 bad_time
                message("m4", "facebook", "in", "c1", "9999-12-31T23:59:59Z"),                     // 4 bad_time
                message("m5", "facebook", "acme", "out", "c1", "2026-11-20T10:01:00Z",
                        ",\"handle_seconds\":\"NaN\""),                                          // 5 bad_value
                message("m6", "facebook", "in", "c1", "2026-11-20T10:02:00Z")
                        + message("m7", "facebook", "in", "c1", "2026-11-20T10:03:00Z"),           // 6 not_json
                "   \t ",                                                                          // 7 blank_line
                message("m\\ud800", "facebook", "in", "c1", "2026-11-20T10:04:00Z"));             // 8 bad_encoding
        bytes.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        bytes.write("{\"type\":\"message\",\"id\":\"m".getBytes(StandardCharsets.UTF_8));     // 9 bad_encoding
        bytes.write(new byte[] {(byte) 0xC3, (byte) 0x28});
        bytes.write("\"}\n".getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("a.jsonl"), bytes.toByteArray());
        // A gzip cut short: the lines before the fault are kept, the fault is one quarantine row.
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            for (int i = 0; i < 200; i++) {
                out.write((message("g" + i, "viber", "in", "c" + i, "2026-11-20T11:00:00Z") + "\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
        }
        byte[] whole = gz.toByteArray();
        Files.write(dir.resolve("b.jsonl.gz"), java.util.Arrays.copyOf(whole, whole.length - 12));
        for (String notRead : List.of("c.json", "d.JSONL", "e.jsonl.bak", "f.jsonl.zip")) {
            Files.writeString(dir.resolve(notRead), message("x", "facebook", "in", "c1", "2026-11-20T10:00:00Z"));
        }
        Files.createDirectories(dir.resolve("g.jsonl"));
        Files.createSymbolicLink(dir.resolve("h.jsonl"), dir.resolve("missing.jsonl"));
        Files.createSymbolicLink(dir.resolve("i.jsonl"), dir.resolve("j.jsonl"));
        Files.createSymbolicLink(dir.resolve("j.jsonl"), dir.resolve("i.jsonl"));

        IngestCounts counts = new BronzeIngest(wh.spark, wh.config, wh.root).ingest(D1, "test-run");

        assertEquals(List.of("[2,bad_time]", "[3,bad_time]", "[4,bad_time]", "[5,bad_value]", "[6,not_json]",
                        "[7,blank_line]", "[8,bad_encoding]", "[9,bad_encoding]"),
                strings("SELECT line_number, reason_code FROM bronze.quarantine "
                        + "WHERE source_file LIKE '%/a.jsonl' ORDER BY line_number"));
        List<Row> gzipFault = wh.rows("SELECT reason_code FROM bronze.quarantine WHERE source_file LIKE '%/b.jsonl.gz'");
        assertEquals(List.of("unreadable_file"), gzipFault.stream().map(r -> r.getString(0)).toList());
        long keptBeforeFault = wh.rows("SELECT id FROM bronze.messages WHERE channel = 'viber'").size();
        assertTrue(keptBeforeFault > 150 && keptBeforeFault < 200, "lines before the gzip fault: " + keptBeforeFault);
        assertEquals(List.of("[m1]"), strings("SELECT id FROM bronze.messages WHERE channel = 'facebook'"));
        LineCounts c = counts.lines();
        assertEquals(List.of(9L + keptBeforeFault + 1, 1L + keptBeforeFault, 0L, 9L),
                List.of(c.linesRead(), c.rowsAccepted(), c.duplicates(), c.rowsQuarantined()));
        String notDump = "its name does not end in .jsonl or .jsonl.gz (endings are case-sensitive)";
        assertEquals(List.of("c.json: " + notDump, "d.JSONL: " + notDump, "e.jsonl.bak: " + notDump, "f.jsonl.zip: " + notDump,
                        "g.jsonl: a folder, not a file (dump files lie directly in the dump folder)",
                        "h.jsonl: a symbolic link to " + dir.resolve("missing.jsonl") + ", which does not exist",
                        "i.jsonl: a symbolic link that cannot be followed", "j.jsonl: a symbolic link that cannot be followed"),
                counts.skippedFiles().stream()
                        // the loop's reason ends in the operating system's words, in parentheses
                        .map(f -> Path.of(java.net.URI.create(f.path())).getFileName() + ": "
                                + f.reason().replaceFirst("^(a symbolic link that cannot be followed) \\(.*\\)$", "$1"))
                        .sorted().toList());
    }
}
