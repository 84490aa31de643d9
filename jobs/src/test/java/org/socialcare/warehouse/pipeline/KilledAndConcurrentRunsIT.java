package org.socialcare.warehouse.pipeline;

import org.apache.derby.drda.NetworkServerControl;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.socialcare.warehouse.infra.catalog.WarehouseTable;
import org.socialcare.warehouse.infra.ops.PublishLock;
import org.socialcare.warehouse.testing.ChildRun;
import org.socialcare.warehouse.testing.SparkTestSession;
import org.socialcare.warehouse.testing.WarehouseFolders;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The nightly job as separate processes, the way a scheduler runs it: killed in each stage and re-run,
 * and two dates at once in either order. Every bronze, silver and gold table must end equal to a
 * clean serial run's. One generated landing folder of three days (about 1,300 lines); the serial
 * warehouse is copied after day 1 and day 2 to compare against and to start from.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KilledAndConcurrentRunsIT {
    private static final String DAY1 = "2026-11-16";
    private static final String DAY2 = "2026-11-17";
    private static final String DAY3 = "2026-11-18";
    /** Columns naming the run that wrote a row: a re-run or another order writes other ids. */
    private static final Set<String> RUN_IDS = Set.of("ingest_run_id");

    private final SparkSession spark = SparkTestSession.get();
    private Path root;
    private Path landing;
    private Path serial;
    private Path serialAfterDay1;
    private Path serialAfterDay2;

    @BeforeAll
    void serialRun() throws Exception {
        root = Files.createTempDirectory("social-care-process-test");
        landing = root.resolve("landing");
        ChildRun.start("generate", root.resolve("logs"), Map.of(), "generate-sample", "--out", landing.toString(),
                "--days", "3", "--messages-per-day", "300", "--start-date", DAY1).succeeds();
        serial = root.resolve("serial");
        serialAfterDay1 = root.resolve("serial-after-day1");
        serialAfterDay2 = root.resolve("serial-after-day2");
        nightly("serial-" + DAY1, serial, DAY1, embedded()).succeeds();
        WarehouseFolders.copy(serial, serialAfterDay1);
        nightly("serial-" + DAY2, serial, DAY2, embedded()).succeeds();
        WarehouseFolders.copy(serial, serialAfterDay2);
        nightly("serial-" + DAY3, serial, DAY3, embedded()).succeeds();
    }

    @Test
    void aRunKilledInAnyStageIsRedoneByItsReRunToTheCleanResult() {
        Path warehouse = root.resolve("killed");
        // Day 1 into a new warehouse: killed while starting, creating its tables (before it could
        // record itself: the audit table is one of them).
        nightly("killed-start", warehouse, DAY1, embedded()).awaitLine("catalog: registering")
                .killAfter(Duration.ofSeconds(2));
        nightly("rerun-" + DAY1, warehouse, DAY1, embedded()).succeeds();
        WarehouseFolders.assertSameTables(spark, serialAfterDay1, warehouse, RUN_IDS);

        // Day 2: killed in bronze, its re-run killed in silver, that one's re-run killed in gold.
        nightly("killed-bronze", warehouse, DAY2, embedded()).awaitLine("start done in")
                .killAfter(Duration.ofSeconds(2));
        nightly("killed-silver", warehouse, DAY2, embedded()).awaitLine("bronze done in")
                .killAfter(Duration.ofSeconds(3));
        nightly("killed-gold", warehouse, DAY2, embedded()).awaitLine("silver done in")
                .killAfter(Duration.ofSeconds(3));
        nightly("rerun-" + DAY2, warehouse, DAY2, embedded()).succeeds();
        WarehouseFolders.assertSameTables(spark, serialAfterDay2, warehouse, RUN_IDS);

        // The audit: the three runs of day 2 that died are interrupted, each redone by the next start.
        List<Row> audit = spark.read().format("delta").load(WarehouseTable.OPS_RUN_AUDIT.location(warehouse.toString()))
                .selectExpr("cast(run_date as string)", "status", "run_id", "recovered_run_id")
                .orderBy("started_at").collectAsList();
        assertEquals(List.of(DAY1 + " succeeded", DAY2 + " interrupted", DAY2 + " interrupted",
                        DAY2 + " interrupted", DAY2 + " succeeded"),
                audit.stream().map(r -> r.getString(0) + " " + r.getString(1)).toList());
        for (int i = 1; i < audit.size(); i++) {
            if (audit.get(i - 1).getString(1).equals("interrupted")) {
                assertEquals(audit.get(i - 1).getString(2), audit.get(i).getString(3),
                        "run " + audit.get(i).getString(2) + " names the interrupted run it redid");
            }
        }
    }

    @Test
    void twoDatesRunAtOnceGiveTheSerialResultInEitherOrder() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        NetworkServerControl derby = new NetworkServerControl(InetAddress.getByName("localhost"), port);
        derby.start(new PrintWriter(Files.newBufferedWriter(root.resolve("logs").resolve("derby.log"))));
        try {
            Map<String, String> server = Map.of("SOCIAL_CARE_METASTORE", "server",
                    "SOCIAL_CARE_METASTORE_SERVER", "localhost:" + port);
            awaitDerby(derby);
            for (List<String> order : List.of(List.of(DAY3, DAY2), List.of(DAY2, DAY3))) {
                boolean day3First = order.get(0).equals(DAY3);
                String trial = "at-once-" + order.get(0) + "-first";
                Path warehouse = root.resolve(trial);
                WarehouseFolders.copy(serialAfterDay1, warehouse);
                // The first date takes the publish lock (its bronze is in) and pins the bronze versions it
                // rebuilds from; only then does the second start, so its bronze lands while the first
                // rebuilds and publishes. The first keeps the lock once published until the second has said
                // it waits (PublishLock.TEST_HOLD_ENV): the order does not depend on the runs' speeds (a CI
                // run once failed when the first had released the lock before the second asked for it).
                Path release = root.resolve(trial + ".release");
                Map<String, String> holding = new HashMap<>(server);
                holding.put(PublishLock.TEST_HOLD_ENV, release.toString());
                ChildRun first = nightly(trial + "-" + order.get(0), warehouse, order.get(0), holding)
                        .awaitLine("silver: .* keys changed, rebuilt from");
                ChildRun second = nightly(trial + "-" + order.get(1), warehouse, order.get(1), server)
                        .awaitLine("waiting for run nightly-" + order.get(0));
                Files.createFile(release);
                first.succeeds();
                second.succeeds();
                // status_as_of is the as-of of the run that last rebuilt a row: when day 3 publishes
                // first, day 2's run rebuilds as of day 3's end the conversations that serially keep
                // day 2's (nothing in them pends in time); every value it qualifies is equal.
                WarehouseFolders.assertSameTables(spark, serial, warehouse,
                        day3First ? Set.of("ingest_run_id", "status_as_of") : RUN_IDS);
            }
        } finally {
            derby.shutdown();
        }
    }

    @Test
    void aSparkJobThatFailsLeavesAFailedAuditRowWithOneLineOfError() throws Exception {
        Path warehouse = root.resolve("lost-file");
        WarehouseFolders.copy(serialAfterDay2, warehouse);
        // A data file of silver.conversations lost behind Delta's back: the next rebuild's scan fails in a task.
        Path table = Path.of(WarehouseTable.SILVER_CONVERSATIONS.location(warehouse.toString()));
        try (var files = Files.walk(table)) {
            for (Path parquet : files.filter(p -> p.toString().endsWith(".parquet")).toList()) {
                Files.delete(parquet);
            }
        }
        ChildRun run = nightly("lost-file-" + DAY3, warehouse, DAY3, embedded());
        assertEquals(1, run.exitCode());
        List<String> said = run.logText().lines().filter(l -> l.startsWith("nightly failed: ")).toList();
        assertEquals(1, said.size(), run.logText());
        assertTrue(said.get(0).contains(".parquet"), "the error names the missing file: " + said.get(0));
        assertTrue(run.logText().lines().noneMatch(l -> l.startsWith("\tat ")), "no stack trace");
        Row audit = spark.read().format("delta").load(WarehouseTable.OPS_RUN_AUDIT.location(warehouse.toString()))
                .where("run_date = '" + DAY3 + "'").selectExpr("status", "error").first();
        assertEquals("failed", audit.getString(0));
        assertTrue(audit.getString(1).contains(".parquet") && !audit.getString(1).contains("\n"), audit.getString(1));
    }

    private static void awaitDerby(NetworkServerControl derby) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            try {
                derby.ping();
                return;
            } catch (Exception notYet) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("the Derby network server did not start");
    }

    private ChildRun nightly(String name, Path warehouse, String date, Map<String, String> env) {
        return ChildRun.start(name, root.resolve("logs"), env, "nightly", "--date", date, "--landing",
                landing.toString(), "--warehouse", warehouse.toString());
    }

    private static Map<String, String> embedded() {
        return new HashMap<>(Map.of("SOCIAL_CARE_METASTORE", "embedded"));
    }

    @AfterAll
    void keepLogs() {
        System.out.println("process test folder (logs, warehouses): " + root);
    }
}
