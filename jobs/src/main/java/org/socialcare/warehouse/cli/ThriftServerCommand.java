package org.socialcare.warehouse.cli;

import org.apache.spark.sql.SparkSession;
import org.socialcare.warehouse.bi.ThriftEndpoint;
import org.socialcare.warehouse.config.AppConfig;

import java.util.concurrent.CountDownLatch;

/**
 * {@code thrift-server}: serves the warehouse's catalog (schemas bronze, silver, gold, ops and the bi
 * views) to JDBC/ODBC clients until the process is stopped.
 */
final class ThriftServerCommand {
    static final String USAGE = "thrift-server [--port N] [--bind-host HOST] [--warehouse DIR] [--config FILE]";

    private ThriftServerCommand() {
    }

    static int run(String[] argv) {
        Args args = Args.parse("thrift-server", argv, Session.with(Session.PATH_FLAGS, "port", "bind-host"))
                .withoutPositionals();
        AppConfig config = Session.config(args);
        int port = args.positiveInt("port", config.bi().thriftPort());
        String host = args.optional("bind-host").orElse(config.bi().thriftBindHost());
        SparkSession spark = Session.start(config);
        ThriftEndpoint endpoint = ThriftEndpoint.start(spark, host, port);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            endpoint.stop();
            stopped.countDown();
        }, "thrift-server-stop"));
        System.out.println("serving warehouse " + config.paths().warehouse() + " at " + endpoint.jdbcUrl()
                + " (driver org.apache.hive.jdbc.HiveDriver, no password); stop with Ctrl-C or kill");
        System.out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
