package org.socialcare.warehouse.ingest.adapters.twcs;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One valid tweet of the "Customer Support on Twitter" dataset, typed.
 *
 * @param tweetId             the tweet's id (digits)
 * @param authorId            a company handle ({@code AppleSupport}) or an anonymised customer number
 * @param inbound             true when written by a customer, false by a company account
 * @param createdAt           when it was posted
 * @param text                the tweet's text with HTML entities decoded ({@code &gt;} is {@code >})
 * @param responseTweetIds    ids of the tweets that reply to this one, in file order; empty if none
 * @param inResponseToTweetId id of the tweet this one replies to, or null
 */
public record TwcsRow(
        String tweetId,
        String authorId,
        boolean inbound,
        Instant createdAt,
        String text,
        List<String> responseTweetIds,
        String inResponseToTweetId) implements Serializable {

    public TwcsRow {
        Objects.requireNonNull(tweetId, "tweetId");
        Objects.requireNonNull(authorId, "authorId");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(text, "text");
        responseTweetIds = List.copyOf(responseTweetIds);
    }

    /**
     * True when the author is a company account: in this dataset company handles are kept and
     * customers are anonymised to numbers, so a non-numeric author is a brand (SPEC section 1).
     * This is independent of {@link #inbound()}: the sample has a numeric author replying like an
     * agent.
     */
    public boolean authorIsCompany() {
        return !TwcsRowParser.isDigits(authorId);
    }
}
