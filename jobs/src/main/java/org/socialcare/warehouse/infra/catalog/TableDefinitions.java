package org.socialcare.warehouse.infra.catalog;

import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.socialcare.warehouse.infra.sql.SqlFile;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Objects;

/**
 * Brings an existing table in line with its DDL file. CREATE TABLE IF NOT EXISTS does nothing to a
 * table that is already registered, so without this a column added to sql/ddl/ would never reach a
 * warehouse (and the first write of it would fail), nor would an improved comment reach its catalog
 * (or the data dictionary generated from it). Columns the table lacks are added (at the end, NULL in
 * the rows written before: one commit that changes only the schema); then one ALTER per comment that
 * differs, none when all match. Columns are never dropped or retyped here.
 */
final class TableDefinitions {
    private TableDefinitions() {
    }

    static void sync(SparkSession spark, String table, String location, String ddl) {
        StructType wanted = StructType.fromDDL(columnBlock(ddl));
        addMissingColumns(spark, table, location, wanted);
        Map<String, String> current = new HashMap<>();
        for (StructField f : spark.table(table).schema().fields()) {
            current.put(f.name(), f.getComment().isDefined() ? f.getComment().get() : null);
        }
        for (StructField f : wanted.fields()) {
            String comment = f.getComment().isDefined() ? f.getComment().get() : null;
            if (comment != null && current.containsKey(f.name()) && !comment.equals(current.get(f.name()))) {
                spark.sql(SqlFile.load("ddl/_alter_column_comment.sql").ddl(Map.of(
                        "table", table, "column", f.name(), "comment", comment)));
            }
        }
        String tableComment = tableComment(ddl);
        if (tableComment != null && !Objects.equals(tableComment, description(spark, table))) {
            spark.sql(SqlFile.load("ddl/_comment_on_table.sql").ddl(Map.of("table", table, "comment", tableComment)));
        }
    }

    /** Appends no rows with the wanted schema and schema merging on: Delta adds the missing columns. */
    private static void addMissingColumns(SparkSession spark, String table, String location, StructType wanted) {
        Set<String> present = new HashSet<>(Arrays.asList(spark.table(table).schema().fieldNames()));
        if (present.containsAll(Arrays.asList(wanted.fieldNames()))) {
            return;
        }
        spark.createDataFrame(List.<Row>of(), wanted).write().format("delta").mode("append")
                .option("mergeSchema", "true").save(location);
        spark.catalog().refreshTable(table);
    }

    private static String description(SparkSession spark, String table) {
        try {
            return spark.catalog().getTable(table).description();
        } catch (AnalysisException e) {
            throw new IllegalStateException(table + " is not registered: " + e.getMessage(), e);
        }
    }

    /** The text between the parentheses that follow CREATE TABLE ... name: the column definitions. */
    static String columnBlock(String ddl) {
        int open = columnListStart(ddl);
        return ddl.substring(open + 1, closingParenthesis(ddl, open));
    }

    /** The table's COMMENT '...' after the column block, unescaped; null when there is none. */
    static String tableComment(String ddl) {
        int after = closingParenthesis(ddl, columnListStart(ddl));
        String rest = ddl.substring(after + 1);
        int at = rest.toUpperCase(java.util.Locale.ROOT).lastIndexOf("COMMENT '");
        if (at < 0) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (int i = at + "COMMENT '".length(); i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (c == '\\' && i + 1 < rest.length()) {
                text.append(rest.charAt(++i));
            } else if (c == '\'') {
                return text.toString();
            } else {
                text.append(c);
            }
        }
        throw new IllegalArgumentException("unterminated table COMMENT in DDL: " + rest);
    }

    /** The opening parenthesis of the column list: the first after CREATE TABLE. */
    private static int columnListStart(String ddl) {
        return ddl.indexOf('(', ddl.toUpperCase(java.util.Locale.ROOT).indexOf("CREATE TABLE"));
    }

    private static int closingParenthesis(String ddl, int open) {
        int depth = 0;
        boolean quoted = false;
        for (int i = open; i < ddl.length(); i++) {
            char c = ddl.charAt(i);
            if (quoted) {
                if (c == '\\') {
                    i++;
                } else if (c == '\'') {
                    quoted = false;
                }
            } else if (c == '-' && i + 1 < ddl.length() && ddl.charAt(i + 1) == '-') {
                int end = ddl.indexOf('\n', i);
                i = end < 0 ? ddl.length() : end; // a -- comment, whose apostrophes quote nothing
            } else if (c == '\'') {
                quoted = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("no closing parenthesis for the column list in DDL: " + ddl);
    }
}
