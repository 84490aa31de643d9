package org.socialcare.warehouse.cli;

import org.apache.spark.sql.SparkSession;
import org.socialcare.warehouse.infra.spark.CodeGeneration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code sql "<query>" ["<query>" ...]}: runs Spark SQL statements on the warehouse and prints each
 * result as CSV with a header; several results are separated by an empty line. The queries run
 * interpreted unless {@code --compile} is given: a short command's query on a warehouse of a few days
 * took about a second less without compiling (README, Performance), as a small night's silver and
 * gold do ({@code spark.codegen_from_lines}).
 */
@Command(name = "sql", mixinStandardHelpOptions = true,
        description = "Runs Spark SQL queries on the warehouse and prints each result as CSV with a header.")
final class SqlCommand implements Callable<Integer> {
    static final String USAGE = "sql \"<query>\" [\"<query>\" ...] [--compile] [--warehouse DIR] [--config FILE]";

    @Parameters(paramLabel = "QUERY", arity = "0..*", description = "a query, quoted")
    List<String> queries = new ArrayList<>();

    @Option(names = "--compile", description = "compile the queries to Java code first (Spark's default): "
            + "pays for long queries over large tables; a short query runs sooner without")
    boolean compile;

    @Mixin
    WarehouseOptions paths;

    @Override
    public Integer call() {
        if (queries.isEmpty() || queries.stream().anyMatch(String::isBlank)) {
            throw new UsageException("sql: give a query, quoted, e.g. sql \"select * from ops.run_audit\"");
        }
        // A session of its own (the same catalog, its own settings): the setting below stays with these queries.
        SparkSession spark = Session.start(Session.config(paths)).spark().newSession();
        if (!compile) {
            CodeGeneration.off(spark.conf());
        }
        for (int i = 0; i < queries.size(); i++) {
            if (i > 0) {
                System.out.println();
            }
            SqlOutput.print(spark.sql(queries.get(i)), System.out);
        }
        return 0;
    }
}
