package org.socialcare.warehouse.infra.delta;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import static org.apache.spark.sql.functions.lit;

/**
 * A rebuilt slice of a table as one MERGE source: the rebuilt rows (is_deleted = false) plus, for
 * each stored row of the slice whose key is no longer rebuilt, a row with is_deleted = true. One
 * MERGE of it replaces the slice atomically.
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

    /** Rows of left whose key does not occur in right. */
    static Dataset<Row> withoutKeysIn(Dataset<Row> left, Dataset<Row> right, String... key) {
        Column[] renamed = new Column[key.length];
        for (int i = 0; i < key.length; i++) {
            renamed[i] = right.col(key[i]).as("right_" + key[i]);
        }
        Dataset<Row> keys = right.select(renamed);
        Column condition = lit(true);
        for (String k : key) {
            condition = condition.and(left.col(k).equalTo(keys.col("right_" + k)));
        }
        return left.join(keys, condition, "left_anti");
    }
}
