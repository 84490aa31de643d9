package org.socialcare.warehouse.gold;

import org.socialcare.warehouse.infra.catalog.WarehouseTable;

import java.util.Map;

/**
 * The tables gold's SQL reads its facts and messages from, bound to the files' IDENTIFIER(:name)
 * parameters: the warehouse's own (silver.messages, silver.case_events, gold.fact_conversation,
 * gold.fact_reply) when publishing, or views of the same columns, so that a test can run gold's SQL
 * on small hand-checked inputs without writing a table.
 */
public record GoldSources(String messages, String caseEvents, String factConversation, String factReply) {
    public static final GoldSources WAREHOUSE = new GoldSources(WarehouseTable.SILVER_MESSAGES.qualifiedName(),
            WarehouseTable.SILVER_CASE_EVENTS.qualifiedName(), WarehouseTable.GOLD_FACT_CONVERSATION.qualifiedName(),
            WarehouseTable.GOLD_FACT_REPLY.qualifiedName());

    /** The parameters messages, case_events, fact_conversation and fact_reply. */
    Map<String, Object> parameters() {
        return Map.of("messages", messages, "case_events", caseEvents, "fact_conversation", factConversation,
                "fact_reply", factReply);
    }
}
