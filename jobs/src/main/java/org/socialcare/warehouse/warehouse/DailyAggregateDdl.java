package org.socialcare.warehouse.warehouse;

import java.util.Map;

/**
 * The grain columns of the three daily aggregates, which share their measures and one DDL file
 * (sql/ddl/gold/daily_aggregate.sql); their rows come from sql/gold/daily_aggregate.sql.
 */
enum DailyAggregateDdl {
    CHANNEL("brand_id",
            "  brand_id      STRING    COMMENT 'Brand.',\n"
                    + "  industry      STRING    COMMENT 'Industry of the brand (reference.brands; unknown if not listed).',",
            ""),
    INDUSTRY("industry",
            "  industry      STRING    COMMENT 'Industry (reference.brands; unknown for brands not listed).',",
            ""),
    AGENT("agent_id",
            "  agent_id      STRING    COMMENT 'Agent: of the conversation (most replies) for conversation measures, "
                    + "the sender for replies; unassigned when no agent replied.',",
            ",\n  transfers_in  BIGINT    COMMENT 'transferred case events of this local date whose target is this agent.',"
                    + "\n  transfers_out BIGINT    COMMENT 'transferred case events of this local date made by this agent (agent_id).'");

    static final String FILE = "ddl/gold/daily_aggregate.sql";

    private final String grain;
    private final String grainColumns;
    private final String extraColumns;

    DailyAggregateDdl(String grain, String grainColumns, String extraColumns) {
        this.grain = grain;
        this.grainColumns = grainColumns;
        this.extraColumns = extraColumns;
    }

    Map<String, String> params(String table) {
        return Map.of("table", table, "grain", grain, "grain_columns", grainColumns, "extra_columns", extraColumns);
    }
}
