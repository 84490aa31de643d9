package org.socialcare.warehouse.ingest.adapters.twcs;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the seven string fields of a TWCS record into a {@link TwcsRow}, or into a quarantine
 * reason that says which field is wrong, what it held and what was expected.
 *
 * <p>Rules: ids are trimmed and must be digits (a float-looking id such as {@code 3.0}, which
 * spreadsheet and pandas round trips produce, is accepted as {@code 3}); tweet_id and author_id
 * are required; inbound is TRUE or FALSE in any case; created_at is the Twitter time format
 * ({@link TwcsTime}); response_tweet_id is a comma-separated list whose empty items are ignored;
 * an empty in_response_to_tweet_id means none. Text may be empty; its HTML entities are decoded.
 * Every problem of a record is reported, separated by "; ", so one look fixes them all.
 */
public final class TwcsRowParser {
    private static final int SHOWN_VALUE_CHARS = 60;

    private TwcsRowParser() {
    }

    /** Parses a record from {@link TwcsCsvReader}; an error record keeps the reader's reason. */
    public static Result parse(TwcsCsvReader.Record record) {
        if (record.isError()) {
            return Result.rejected("unreadable CSV record: " + record.error());
        }
        return parse(record.fields());
    }

    /** Parses the fields in the order of {@link TwcsCsvReader#COLUMNS}. */
    public static Result parse(List<String> fields) {
        if (fields == null || fields.size() != TwcsCsvReader.COLUMNS.size()) {
            return Result.rejected("expected " + TwcsCsvReader.COLUMNS.size() + " fields but found "
                    + (fields == null ? 0 : fields.size()));
        }
        List<String> problems = new ArrayList<>(2);

        String tweetId = id(fields.get(TwcsCsvReader.TWEET_ID), "tweet_id", true, problems);

        String authorId = strip(fields.get(TwcsCsvReader.AUTHOR_ID));
        if (authorId.isEmpty()) {
            problems.add("author_id is empty");
        }

        String inboundText = strip(fields.get(TwcsCsvReader.INBOUND));
        boolean inbound = false;
        if (inboundText.equalsIgnoreCase("TRUE")) {
            inbound = true;
        } else if (!inboundText.equalsIgnoreCase("FALSE")) {
            problems.add(inboundText.isEmpty()
                    ? "inbound is empty; expected TRUE or FALSE"
                    : "inbound '" + shorten(inboundText) + "' is not TRUE or FALSE");
        }

        String createdAtText = fields.get(TwcsCsvReader.CREATED_AT);
        Instant createdAt = TwcsTime.parse(createdAtText);
        if (createdAt == null) {
            problems.add(TwcsTime.problem(createdAtText));
        }

        List<String> responses = new ArrayList<>(2);
        String responseText = fields.get(TwcsCsvReader.RESPONSE_TWEET_ID);
        if (responseText != null && !responseText.isBlank()) {
            for (String item : responseText.split(",", -1)) {
                if (!item.isBlank()) {
                    String id = id(item, "response_tweet_id", false, problems);
                    if (id != null) {
                        responses.add(id);
                    }
                }
            }
        }

        String inResponseTo = id(fields.get(TwcsCsvReader.IN_RESPONSE_TO_TWEET_ID), "in_response_to_tweet_id",
                false, problems);

        if (!problems.isEmpty()) {
            return Result.rejected(String.join("; ", problems));
        }
        String text = fields.get(TwcsCsvReader.TEXT);
        return Result.accepted(new TwcsRow(tweetId, authorId, inbound, createdAt,
                HtmlEntities.decode(text == null ? "" : text), responses, inResponseTo));
    }

    /** The id, trimmed and checked; null when empty (reported if required) or invalid (reported). */
    private static String id(String value, String column, boolean required, List<String> problems) {
        String id = strip(value);
        if (id.isEmpty()) {
            if (required) {
                problems.add(column + " is empty");
            }
            return null;
        }
        if (isDigits(id)) {
            return id;
        }
        if (id.endsWith(".0") && isDigits(id.substring(0, id.length() - 2))) {
            return id.substring(0, id.length() - 2);
        }
        problems.add(column + " '" + shorten(id) + "' is not a numeric tweet id");
        return null;
    }

    static boolean isDigits(String s) {
        if (s == null || s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }

    /** A value cut to a length that fits in a reason, with line breaks shown as \n. */
    static String shorten(String value) {
        String v = value.replace("\r", "\\r").replace("\n", "\\n");
        return v.length() <= SHOWN_VALUE_CHARS ? v : v.substring(0, SHOWN_VALUE_CHARS) + "...";
    }

    /**
     * Either a row or the reason it was rejected.
     *
     * @param row    the parsed row, or null when rejected
     * @param reason why the record goes to quarantine, or null when accepted
     */
    public record Result(TwcsRow row, String reason) implements Serializable {
        static Result accepted(TwcsRow row) {
            return new Result(row, null);
        }

        static Result rejected(String reason) {
            return new Result(null, reason);
        }

        public boolean isAccepted() {
            return row != null;
        }
    }
}
