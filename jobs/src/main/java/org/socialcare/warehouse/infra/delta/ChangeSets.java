package org.socialcare.warehouse.infra.delta;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.util.Arrays;
import java.util.Set;

import static org.apache.spark.sql.functions.lit;

/**
 * A rebuilt slice of a table as one MERGE source: the rebuilt rows (is_deleted = false) plus, for
 * each stored row of the slice whose key is no longer rebuilt, a row with is_deleted = true. One
 * MERGE of it replaces the slice atomically. {@link #differing} narrows the rebuilt rows to those
 * that are not stored as they are, so that a MERGE rewrites only what changed.
 */
public final class ChangeSets {
    public static final String DELETED = "is_deleted";

    private ChangeSets() {
    }

    public static Dataset<Row> of(Dataset<Row> rebuilt, Dataset<Row> stored, String... key) {
        return withDeletions(rebuilt, deletions(stored, rebuilt, key));
    }

    /** The stored rows whose key the rebuilt rows no longer have, each with is_deleted = true. */
    public static Dataset<Row> deletions(Dataset<Row> stored, Dataset<Row> rebuilt, String... key) {
        return withoutKeysIn(stored, rebuilt, key).withColumn(DELETED, lit(true));
    }

    /** The rebuilt rows (is_deleted = false) and the given deletions: one MERGE source. */
    public static Dataset<Row> withDeletions(Dataset<Row> rebuilt, Dataset<Row> deletions) {
        return rebuilt.withColumn(DELETED, lit(false)).unionByName(deletions, true);
    }

    /**
     * Rows of {@code rows} that have no equal row in {@code others}: every column of {@code rows} but
     * the ignored ones compared by name, NULL equal to NULL. Rebuilt rows against the stored ones, these
     * are the new and the changed rows; stored rows against the rebuilt ones, those replaced or removed.
     */
    public static Dataset<Row> differing(Dataset<Row> rows, Dataset<Row> others, Set<String> ignored) {
        return withoutMatches(rows, others, Arrays.stream(rows.columns()).filter(c -> !ignored.contains(c))
                .toArray(String[]::new), true);
    }

    /** Rows of left whose key does not occur in right. */
    static Dataset<Row> withoutKeysIn(Dataset<Row> left, Dataset<Row> right, String... key) {
        return withoutMatches(left, right, key, false);
    }

    /** Rows of left with no row of right equal to them in the given columns (NULL equal to NULL when nullSafe). */
    private static Dataset<Row> withoutMatches(Dataset<Row> left, Dataset<Row> right, String[] columns, boolean nullSafe) {
        Column[] renamed = new Column[columns.length];
        for (int i = 0; i < columns.length; i++) {
            renamed[i] = right.col("`" + columns[i] + "`").as("right_" + columns[i]);
        }
        Dataset<Row> matches = right.select(renamed);
        Column condition = lit(true);
        for (String c : columns) {
            Column l = left.col("`" + c + "`");
            Column r = matches.col("`right_" + c + "`");
            condition = condition.and(nullSafe ? l.eqNullSafe(r) : l.equalTo(r));
        }
        return left.join(matches, condition, "left_anti");
    }
}
