package org.socialcare.warehouse.cli;

import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code sql "<query>" ["<query>" ...]}: runs Spark SQL statements on the warehouse and prints each
 * result as CSV with a header; several results are separated by an empty line.
 */
@Command(name = "sql", mixinStandardHelpOptions = true,
        description = "Runs Spark SQL queries on the warehouse and prints each result as CSV with a header.")
final class SqlCommand implements Callable<Integer> {
    static final String USAGE = "sql \"<query>\" [\"<query>\" ...] [--warehouse DIR] [--config FILE]";

    @Parameters(paramLabel = "QUERY", arity = "0..*", description = "a query, quoted")
    List<String> queries = new ArrayList<>();

    @Mixin
    WarehouseOptions paths;

    @Override
    public Integer call() {
        if (queries.isEmpty() || queries.stream().anyMatch(String::isBlank)) {
            throw new UsageException("sql: give a query, quoted, e.g. sql \"select * from ops.run_audit\"");
        }
        SparkSession spark = Session.start(Session.config(paths)).spark();
        for (int i = 0; i < queries.size(); i++) {
            if (i > 0) {
                System.out.println();
            }
            SqlOutput.print(spark.sql(queries.get(i)), System.out);
        }
        return 0;
    }
}
