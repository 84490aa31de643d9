package org.socialcare.warehouse.testing;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.socialcare.warehouse.bi.BiViews;
import org.socialcare.warehouse.config.AppConfig;
import org.socialcare.warehouse.functions.ReferenceViews;
import org.socialcare.warehouse.infra.catalog.TableCatalog;
import org.socialcare.warehouse.infra.ops.RunRecord;
import org.socialcare.warehouse.pipeline.NightlyJob;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * A landing folder and a warehouse under a test's temp folder, registered in the shared session's
 * catalog when it is made: a test class makes one (or one per test) before it queries, so the names
 * bronze.messages, gold.fact_conversation... point at its own tables, whatever ran before it. A new
 * warehouse starts as a copy of {@link EmptyWarehouse}; a folder that already holds one is registered as
 * it is.
 */
public final class TestWarehouse {
    /**
     * Conversations, and those whose gold.fact_reply rows disagree with gold.fact_conversation: the
     * answered waits must sum to reply_wait_seconds_sum (and count to reply_wait_seconds_count), and reply 1
     * must carry first_reply_seconds and sla_first_reply_met.
     */
    public static final String REPLIES_AGAINST_CONVERSATIONS = repliesAgainstConversations("gold.fact_conversation",
            "gold.fact_reply");

    /** {@link #REPLIES_AGAINST_CONVERSATIONS} of other tables or views of the same columns. */
    public static String repliesAgainstConversations(String factConversation, String factReply) {
        return "SELECT count(*), count_if(NOT ("
                + "coalesce(r.waits, 0) <=> c.reply_wait_seconds_sum AND coalesce(r.answered, 0) <=> c.reply_wait_seconds_count "
                + "AND r.first_wait <=> c.first_reply_seconds AND r.first_met <=> c.sla_first_reply_met)) "
                + "FROM " + factConversation + " AS c LEFT JOIN ("
                + "SELECT conversation_id, sum(wait_seconds) AS waits, count(wait_seconds) AS answered, "
                + "max(CASE WHEN reply_number = 1 THEN wait_seconds END) AS first_wait, "
                + "max(CASE WHEN reply_number = 1 THEN sla_met END) AS first_met "
                + "FROM " + factReply + " GROUP BY conversation_id) AS r USING (conversation_id)";
    }

    public final SparkSession spark;
    public final AppConfig config;
    public final Path landing;
    public final String root;

    public TestWarehouse(Path root) {
        this(root, SparkTestSession.baseConfig());
    }

    /** With config overrides in HOCON (reference data, SLA targets...) over the bundled defaults. */
    public TestWarehouse(Path root, String hoconOverrides) {
        this(root, SparkTestSession.config(hoconOverrides));
    }

    private TestWarehouse(Path folder, AppConfig base) {
        this.spark = SparkTestSession.get();
        this.landing = folder.resolve("landing");
        Path warehouse = folder.resolve("warehouse");
        this.config = base.withPaths(new AppConfig.Paths(landing.toString(), warehouse.toString()));
        if (!Files.exists(warehouse)) {
            EmptyWarehouse.copyTo(spark, config, warehouse);
        }
        this.root = register();
        BiViews.register(spark, root);
        ReferenceViews.register(spark, config);
    }

    /** Registers this warehouse's tables again (after another warehouse was registered in the same catalog). */
    public TestWarehouse use() {
        register();
        ReferenceViews.register(spark, config);
        return this;
    }

    private String register() {
        return TableCatalog.register(spark, config.paths().warehouse(), config.run().writeAttempts(),
                config.run().concurrentWrites());
    }

    public NightlyJob job() {
        use();
        return new NightlyJob(spark, config, root);
    }

    /** Runs the nightly job for a date. */
    public RunRecord nightly(LocalDate date) {
        return job().run(date);
    }

    /** Writes lines as &lt;landing&gt;/&lt;date&gt;/&lt;fileName&gt;, gzip-compressed when the name ends in .gz. */
    public Path writeDump(LocalDate date, String fileName, List<String> lines) {
        try {
            Path dir = Files.createDirectories(landing.resolve(date.toString()));
            Path file = dir.resolve(fileName);
            byte[] bytes = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
            if (fileName.endsWith(".gz")) {
                try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
                    out.write(bytes);
                }
            } else {
                Files.write(file, bytes);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Dataset<Row> table(String name) {
        return spark.table(name);
    }

    /** Each row of the query as comma-separated values: NULL as null, timestamps as UTC instants, binary as hex. */
    public List<String> csv(String sql) {
        return csv(spark.sql(sql));
    }

    public static List<String> csv(Dataset<Row> rows) {
        List<String> out = new java.util.ArrayList<>();
        for (Row r : rows.collectAsList()) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < r.length(); i++) {
                Object v = r.isNullAt(i) ? "null" : r.get(i);
                if (v instanceof java.sql.Timestamp t) {
                    v = t.toInstant();
                } else if (v instanceof byte[] b) {
                    v = "0x" + java.util.HexFormat.of().formatHex(b);
                }
                line.append(i == 0 ? "" : ",").append(v);
            }
            out.add(line.toString());
        }
        return out;
    }

    /**
     * The rows with every sketch column (BINARY, an HLL sketch) replaced by its estimate: a sketch's
     * bytes depend on the order its items were added, its estimate does not, so runs that saw the same
     * customers in another order compare equal.
     */
    public static Dataset<Row> sketchesAsEstimates(Dataset<Row> rows) {
        java.util.List<org.apache.spark.sql.Column> columns = new java.util.ArrayList<>();
        for (org.apache.spark.sql.types.StructField f : rows.schema().fields()) {
            org.apache.spark.sql.Column c = rows.col("`" + f.name() + "`");
            columns.add(f.dataType().equals(org.apache.spark.sql.types.DataTypes.BinaryType)
                    ? org.apache.spark.sql.functions.call_function("hll_sketch_estimate", c).as(f.name()) : c);
        }
        return rows.select(columns.toArray(new org.apache.spark.sql.Column[0]));
    }

    public List<Row> rows(String sql) {
        return spark.sql(sql).collectAsList();
    }
}
