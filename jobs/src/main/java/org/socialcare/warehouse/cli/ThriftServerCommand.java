package org.socialcare.warehouse.cli;

import org.socialcare.warehouse.bi.ThriftEndpoint;
import org.socialcare.warehouse.config.AppConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * {@code thrift-server}: serves the warehouse's catalog (schemas bronze, silver, gold, ops and the bi
 * views) to JDBC/ODBC clients until the process is stopped.
 */
@Command(name = "thrift-server", mixinStandardHelpOptions = true,
        description = "Serves the warehouse to JDBC/ODBC clients (Spark's Thrift server) until stopped.")
final class ThriftServerCommand implements Callable<Integer> {
    static final String USAGE = "thrift-server [--port N] [--bind-host HOST] [--warehouse DIR] [--config FILE]";

    @Option(names = "--port", paramLabel = "N", converter = Converters.PositiveInt.class,
            description = "port to listen on (overrides bi.thrift.port)")
    Integer port;

    @Option(names = "--bind-host", paramLabel = "HOST", description = "address to listen on (overrides bi.thrift.bind_host)")
    String bindHost;

    @Mixin
    WarehouseOptions paths;

    @Override
    public Integer call() {
        Session.Started s = Session.start(Session.config(paths));
        AppConfig.Bi bi = s.config().bi().withEndpoint(bindHost == null ? s.config().bi().thriftBindHost() : bindHost,
                port == null ? s.config().bi().thriftPort() : port);
        ThriftEndpoint endpoint = ThriftEndpoint.start(s.spark(), bi);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            endpoint.stop();
            stopped.countDown();
        }, "thrift-server-stop"));
        System.out.println("serving warehouse " + s.config().paths().warehouse() + " at " + endpoint.jdbcUrl()
                + " (driver org.apache.hive.jdbc.HiveDriver, read-only, "
                + (bi.thriftAuth().equals("none") ? "no password" : "user and password from " + bi.passwordFile().orElse(""))
                + "); stop with Ctrl-C or kill");
        System.out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
