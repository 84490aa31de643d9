package org.socialcare.warehouse.pipeline;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.socialcare.warehouse.infra.catalog.WarehouseTable;
import org.socialcare.warehouse.testing.ChildRun;
import org.socialcare.warehouse.testing.SparkTestSession;
import org.socialcare.warehouse.testing.WarehouseFolders;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The cluster path, with the real parts (scripts/cluster): a Spark standalone master and two workers
 * (executors in their own JVMs), the jar run by spark-submit in client mode, landing folder and
 * warehouse on s3a:// (S3Proxy), the catalog in PostgreSQL. A backfill of the same generated landing
 * folder, two dates, run embedded (java -jar, local files, Derby) and on the cluster must give equal
 * tables, cell for cell; then the Thrift server, submitted to the cluster against the PostgreSQL
 * metastore, answers a JDBC query on them. Ports are apart from scripts/cluster's defaults, so that
 * a developer's own cluster may keep running.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClusterPathIT {
    private static final String DAY1 = "2026-11-16";
    private static final String DAY2 = "2026-11-17";
    private static final String BUCKET = "s3a://social-care";
    private static final int THRIFT_PORT = 10_110;
    /** Columns naming the run or the file a row came from: a run id, and a local path beside an s3a:// URI. */
    private static final Set<String> RUN_AND_FILE = Set.of("ingest_run_id", "source_file");

    private final SparkSession spark = SparkTestSession.get();
    private Path root;
    private Path logs;
    private Path landing;
    private Path clusterHome;
    private Map<String, String> clusterEnv;

    @BeforeAll
    void landingFolder() throws Exception {
        root = Files.createTempDirectory("social-care-cluster-test");
        // PostgreSQL runs as its own user when the tests run as root: it must reach its folder.
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
        logs = root.resolve("logs");
        landing = root.resolve("landing");
        clusterHome = root.resolve("cluster");
        clusterEnv = Map.of("SOCIAL_CARE_CLUSTER_HOME", clusterHome.toString(),
                "SOCIAL_CARE_CLUSTER_MASTER_PORT", "7277", "SOCIAL_CARE_CLUSTER_UI_PORT", "8280",
                "SOCIAL_CARE_CLUSTER_S3_PORT", "9200", "SOCIAL_CARE_CLUSTER_PG_PORT", "5443");
        ChildRun.start("generate", logs, Map.of(), "generate-sample", "--out", landing.toString(),
                "--days", "2", "--messages-per-day", "300", "--start-date", DAY1).succeeds();
    }

    @AfterAll
    void stopCluster() {
        ChildRun.script("cluster-stop", logs, clusterEnv, "cluster", "stop").exitCode();
    }

    @Test
    void aClusterRunOnS3AndPostgresEqualsTheEmbeddedRunAndTheThriftServerServesIt() throws Exception {
        Path embedded = root.resolve("embedded");
        Instant t0 = Instant.now();
        ChildRun.start("embedded-backfill", logs, Map.of("SOCIAL_CARE_METASTORE", "embedded"), "backfill",
                "--from", DAY1, "--to", DAY2, "--landing", landing.toString(), "--warehouse", embedded.toString()).succeeds();
        Duration embeddedTime = Duration.between(t0, Instant.now());

        ChildRun.script("cluster-start", logs, clusterEnv, "cluster", "start").succeeds();
        ChildRun.script("cluster-put", logs, clusterEnv, "cluster", "put", landing.toString(), BUCKET + "/landing")
                .succeeds();
        Instant t1 = Instant.now();
        ChildRun run = ChildRun.script("cluster-backfill", logs, clusterEnv, "cluster", "submit", "backfill",
                "--from", DAY1, "--to", DAY2, "--landing", BUCKET + "/landing", "--warehouse", BUCKET + "/warehouse")
                .succeeds();
        Duration clusterTime = Duration.between(t1, Instant.now());
        System.out.printf("backfill of %s..%s: embedded %d s, cluster %d s%n", DAY1, DAY2, embeddedTime.toSeconds(),
                clusterTime.toSeconds());
        assertTrue(run.logText().contains("--master spark://127.0.0.1:7277 --deploy-mode client"), "not spark-submit:\n"
                + run.logText().lines().limit(3).toList());

        // S3Proxy's filesystem backend keeps each object as a file: the bucket's warehouse, read as local tables.
        Path clusterWarehouse = clusterHome.resolve("s3").resolve("social-care").resolve("warehouse");
        WarehouseFolders.assertSameTables(spark, embedded, clusterWarehouse, RUN_AND_FILE);
        List<Row> sources = spark.read().format("delta")
                .load(WarehouseTable.BRONZE_MESSAGES.location(clusterWarehouse.toString()))
                .selectExpr("min(source_file)", "max(source_file)", "count(*)").collectAsList();
        assertTrue(sources.get(0).getString(0).startsWith(BUCKET + "/landing/" + DAY1 + "/"), sources.toString());
        assertTrue(sources.get(0).getString(1).startsWith(BUCKET + "/landing/" + DAY2 + "/"), sources.toString());

        Row expected = spark.read().format("delta").load(WarehouseTable.GOLD_AGG_CHANNEL_DAILY.location(embedded.toString()))
                .selectExpr("count(*)", "sum(conversations)").first();
        ChildRun thrift = ChildRun.script("cluster-thrift-server", logs, clusterEnv, "cluster", "submit", "thrift-server",
                "--warehouse", BUCKET + "/warehouse", "--port", String.valueOf(THRIFT_PORT));
        try {
            thrift.awaitLine("serving warehouse");
            try (Connection jdbc = DriverManager.getConnection("jdbc:hive2://localhost:" + THRIFT_PORT + "/default",
                    "analyst", "");
                 Statement st = jdbc.createStatement();
                 ResultSet rs = st.executeQuery("select count(*), sum(conversations) from gold.agg_channel_daily")) {
                assertTrue(rs.next());
                assertEquals(expected.getLong(0), rs.getLong(1));
                assertEquals(expected.getLong(1), rs.getLong(2));
                assertTrue(rs.getLong(2) > 0, "no conversations served");
            }
        } finally {
            thrift.stop();
        }
    }
}
