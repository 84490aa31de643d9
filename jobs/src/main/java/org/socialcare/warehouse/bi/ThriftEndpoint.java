package org.socialcare.warehouse.bi;

import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.hive.thriftserver.HiveThriftServer2;
import org.socialcare.warehouse.config.AppConfig;
import org.socialcare.warehouse.infra.spark.ReadOnlyGuard;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.UnknownHostException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Spark's Thrift JDBC/ODBC server (HiveServer2 protocol, binary transport, read-only: see ReadOnlyGuard) over a
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
    private final boolean tls;

    private ThriftEndpoint(HiveThriftServer2 server, String host, int port, boolean tls) {
        this.server = server;
        this.host = host;
        this.port = port;
        this.tls = tls;
    }

    /**
     * Starts the server where {@code bi} says and returns once it accepts connections. Its clients can
     * only read (ReadOnlyGuard); they log in as bi.thrift.auth says (no credentials only on localhost);
     * TLS when a keystore is configured.
     */
    public static ThriftEndpoint start(SparkSession spark, AppConfig.Bi bi) {
        String host = bi.thriftBindHost();
        int port = bi.thriftPort();
        boolean passwords = bi.thriftAuth().equals("password_file");
        if (!passwords && !isLoopback(host)) {
            throw new IllegalArgumentException("bi.thrift.auth = none is allowed only on localhost, not on " + host
                    + ": set bi.thrift.auth = password_file and bi.thrift.password_file");
        }
        ReadOnlyGuard.enableForThriftServer();
        // The server's HiveConf is built from the session's Hadoop conf, which carries its SQL conf, unless
        // the calling thread already has a Hive session attached (any metastore call leaves one): then
        // Hive reuses that session's conf, without these settings. So the server is started on a thread
        // of its own.
        spark.conf().set("hive.server2.thrift.bind.host", host);
        spark.conf().set("hive.server2.thrift.port", String.valueOf(port));
        spark.conf().set("hive.server2.transport.mode", "binary");
        if (passwords) {
            spark.conf().set("hive.server2.authentication", "CUSTOM");
            // HiveServer2 builds the custom provider from a new HiveConf (hive-site.xml and system
            // properties), not from the server's conf: the class goes in a system property, the file in
            // the provider's own setting.
            System.setProperty("hive.server2.custom.authentication.class", PasswordFileAuthenticator.class.getName());
            PasswordFileAuthenticator.use(bi.passwordFile().orElseThrow());
        } else {
            spark.conf().set("hive.server2.authentication", "NONE");
            LOG.warn("Thrift server on {} without authentication (bi.thrift.auth = none): any local user can read"
                    + " the warehouse; set bi.thrift.auth = password_file to require credentials", host);
        }
        if (bi.tlsKeystore().isPresent()) {
            spark.conf().set("hive.server2.use.SSL", "true");
            spark.conf().set("hive.server2.keystore.path", bi.tlsKeystore().get());
            spark.conf().set("hive.server2.keystore.password", bi.tlsKeystorePassword().orElse(""));
        } else {
            spark.conf().set("hive.server2.use.SSL", "false");
        }
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
        ThriftEndpoint endpoint = new ThriftEndpoint(server, host, port, bi.tlsKeystore().isPresent());
        endpoint.awaitListening();
        return endpoint;
    }

    /** The URL a JDBC client connects to (driver org.apache.hive.jdbc.HiveDriver). */
    public String jdbcUrl() {
        return "jdbc:hive2://" + host + ":" + port + "/default" + (tls ? ";ssl=true" : "");
    }

    static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
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
