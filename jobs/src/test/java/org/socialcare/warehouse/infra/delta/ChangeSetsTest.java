package org.socialcare.warehouse.infra.delta;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.socialcare.warehouse.testing.SparkTestSession;
import org.socialcare.warehouse.testing.TestWarehouse;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The change set of a rebuild: which rebuilt rows differ from the stored ones, and which stored rows go. */
class ChangeSetsTest {
    private final SparkSession spark = SparkTestSession.get();

    private Dataset<Row> rows(String values) {
        return spark.sql("SELECT * FROM VALUES " + values + " AS t(id, status, tags, score, status_as_of)");
    }

    @Test
    void onlyRowsThatDifferBesidesTheIgnoredColumnsAreChanged() {
        Dataset<Row> stored = rows("(1, 'open', array('a'), CAST(NULL AS DOUBLE), 1), "
                + "(2, 'resolved', array('a', 'b'), 0.5, 1), "
                + "(3, 'open', CAST(NULL AS ARRAY<STRING>), 1.0, 1), "
                + "(4, 'open', array('a'), 2.0, 1)");
        // 1: the same but for status_as_of (NULL equals NULL); 2: another tag; 3: resolved now;
        // 4: no longer rebuilt; 5: new.
        Dataset<Row> rebuilt = rows("(1, 'open', array('a'), CAST(NULL AS DOUBLE), 2), "
                + "(2, 'resolved', array('a', 'c'), 0.5, 2), "
                + "(3, 'resolved', CAST(NULL AS ARRAY<STRING>), 1.0, 2), "
                + "(5, 'open', array('x'), 3.0, 2)");
        Set<String> ignored = Set.of("status_as_of");

        assertEquals(List.of("2,resolved,a|c,0.5,2", "3,resolved,,1.0,2", "5,open,x,3.0,2"),
                TestWarehouse.csv(ChangeSets.differing(rebuilt, stored, ignored)
                        .selectExpr("id", "status", "concat_ws('|', tags)", "score", "status_as_of").orderBy("id")));
        // The stored rows replaced (2, 3) or removed (4).
        assertEquals(List.of("2", "3", "4"),
                TestWarehouse.csv(ChangeSets.differing(stored, rebuilt, ignored).select("id").orderBy("id")));
        // Compared on every column, row 1 differs too.
        assertEquals(List.of("1", "2", "3", "5"),
                TestWarehouse.csv(ChangeSets.differing(rebuilt, stored, Set.of()).select("id").orderBy("id")));
        // The MERGE source: the changed rows, and row 4 to delete.
        assertEquals(List.of("2,false", "3,false", "4,true", "5,false"),
                TestWarehouse.csv(ChangeSets.withDeletions(ChangeSets.differing(rebuilt, stored, ignored),
                        ChangeSets.deletions(stored, rebuilt, "id")).select("id", ChangeSets.DELETED).orderBy("id")));
    }
}
