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
 * bronze.messages, gold.fact_conversation... point at its own tables, whatever ran before it.
 */
public final class TestWarehouse {
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
        this.config = base.withPaths(new AppConfig.Paths(landing.toString(), folder.resolve("warehouse").toString()));
        this.root = TableCatalog.register(spark, config.paths().warehouse(), config.run().writeAttempts());
        BiViews.register(spark, root);
        ReferenceViews.register(spark, config);
    }

    /** Registers this warehouse's tables again (after another warehouse was registered in the same catalog). */
    public TestWarehouse use() {
        TableCatalog.register(spark, config.paths().warehouse(), config.run().writeAttempts());
        ReferenceViews.register(spark, config);
        return this;
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

    /** Each row of the query as comma-separated values: NULL as null, timestamps as UTC instants. */
    public List<String> csv(String sql) {
        return csv(spark.sql(sql));
    }

    public static List<String> csv(Dataset<Row> rows) {
        List<String> out = new java.util.ArrayList<>();
        for (Row r : rows.collectAsList()) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < r.length(); i++) {
                Object v = r.isNullAt(i) ? "null" : r.get(i);
                line.append(i == 0 ? "" : ",").append(v instanceof java.sql.Timestamp t ? t.toInstant() : v);
            }
            out.add(line.toString());
        }
        return out;
    }

    public List<Row> rows(String sql) {
        return spark.sql(sql).collectAsList();
    }
}
