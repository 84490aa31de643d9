package org.socialcare.warehouse.infra.catalog;

import org.socialcare.warehouse.infra.sql.SqlFile;

import java.util.Map;

/**
 * Every table of the warehouse: its schema and name, and the DDL file that creates it,
 * sql/ddl/&lt;schema&gt;/&lt;name&gt;.sql. Its data lives at &lt;warehouse&gt;/&lt;schema&gt;/&lt;name&gt;.
 */
public enum WarehouseTable {
    BRONZE_MESSAGES("bronze", "messages"),
    BRONZE_CASE_EVENTS("bronze", "case_events"),
    BRONZE_SURVEYS("bronze", "surveys"),
    BRONZE_QUARANTINE("bronze", "quarantine"),
    SILVER_MESSAGES("silver", "messages"),
    SILVER_CASE_EVENTS("silver", "case_events"),
    SILVER_CONVERSATIONS("silver", "conversations"),
    GOLD_FACT_CONVERSATION("gold", "fact_conversation"),
    GOLD_FACT_REPLY("gold", "fact_reply"),
    GOLD_AGG_CHANNEL_DAILY("gold", "agg_channel_daily"),
    GOLD_AGG_INDUSTRY_DAILY("gold", "agg_industry_daily"),
    GOLD_AGG_AGENT_DAILY("gold", "agg_agent_daily"),
    GOLD_AGG_HOURLY_VOLUME("gold", "agg_hourly_volume"),
    GOLD_AGG_BACKLOG_DAILY("gold", "agg_backlog_daily"),
    GOLD_TOP_TOPICS_DAILY("gold", "top_topics_daily"),
    GOLD_TOP_QUICK_REPLIES_DAILY("gold", "top_quick_replies_daily"),
    GOLD_COST_PER_CONTACT_MONTHLY("gold", "cost_per_contact_monthly"),
    GOLD_BENCHMARKS("gold", "benchmarks"),
    OPS_RUN_AUDIT("ops", "run_audit"),
    OPS_PIPELINE_STATE("ops", "pipeline_state");

    private final String schema;
    private final String name;

    WarehouseTable(String schema, String name) {
        this.schema = schema;
        this.name = name;
    }

    public String schema() {
        return schema;
    }

    public String tableName() {
        return name;
    }

    public String qualifiedName() {
        return schema + "." + name;
    }

    /** Where the table's data lives under a warehouse root (a fully qualified URI or a local path). */
    public String location(String warehouseRoot) {
        return stripSlash(warehouseRoot) + "/" + schema + "/" + name;
    }

    public String ddlFile() {
        return "ddl/" + schema + "/" + name + ".sql";
    }

    /** The CREATE TABLE statement for this table at the given location. */
    public String ddl(String location) {
        return SqlFile.load(ddlFile()).ddl(Map.of("location", location));
    }

    static String stripSlash(String root) {
        return root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
    }
}
