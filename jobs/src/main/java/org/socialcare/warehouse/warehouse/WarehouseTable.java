package org.socialcare.warehouse.warehouse;

/**
 * Every table of the warehouse: its schema, name and the DDL file that creates it
 * (sql/ddl/&lt;schema&gt;/&lt;name&gt;.sql). Its data lives at &lt;warehouse&gt;/&lt;schema&gt;/&lt;name&gt;.
 */
public enum WarehouseTable {
    BRONZE_MESSAGES("bronze", "messages"),
    BRONZE_CASE_EVENTS("bronze", "case_events"),
    BRONZE_SURVEYS("bronze", "surveys"),
    BRONZE_QUARANTINE("bronze", "quarantine"),
    OPS_RUN_AUDIT("ops", "run_audit");

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

    public String location(String warehouseRoot) {
        return stripSlash(warehouseRoot) + "/" + schema + "/" + name;
    }

    public String ddlFile() {
        return "ddl/" + schema + "/" + name + ".sql";
    }

    static String stripSlash(String root) {
        return root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
    }
}
