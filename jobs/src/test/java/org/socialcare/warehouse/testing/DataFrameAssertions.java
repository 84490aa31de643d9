package org.socialcare.warehouse.testing;

import com.holdenkarau.spark.testing.JavaDataFrameSuiteBase;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** spark-testing-base's DataFrame comparisons, usable from JUnit 5 tests on the shared session. */
public final class DataFrameAssertions {
    private static final JavaDataFrameSuiteBase BASE = new JavaDataFrameSuiteBase();

    private DataFrameAssertions() {
    }

    /** Same schema and the same rows, in any order. */
    public static void assertSameRows(Dataset<Row> expected, Dataset<Row> actual) {
        BASE.assertDataFrameNoOrderEquals(expected, actual);
    }
}
