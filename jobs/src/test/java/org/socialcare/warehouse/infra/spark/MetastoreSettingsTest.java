package org.socialcare.warehouse.infra.spark;

import org.junit.jupiter.api.Test;
import org.socialcare.warehouse.config.AppConfig;

import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MetastoreSettingsTest {
    private static final String JDO = "spark.hadoop.javax.jdo.option.";

    @Test
    void anExternalDatabaseGetsHiveTablesOnFirstUseButNoForeignKeys() {
        AppConfig.Catalog postgres = new AppConfig.Catalog("jdbc", "localhost:1527",
                Optional.of("jdbc:postgresql://127.0.0.1:5433/metastore"), Optional.of("org.postgresql.Driver"),
                Optional.of("socialcare"), Optional.of("pw"));
        Map<String, String> conf = MetastoreSettings.of(postgres, "s3a://bucket/warehouse");
        assertEquals("jdbc:postgresql://127.0.0.1:5433/metastore", conf.get(JDO + "ConnectionURL"));
        assertEquals("org.postgresql.Driver", conf.get(JDO + "ConnectionDriverName"));
        assertEquals("socialcare", conf.get(JDO + "ConnectionUserName"));
        assertEquals("pw", conf.get(JDO + "ConnectionPassword"));
        assertEquals("true", conf.get("spark.hadoop.datanucleus.schema.autoCreateTables"));
        assertEquals("false", conf.get("spark.hadoop.datanucleus.schema.autoCreateConstraints"));
        // autoCreateAll would switch the foreign keys on again.
        assertFalse(conf.containsKey("spark.hadoop.datanucleus.schema.autoCreateAll"));
        assertEquals("false", conf.get("spark.hadoop.hive.metastore.schema.verification"));
    }

    @Test
    void derbyUnderTheWarehouseCreatesItsWholeSchema() {
        AppConfig.Catalog derby = new AppConfig.Catalog("embedded", "localhost:1527", Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
        Map<String, String> conf = MetastoreSettings.of(derby, "/data/wh");
        assertEquals("jdbc:derby:;databaseName=/data/wh/_metastore;create=true", conf.get(JDO + "ConnectionURL"));
        assertEquals("true", conf.get("spark.hadoop.datanucleus.schema.autoCreateAll"));
        assertEquals("false", conf.get("spark.hadoop.hive.metastore.schema.verification"));
        assertTrue(MetastoreSettings.of(new AppConfig.Catalog("platform", "localhost:1527", Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty()), "/data/wh").isEmpty());
    }
}
