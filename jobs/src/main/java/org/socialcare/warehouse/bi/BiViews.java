package org.socialcare.warehouse.bi;

import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.TableIdentifier;
import org.apache.spark.sql.catalyst.analysis.NoSuchDatabaseException;
import org.apache.spark.sql.catalyst.analysis.NoSuchTableException;
import org.apache.spark.sql.catalyst.catalog.SessionCatalog;
import org.socialcare.warehouse.infra.catalog.Fingerprints;
import org.socialcare.warehouse.infra.catalog.TableCatalog;
import org.socialcare.warehouse.infra.sql.SqlFile;
import scala.Option;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The BI views of schema bi, one per file in sql/views/. A view is (re)created only when it is missing
 * or its file changed (a hash of the file is kept in the view's property social_care.definition):
 * CREATE OR REPLACE drops the old view first, and a BI query must not hit that gap every time a
 * nightly run starts. A fingerprint of all the view files on the ops schema skips even that check
 * when nothing changed.
 */
public final class BiViews {
    /** The views, in the order they are created (a view may only use those before it). */
    public static final List<String> VIEWS = List.of("channel_scorecard", "agent_leaderboard", "sla_breaches",
            "cost_per_contact", "backlog");
    static final String DEFINITION_PROPERTY = "social_care.definition";
    static final String FINGERPRINT_PROPERTY = "social_care.views";
    /** Ops property: the gold versions the views read, "gold.t=3,gold.u=7" (those of the last completed run). */
    static final String VERSIONS_PROPERTY = "social_care.bi_versions";
    private static final Pattern GOLD_TABLE = Pattern.compile("\\bgold\\.([a-z_]+)\\b");

    private BiViews() {
    }

    public static void register(SparkSession spark, String warehouseRoot) {
        List<String> files = VIEWS.stream().map(v -> "views/" + v + ".sql").toList();
        String fingerprint = Fingerprints.of(warehouseRoot, files);
        if (fingerprint.equals(TableCatalog.opsProperty(spark, FINGERPRINT_PROPERTY))) {
            return;
        }
        for (String view : VIEWS) {
            SqlFile file = SqlFile.load("views/" + view + ".sql");
            String hash = Fingerprints.ofText(file.text());
            if (!hash.equals(registeredHash(spark, view))) {
                spark.sql(pinned(file.ddl(Map.of("definition_hash", hash)), decode(TableCatalog.opsProperty(spark, VERSIONS_PROPERTY))));
            }
        }
        TableCatalog.setOpsProperty(spark, FINGERPRINT_PROPERTY, fingerprint);
    }

    /**
     * Points every view at the given versions of the gold tables (Delta time travel), so that a BI
     * query never joins one table after a run's commit with another before it: a run calls this once
     * all its gold writes are in. Re-creating a view is a drop and a create in the metastore (a query
     * that resolves the view in that instant fails and can be retried); nothing is done when the
     * versions did not change.
     */
    public static void pin(SparkSession spark, Map<String, Long> goldVersions) {
        String encoded = encode(goldVersions);
        if (encoded.equals(TableCatalog.opsProperty(spark, VERSIONS_PROPERTY))) {
            return;
        }
        for (String view : VIEWS) {
            SqlFile file = SqlFile.load("views/" + view + ".sql");
            spark.sql(pinned(file.ddl(Map.of("definition_hash", Fingerprints.ofText(file.text()))), goldVersions));
        }
        TableCatalog.setOpsProperty(spark, VERSIONS_PROPERTY, encoded);
    }

    /** The view's DDL with each gold table of its query (after the AS line) read at its version, if given. */
    static String pinned(String ddl, Map<String, Long> versions) {
        int body = ddl.indexOf("\nAS\n");
        if (body < 0 || versions.isEmpty()) {
            return ddl;
        }
        Matcher m = GOLD_TABLE.matcher(ddl);
        m.region(body, ddl.length());
        StringBuilder out = new StringBuilder(ddl.substring(0, body));
        int last = body;
        while (m.find()) {
            Long version = versions.get(m.group());
            out.append(ddl, last, m.end());
            if (version != null) {
                out.append(" VERSION AS OF ").append(version);
            }
            last = m.end();
        }
        return out.append(ddl.substring(last)).toString();
    }

    static String encode(Map<String, Long> versions) {
        return new TreeMap<>(versions).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(","));
    }

    static Map<String, Long> decode(String encoded) {
        Map<String, Long> versions = new TreeMap<>();
        if (encoded != null && !encoded.isBlank()) {
            for (String entry : encoded.split(",")) {
                int eq = entry.indexOf('=');
                versions.put(entry.substring(0, eq), Long.parseLong(entry.substring(eq + 1)));
            }
        }
        return versions;
    }

    private static String registeredHash(SparkSession spark, String view) {
        TableIdentifier id = new TableIdentifier(view, Option.apply("bi"));
        SessionCatalog catalog = spark.sessionState().catalog();
        if (!catalog.databaseExists("bi") || !catalog.tableExists(id)) {
            return null;
        }
        try {
            Option<String> hash = catalog.getTableMetadata(id).properties().get(DEFINITION_PROPERTY);
            return hash.isDefined() ? hash.get() : null;
        } catch (NoSuchDatabaseException | NoSuchTableException e) {
            return null;
        }
    }
}
