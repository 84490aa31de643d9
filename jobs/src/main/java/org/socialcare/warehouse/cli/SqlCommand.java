package org.socialcare.warehouse.cli;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.to_json;

/**
 * {@code sql "<query>" ["<query>" ...]}: runs Spark SQL statements on the warehouse and prints each
 * result as CSV with a header; several results are separated by an empty line.
 */
final class SqlCommand {
    static final String USAGE = "sql \"<query>\" [\"<query>\" ...] [--warehouse DIR] [--config FILE]";

    private SqlCommand() {
    }

    static int run(String[] argv) {
        Args args = Args.parse("sql", argv, Session.with(Session.PATH_FLAGS));
        List<String> queries = args.positionals();
        if (queries.isEmpty() || queries.stream().anyMatch(String::isBlank)) {
            throw new UsageException("sql: give a query, quoted, e.g. sql \"select * from ops.run_audit\"");
        }
        SparkSession spark = Session.start(Session.config(args));
        for (int i = 0; i < queries.size(); i++) {
            if (i > 0) {
                System.out.println();
            }
            print(spark.sql(queries.get(i)), System.out);
        }
        return 0;
    }

    /** Streams the result as RFC 4180 CSV; values are rendered by Spark (timestamps in UTC, nested as JSON). */
    static void print(Dataset<Row> result, PrintStream out) {
        List<Column> asText = new ArrayList<>();
        List<String> header = new ArrayList<>();
        for (StructField f : result.schema().fields()) {
            Column c = col("`" + f.name().replace("`", "``") + "`");
            boolean nested = f.dataType() instanceof StructType || f.dataType() instanceof ArrayType
                    || f.dataType() instanceof MapType;
            asText.add((nested ? to_json(c) : c.cast("string")).as(f.name()));
            header.add(csv(f.name()));
        }
        out.println(String.join(",", header));
        Iterator<Row> rows = result.select(asText.toArray(new Column[0])).toLocalIterator();
        StringBuilder line = new StringBuilder();
        while (rows.hasNext()) {
            Row r = rows.next();
            line.setLength(0);
            for (int i = 0; i < r.length(); i++) {
                if (i > 0) {
                    line.append(',');
                }
                line.append(r.isNullAt(i) ? "" : csv(r.getString(i)));
            }
            out.println(line);
        }
        out.flush();
    }

    static String csv(String value) {
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
