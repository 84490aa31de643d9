package org.socialcare.warehouse.bi;

import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.hive.thriftserver.HiveThriftServer2;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Spark's Thrift JDBC/ODBC server (HiveServer2 protocol, binary transport, no authentication) over a
 * session whose catalog holds the warehouse. Each JDBC connection gets a session of its own on the
 * same catalog, so every query resolves the Delta tables afresh: a nightly run's commits are seen by
 * the next query, and a query that runs during a write reads the snapshot it started on.
 */
public final class ThriftEndpoint {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ThriftEndpoint.class);
    private static final long START_TIMEOUT_MILLIS = 60_000;

    private final HiveThriftServer2 server;
    private final String host;
    private final int port;

    private ThriftEndpoint(HiveThriftServer2 server, String host, int port) {
        this.server = server;
        this.host = host;
        this.port = port;
    }

    /** Starts the server on host:port and returns once it accepts connections. */
    public static ThriftEndpoint start(SparkSession spark, String host, int port) {
        // The server's HiveConf is built from the session's Hadoop conf, which carries its SQL conf, unless
        // the calling thread already has a Hive session attached (any metastore call leaves one): then
        // Hive reuses that session's conf, without these settings. So the server is started on a thread
        // of its own.
        spark.conf().set("hive.server2.thrift.bind.host", host);
        spark.conf().set("hive.server2.thrift.port", String.valueOf(port));
        spark.conf().set("hive.server2.transport.mode", "binary");
        AtomicReference<HiveThriftServer2> started = new AtomicReference<>();
        AtomicReference<RuntimeException> failed = new AtomicReference<>();
        Thread starter = new Thread(() -> {
            try {
                started.set(HiveThriftServer2.startWithContext(spark.sqlContext()));
            } catch (RuntimeException e) {
                failed.set(e);
            }
        }, "thrift-server-start");
        starter.start();
        try {
            starter.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the Thrift server started", e);
        }
        if (failed.get() != null) {
            throw failed.get();
        }
        HiveThriftServer2 server = started.get();
        LOG.info("Thrift server starting on {}:{}", server.getHiveConf().get("hive.server2.thrift.bind.host"),
                server.getHiveConf().get("hive.server2.thrift.port"));
        ThriftEndpoint endpoint = new ThriftEndpoint(server, host, port);
        endpoint.awaitListening();
        return endpoint;
    }

    /** The URL a JDBC client connects to (driver org.apache.hive.jdbc.HiveDriver). */
    public String jdbcUrl() {
        return "jdbc:hive2://" + host + ":" + port + "/default";
    }

    public void stop() {
        server.stop();
    }

    private void awaitListening() {
        long deadline = System.currentTimeMillis() + START_TIMEOUT_MILLIS;
        while (true) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(host, port), 1000);
                return;
            } catch (IOException e) {
                if (System.currentTimeMillis() > deadline) {
                    server.stop();
                    throw new IllegalStateException("the Thrift server did not start listening on " + host + ":" + port
                            + " within " + START_TIMEOUT_MILLIS / 1000 + " s (is the port taken? set bi.thrift.port)");
                }
                try {
                    Thread.sleep(200);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while the Thrift server started", ie);
                }
            }
        }
    }
}
