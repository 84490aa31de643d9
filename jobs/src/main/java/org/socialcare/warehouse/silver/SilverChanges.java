package org.socialcare.warehouse.silver;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a sessionization run changed: the bronze versions it read up to, the as-of time, the first
 * date it rebuilt from (empty when nothing changed), the report dates to re-aggregate, and counts:
 * bronze messages of the rebuilt keys, messages and conversations rebuilt, distinct conversation ids
 * among them, conversations removed, and rebuilt rows of brands and agents missing from the reference data.
 */
public record SilverChanges(Map<String, Long> sourceVersions, Instant asOf, Optional<LocalDate> scanFrom,
                            List<LocalDate> affectedDates, long bronzeMessagesInScope, long messagesRebuilt,
                            long conversationsRebuilt, long distinctConversationIds, long conversationsRemoved,
                            long unknownBrandMessages, long unknownBrands, long unknownAgentReplies,
                            long unknownAgents) {

    static SilverChanges none(Map<String, Long> versions, Instant asOf) {
        return new SilverChanges(versions, asOf, Optional.empty(), List.of(), 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    public boolean changed() {
        return scanFrom.isPresent();
    }
}
