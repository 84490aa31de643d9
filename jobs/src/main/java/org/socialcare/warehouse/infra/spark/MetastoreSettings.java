package org.socialcare.warehouse.infra.spark;

import org.socialcare.warehouse.config.AppConfig;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Spark settings that put the session's catalog in the configured Hive metastore
 * (config catalog.metastore): embedded Derby or a Derby network server with the database under
 * &lt;warehouse&gt;/_metastore, an external metastore database, or the platform's own.
 */
public final class MetastoreSettings {
    /** Folder of the metastore database inside the warehouse (embedded and server types). */
    public static final String DATABASE_FOLDER = "_metastore";
    private static final String JDO = "spark.hadoop.javax.jdo.option.";

    private MetastoreSettings() {
    }

    /** Spark config entries for the metastore; empty for type platform. */
    public static Map<String, String> of(AppConfig.Catalog catalog, String warehouseRoot) {
        Map<String, String> conf = new LinkedHashMap<>();
        switch (catalog.metastoreType()) {
            case "embedded" -> {
                conf.put(JDO + "ConnectionURL", "jdbc:derby:;databaseName=" + database(warehouseRoot, "embedded") + ";create=true");
                conf.put(JDO + "ConnectionDriverName", "org.apache.derby.jdbc.EmbeddedDriver");
            }
            case "server" -> {
                conf.put(JDO + "ConnectionURL", "jdbc:derby://" + catalog.metastoreServer() + "/"
                        + database(warehouseRoot, "server") + ";create=true");
                conf.put(JDO + "ConnectionDriverName", "org.apache.derby.jdbc.ClientDriver");
            }
            case "jdbc" -> {
                conf.put(JDO + "ConnectionURL", catalog.url().orElseThrow());
                conf.put(JDO + "ConnectionDriverName", catalog.driver().orElseThrow());
                catalog.user().ifPresent(u -> conf.put(JDO + "ConnectionUserName", u));
                catalog.password().ifPresent(p -> conf.put(JDO + "ConnectionPassword", p));
            }
            default -> {
                return conf; // platform: hive-site.xml or the cluster's catalog decides
            }
        }
        // Hive's metastore schema is created in a new database on first use. In an external database
        // (jdbc) without foreign keys: DataNucleus creates the schema lazily, table by table, and a
        // foreign key added to a table that another open transaction of the same metastore holds
        // waits for ever on PostgreSQL (seen: ALTER TABLE "TBL_PRIVS" ... REFERENCES "TBLS" behind an
        // INSERT into TABLE_PARAMS). autoCreateAll would turn them on again; a production database
        // gets Hive's full schema from Hive's schematool instead (README, "On a cluster").
        if (catalog.metastoreType().equals("jdbc")) {
            conf.put("spark.hadoop.datanucleus.schema.autoCreateTables", "true");
            conf.put("spark.hadoop.datanucleus.schema.autoCreateColumns", "true");
            conf.put("spark.hadoop.datanucleus.schema.autoCreateConstraints", "false");
        } else {
            conf.put("spark.hadoop.datanucleus.schema.autoCreateAll", "true");
        }
        conf.put("spark.hadoop.hive.metastore.schema.verification", "false");
        // The tables are external, in folders Delta makes: the metastore need not copy the parent
        // folder's owner and permissions onto each (a file-system shell command per table created).
        conf.put("spark.hadoop.hive.warehouse.subdir.inherit.perms", "false");
        return conf;
    }

    /**
     * For type server, fails with what to do when nothing listens at the configured host:port, rather
     * than with the metastore client's stack of connection errors a minute later.
     */
    public static void checkReachable(AppConfig.Catalog catalog) {
        if (!catalog.metastoreType().equals("server")) {
            return;
        }
        String server = catalog.metastoreServer();
        int colon = server.lastIndexOf(':');
        String host = colon < 0 ? server : server.substring(0, colon);
        int port = colon < 0 ? 1527 : Integer.parseInt(server.substring(colon + 1));
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(host, port), 2000);
        } catch (IOException e) {
            throw new IllegalStateException("the metastore server " + server + " (catalog.metastore.type = server) is not"
                    + " running: start it with scripts/metastore start, or set SOCIAL_CARE_METASTORE=embedded");
        }
    }

    /** The metastore database folder of a local warehouse, as an absolute path. */
    static String database(String warehouseRoot, String type) {
        URI uri = URI.create(warehouseRoot.replace(" ", "%20"));
        Path root;
        if (uri.getScheme() == null) {
            root = Path.of(warehouseRoot);
        } else if (uri.getScheme().equals("file")) {
            root = Path.of(uri);
        } else {
            throw new IllegalArgumentException("config catalog.metastore.type = " + type + " keeps the metastore under the"
                    + " warehouse folder, which must then be local, not " + warehouseRoot
                    + "; use type jdbc (an external metastore database) or platform");
        }
        return root.toAbsolutePath().normalize().resolve(DATABASE_FOLDER).toString();
    }
}
