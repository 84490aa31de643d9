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
            "cost_per_contact");
    static final String DEFINITION_PROPERTY = "social_care.definition";
    static final String FINGERPRINT_PROPERTY = "social_care.views";

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
                spark.sql(file.ddl(Map.of("definition_hash", hash)));
            }
        }
        TableCatalog.setOpsProperty(spark, FINGERPRINT_PROPERTY, fingerprint);
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
