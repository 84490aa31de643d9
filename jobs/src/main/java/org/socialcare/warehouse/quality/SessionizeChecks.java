package org.socialcare.warehouse.quality;

import org.socialcare.warehouse.infra.ops.QualityResult;
import org.socialcare.warehouse.silver.SilverChanges;

import java.util.List;

/** The checks on a sessionization before anything of it is published. */
public final class SessionizeChecks {
    private SessionizeChecks() {
    }

    public static List<QualityResult> of(SilverChanges changes) {
        if (changes.rebuilt().isEmpty()) {
            return List.of();
        }
        SilverChanges.Counts c = changes.rebuilt().get().counts();
        return List.of(
                new QualityResult("messages_sessionized", c.messagesRebuilt() == c.bronzeMessagesInScope(),
                        c.bronzeMessagesInScope() + " bronze messages of the rebuilt keys, " + c.messagesRebuilt()
                                + " in conversations"),
                new QualityResult("conversation_ids_unique", c.distinctConversationIds() == c.conversationsRebuilt(),
                        c.conversationsRebuilt() + " conversations rebuilt, " + c.distinctConversationIds()
                                + " distinct ids"),
                // Informational (SPEC 2: unknown brands are not an error): always passes, says how many.
                new QualityResult("unknown_brands", true, c.unknownBrandMessages() + " rebuilt messages of "
                        + c.unknownBrands() + " brands not in reference.brands (reported under industry unknown, "
                        + "default time zone and schedule)"),
                new QualityResult("unknown_agents", true, c.unknownAgentReplies() + " rebuilt agent replies of "
                        + c.unknownAgents() + " agents not in agents (reported under team unknown at "
                        + "cost.default_hourly_cost)"));
    }
}
