package org.socialcare.warehouse.bi;

import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalog.Column;
import org.apache.spark.sql.catalog.Table;
import org.socialcare.warehouse.infra.catalog.TableCatalog;


/**
 * The data dictionary (sql/DATA_DICTIONARY.md) as Markdown, generated from the catalog's comments:
 * each schema, each table and view with its comment, and each column with its type and comment.
 * The comments themselves live in sql/ddl/ and sql/views/.
 */
public final class DataDictionary {
    public static final String FILE = "sql/DATA_DICTIONARY.md";

    private DataDictionary() {
    }

    public static String markdown(SparkSession spark) {
        try {
            return build(spark);
        } catch (AnalysisException e) {
            throw new IllegalStateException("cannot read the catalog for the data dictionary: " + e.getMessage(), e);
        }
    }

    private static String build(SparkSession spark) throws AnalysisException {
        StringBuilder md = new StringBuilder();
        md.append("# Data dictionary\n\n")
                .append("Generated from the catalog's comments by `java -jar jobs/target/social-care-jobs.jar data-dictionary")
                .append(" --out ").append(FILE).append("`; do not edit it by hand. The comments are written in the table")
                .append(" definitions (`sql/ddl/`) and the BI views (`sql/views/`); `DataDictionaryTest` fails when this file")
                .append(" is out of date. Rates are stored with `_num` and `_den`, averages with `_sum` and `_count`: add")
                .append(" those up, then divide, to roll any grain up exactly.\n");
        for (String schema : TableCatalog.SCHEMAS) {
            md.append("\n## ").append(schema).append("\n\n")
                    .append(cell(spark.catalog().getDatabase(schema).description())).append("\n");
            for (String tableName : TableCatalog.tablesIn(spark, schema)) {
                String name = schema + "." + tableName;
                Table t = spark.catalog().getTable(name);
                md.append("\n### ").append(name).append(t.tableType().equalsIgnoreCase("VIEW") ? " (view)" : "")
                        .append("\n\n").append(cell(t.description())).append("\n\n")
                        .append("| column | type | comment |\n| --- | --- | --- |\n");
                for (Column c : spark.catalog().listColumns(name).collectAsList()) {
                    md.append("| `").append(c.name()).append("` | ").append(c.dataType())
                            .append(c.isPartition() ? " (partition)" : "").append(" | ")
                            .append(cell(c.description())).append(" |\n");
                }
            }
        }
        return md.toString();
    }

    private static String cell(String text) {
        return text == null ? "" : text.replace("|", "\\|").replace("\n", " ").strip();
    }
}
