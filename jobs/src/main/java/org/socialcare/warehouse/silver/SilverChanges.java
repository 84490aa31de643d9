package org.socialcare.warehouse.silver;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one sessionization rebuilt, handed to the quality checks and to gold: the bronze versions read
 * up to, the as-of time and that of the last run that published (the epoch when none has), and, when
 * anything changed, the first UTC date rebuilt from, the report dates to re-aggregate, the counts the
 * checks read, the rebuilt conversations (silver.conversations rows) with the stored ones that no
 * longer exist, the rebuilt conversations' waits (gold.fact_reply rows), and the rebuilt messages and
 * case events (silver.messages and silver.case_events rows of the rebuilt keys). The datasets stay
 * cached until the sessionizer is released.
 */
public record SilverChanges(Map<String, Long> sourceVersions, Instant asOf, Instant publishedAsOf,
                            Optional<Rebuilt> rebuilt) {

    /** The rebuilt slice. */
    public record Rebuilt(LocalDate scanFrom, List<LocalDate> affectedDates, Counts counts,
                          Dataset<Row> conversations, Dataset<Row> replies, Dataset<Row> removedConversations,
                          Dataset<Row> messages, Dataset<Row> caseEvents) {
    }

    /**
     * Counts of a rebuild: bronze messages of the rebuilt keys, messages and conversations rebuilt,
     * distinct conversation ids among them, stored conversations removed, and rebuilt rows of brands
     * and agents missing from the reference data.
     */
    public record Counts(long bronzeMessagesInScope, long messagesRebuilt, long conversationsRebuilt,
                         long distinctConversationIds, long conversationsRemoved, long unknownBrandMessages,
                         long unknownBrands, long unknownAgentReplies, long unknownAgents) {
    }

    static SilverChanges none(Map<String, Long> versions, Instant asOf, Instant publishedAsOf) {
        return new SilverChanges(versions, asOf, publishedAsOf, Optional.empty());
    }

    public boolean changed() {
        return rebuilt.isPresent();
    }
}
