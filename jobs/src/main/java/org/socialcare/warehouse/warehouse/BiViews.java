package org.socialcare.warehouse.warehouse;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The BI views of schema bi, one per file in sql/views/. A view is (re)created only when it is missing
 * or its file changed (a hash of the file is kept in the view's property social_care.definition):
 * CREATE OR REPLACE drops the old view first, and a BI query must not hit that gap every time a
 * nightly run starts.
 */
public final class BiViews {
    /** The views, in the order they are created (a view may only use those before it). */
    public static final List<String> VIEWS = List.of("channel_scorecard", "agent_leaderboard", "sla_breaches",
            "cost_per_contact");
    static final String DEFINITION_PROPERTY = "social_care.definition";

    private BiViews() {
    }

    static void register(SparkSession spark) {
        for (String view : VIEWS) {
            SqlFile file = SqlFile.load("views/" + view + ".sql");
            String hash = hash(file.text());
            if (!hash.equals(registeredHash(spark, "bi." + view))) {
                spark.sql(file.render(java.util.Map.of("definition_hash", hash)));
            }
        }
    }

    private static String registeredHash(SparkSession spark, String view) {
        if (!spark.catalog().tableExists(view)) {
            return null;
        }
        for (Row r : spark.sql("SHOW TBLPROPERTIES " + view).collectAsList()) {
            if (DEFINITION_PROPERTY.equals(r.getString(0))) {
                return r.getString(1);
            }
        }
        return null;
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
