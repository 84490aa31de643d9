package org.socialcare.warehouse.cli;

import org.apache.spark.sql.SparkSession;

import java.util.List;


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
            SqlOutput.print(spark.sql(queries.get(i)), System.out);
        }
        return 0;
    }
}
