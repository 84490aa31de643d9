package org.socialcare.warehouse.sample;

import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

/**
 * Makes the broken lines a real export sometimes holds and ingest must quarantine (SPEC section 1),
 * one per {@link Kind}. Each breaks exactly one rule, with a value no good line of the sample uses,
 * so that a reader can tell them apart by a plain string search.
 */
final class BadLineMaker {
    /** The ways a line is broken. */
    enum Kind {
        /** Cut off in the middle of created_at, as by an export that died. */
        NOT_JSON,
        /** A message without customer_id. */
        MISSING_FIELD,
        /** {@code "type":"reaction"}. */
        UNKNOWN_TYPE,
        /** {@code "direction":"internal"}. */
        UNKNOWN_DIRECTION,
        /** {@code "event":"archived"}. */
        UNKNOWN_EVENT,
        /** {@code "kind":"stars"}. */
        UNKNOWN_KIND,
        /** A day-first time such as {@code "16/11/2026 10:05"}. */
        UNPARSEABLE_TIME,
        /** An ISO-8601 time without a zone offset, such as {@code "2026-11-16T10:05:00"}. */
        TIME_WITHOUT_OFFSET,
        /** A CSAT score outside 1..5. */
        SCORE_OUT_OF_SCALE
    }

    /** Share of the lines that are broken. */
    static final double BAD_LINE_SHARE = 0.005;
    /** Lines per message in a dump (case events and surveys come on top of messages), measured. */
    static final double LINES_PER_MESSAGE = 1.5;
    /** From this many messages a day, every kind appears in every dump. */
    static final int EVERY_KIND_FROM_MESSAGES_PER_DAY = 1000;

    private static final List<Integer> OUT_OF_SCALE_CSAT = List.of(0, 6, 9);

    private final Draw draw;

    BadLineMaker(Draw draw) {
        this.draw = draw;
    }

    /** How many broken lines a dump of {@code messagesPerDay} messages gets. */
    static int countPerDay(int messagesPerDay) {
        int share = (int) Math.round(messagesPerDay * LINES_PER_MESSAGE * BAD_LINE_SHARE);
        return messagesPerDay >= EVERY_KIND_FROM_MESSAGES_PER_DAY ? Math.max(share, Kind.values().length) : share;
    }

    /** The kind of a day's {@code index}-th broken line: every kind once first, then at random. */
    Kind kindOf(int index) {
        Kind[] kinds = Kind.values();
        return index < kinds.length ? kinds[index] : kinds[draw.between(0, kinds.length - 1)];
    }

    /** A broken line of the given kind, as if created at {@code at} (epoch seconds). */
    String make(Kind kind, long at, RecordIds ids) {
        SampleBrand brand = draw.oneOf(List.of(SampleBrand.values()));
        String channel = SampleChannel.values()[draw.weighted(SampleChannel.trafficShares())].id;
        String customer = RecordIds.customer(draw.between(1, 9_999_999));
        String createdAt = Timestamps.iso(at, ZoneOffset.UTC);
        String text = draw.oneOf(draw.oneOf(brand.topics()).openers()).text();
        return switch (kind) {
            case NOT_JSON -> {
                String line = message(ids, channel, brand, "in", customer, createdAt, text).toString();
                yield line.substring(0, line.indexOf("\"created_at\"") + "\"created_at\":\"2026-11-16T1".length());
            }
            case MISSING_FIELD -> message(ids, channel, brand, "in", null, createdAt, text).toString();
            case UNKNOWN_TYPE -> new JsonLine()
                    .field("type", "reaction")
                    .field("id", ids.next("rct"))
                    .field("channel", channel)
                    .field("brand_id", brand.id)
                    .field("customer_id", customer)
                    .field("created_at", createdAt)
                    .field("emoji", "👍")
                    .toString();
            case UNKNOWN_DIRECTION -> message(ids, channel, brand, "internal", customer, createdAt,
                    "Note: customer called twice about this")
                    .field("agent_id", brand.agent(draw.between(1, SampleBrand.AGENTS_PER_BRAND)))
                    .toString();
            case UNKNOWN_EVENT -> new JsonLine()
                    .field("type", "case_event")
                    .field("id", ids.next("evt"))
                    .field("channel", channel)
                    .field("brand_id", caseEventBrand().id)
                    .field("customer_id", customer)
                    .field("event", "archived")
                    .field("created_at", createdAt)
                    .toString();
            case UNKNOWN_KIND -> survey(ids, channel, brand, customer, "stars", 4, createdAt);
            case UNPARSEABLE_TIME -> message(ids, channel, brand, "in", customer, Timestamps.dayFirst(at), text).toString();
            case TIME_WITHOUT_OFFSET -> message(ids, channel, brand, "in", customer,
                    Timestamps.local(at, ZoneOffset.UTC), text).toString();
            case SCORE_OUT_OF_SCALE -> survey(ids, channel, brand, customer, "csat", draw.oneOf(OUT_OF_SCALE_CSAT), createdAt);
        };
    }

    private SampleBrand caseEventBrand() {
        return draw.oneOf(Arrays.stream(SampleBrand.values()).filter(b -> b.sendsCaseEvents).toList());
    }

    private static JsonLine message(RecordIds ids, String channel, SampleBrand brand, String direction,
                                    String customer, String createdAt, String text) {
        return new JsonLine()
                .field("type", "message")
                .field("id", ids.next("msg"))
                .field("channel", channel)
                .field("brand_id", brand.id)
                .field("direction", direction)
                .field("customer_id", customer)
                .field("created_at", createdAt)
                .field("text", text);
    }

    private static String survey(RecordIds ids, String channel, SampleBrand brand, String customer, String kind,
                                 int score, String createdAt) {
        return new JsonLine()
                .field("type", "survey")
                .field("id", ids.next("srv"))
                .field("channel", channel)
                .field("brand_id", brand.id)
                .field("customer_id", customer)
                .field("kind", kind)
                .field("score", score)
                .field("created_at", createdAt)
                .toString();
    }
}
