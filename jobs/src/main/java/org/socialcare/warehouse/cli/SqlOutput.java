package org.socialcare.warehouse.cli;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
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

/** Query results as CSV for people and scripts (the output of {@code sql}). */
public final class SqlOutput {
    private SqlOutput() {
    }

    /** Streams the result as RFC 4180 CSV; values are rendered by Spark (timestamps in UTC, nested as JSON). */
    public static void print(Dataset<Row> result, PrintStream out) {
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
