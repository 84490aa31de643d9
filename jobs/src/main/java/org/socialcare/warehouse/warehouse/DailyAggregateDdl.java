package org.socialcare.warehouse.warehouse;

import java.util.Map;

/**
 * The grain columns of the three daily aggregates, which share their measures and one DDL file
 * (sql/ddl/gold/daily_aggregate.sql); their rows come from sql/gold/daily_aggregate.sql.
 */
enum DailyAggregateDdl {
    CHANNEL("brand_id",
            "  brand_id      STRING    COMMENT 'Brand.',\n"
                    + "  industry      STRING    COMMENT 'Industry of the brand (reference.brands; unknown if not listed).',"),
    INDUSTRY("industry",
            "  industry      STRING    COMMENT 'Industry (reference.brands; unknown for brands not listed).',"),
    AGENT("agent_id",
            "  agent_id      STRING    COMMENT 'Agent: of the conversation (most replies) for conversation measures, "
                    + "the sender for replies; unassigned when no agent replied.',");

    static final String FILE = "ddl/gold/daily_aggregate.sql";

    private final String grain;
    private final String grainColumns;

    DailyAggregateDdl(String grain, String grainColumns) {
        this.grain = grain;
        this.grainColumns = grainColumns;
    }

    Map<String, String> params(String table) {
        return Map.of("table", table, "grain", grain, "grain_columns", grainColumns);
    }
}
