package org.socialcare.warehouse.infra.catalog;

import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialcare.warehouse.testing.SparkTestSession;
import org.socialcare.warehouse.testing.TestWarehouse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TableCatalogTest {
    @TempDir
    Path tmp;

    @Test
    void reRegisteringRestoresStaleCommentsRecreatesAWipedTableAndDuplicatesNothing() throws Exception {
        TestWarehouse wh = new TestWarehouse(tmp);
        wh.spark.sql("ALTER TABLE gold.benchmarks ALTER COLUMN unit COMMENT 'stale'");
        wh.spark.sql("COMMENT ON TABLE gold.benchmarks IS 'stale'");
        // As if the warehouse had been registered from older DDL files: the next start syncs it.
        TableCatalog.setOpsProperty(wh.spark, TableCatalog.FINGERPRINT_PROPERTY, "older-ddl");
        Path pipelineState = tmp.resolve("warehouse/ops/pipeline_state");
        deleteTree(pipelineState);

        TableCatalog.register(wh.spark, wh.config.paths().warehouse(), 1, 1);
        TableCatalog.register(wh.spark, wh.config.paths().warehouse(), 1, 1);

        assertEquals("seconds, fraction (0..1), score, index or a currency.", comment("gold.benchmarks", "unit", wh));
        assertEquals("Published benchmarks. Grain: metric, scope, scope_value. Source: config benchmarks. "
                + "Refresh: replaced by every nightly run.", wh.spark.catalog().getTable("gold.benchmarks").description());
        assertTrue(Files.isDirectory(pipelineState.resolve("_delta_log")), "the wiped table is created again");
        assertEquals(List.of("0"), wh.csv("SELECT count(*) FROM ops.pipeline_state"));
        assertEquals(List.of("agg_agent_daily", "agg_backlog_daily", "agg_channel_daily", "agg_hourly_volume", "agg_industry_daily",
                "benchmarks", "cost_per_contact_monthly", "fact_conversation", "fact_reply", "top_quick_replies_daily",
                "top_topics_daily"), TableCatalog.tablesIn(wh.spark, "gold"));
        assertEquals(org.socialcare.warehouse.bi.BiViews.VIEWS.stream().sorted().toList(), TableCatalog.tablesIn(wh.spark, "bi"));
    }

    @Test
    void aTableWhoseCreationWasKilledBeforeItsFirstCommitIsCreatedAgain() throws Exception {
        // What a run killed while creating bronze.messages leaves: Delta's log folders, no commit.
        Path messages = tmp.resolve("killed/warehouse/bronze/messages");
        Files.createDirectories(messages.resolve("_delta_log/_commits"));

        TestWarehouse wh = new TestWarehouse(tmp.resolve("killed"));

        assertTrue(Files.exists(messages.resolve("_delta_log/00000000000000000000.json")), "created again");
        assertEquals(List.of("0"), wh.csv("SELECT count(*) FROM bronze.messages"));
    }

    @Test
    void theColumnBlockAndTableCommentAreReadFromTheDdl() {
        String ddl = "CREATE TABLE IF NOT EXISTS s.t (\n  a STRING COMMENT 'it\\'s (a)',\n  b ARRAY<STRING> COMMENT 'b'\n)"
                + " USING DELTA PARTITIONED BY (a) LOCATION '/x' COMMENT 'The \\'t\\' table (grain a).'";

        assertEquals("\n  a STRING COMMENT 'it\\'s (a)',\n  b ARRAY<STRING> COMMENT 'b'\n", TableDefinitions.columnBlock(ddl));
        assertEquals("The 't' table (grain a).", TableDefinitions.tableComment(ddl));
    }

    @Test
    void aColumnAddedToTheDdlReachesAnExistingTableWithItsCommentAndNullInOlderRows() {
        SparkSession spark = SparkTestSession.get();
        String location = tmp.resolve("t").toString();
        spark.sql("CREATE TABLE catalog_test_t (a STRING COMMENT 'a') USING DELTA LOCATION '" + location + "'");
        try {
            spark.sql("INSERT INTO catalog_test_t VALUES ('x')");
            String ddl = "CREATE TABLE IF NOT EXISTS catalog_test_t (\n  a STRING COMMENT 'a',\n"
                    + "  b BIGINT COMMENT 'new (b)'\n) USING DELTA LOCATION '" + location + "'";

            TableDefinitions.sync(spark, "catalog_test_t", location, ddl);
            spark.sql("INSERT INTO catalog_test_t VALUES ('y', 2)");

            assertEquals(List.of("x,null", "y,2"), TestWarehouse.csv(spark.sql("SELECT a, b FROM catalog_test_t ORDER BY a")));
            assertEquals("new (b)", spark.table("catalog_test_t").schema().apply("b").getComment().get());
        } finally {
            spark.sql("DROP TABLE IF EXISTS catalog_test_t");
        }
    }

    private static String comment(String table, String column, TestWarehouse wh) {
        for (StructField f : wh.spark.table(table).schema().fields()) {
            if (f.name().equals(column)) {
                return f.getComment().get();
            }
        }
        throw new AssertionError("no column " + column);
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
