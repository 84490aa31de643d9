package org.socialcare.warehouse.ingest.adapters.twcs;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the agent's sign-off at the end of a company reply: {@code ... -Becky}, {@code ... - KC},
 * {@code ... ^JK}, {@code ...\n^HSB}, {@code ... *TJ}, {@code ... ~Sam}, {@code ... /JK}.
 *
 * <p>The rule, applied to the end of the text after trailing blanks and trailing links
 * ({@code https://t.co/...}) are removed:
 * <ol>
 *   <li>a marker {@code - – — ^ * ~ /} at the start of the text or of a line, or after a blank or
 *       after {@code . ! ?} (so {@code over-Maybe}, {@code 24/7} and {@code :-D} do not count);</li>
 *   <li>optionally one space;</li>
 *   <li>a name as written: 2 to 4 capitals ({@code KC}, {@code HSB}, {@code JAY}) or a capitalised
 *       word, possibly two run together ({@code Becky}, {@code DeAnna}, {@code ErinRoberts});</li>
 *   <li>optionally a final {@code .} or {@code !}, then the end of the text.</li>
 * </ol>
 * A name that is a common word, weekday, month or longer acronym ({@code - Thanks},
 * {@code Mon - Fri}, {@code 8am-8pm - EST}, {@code - ASAP}) is not a sign-off; two capitals always
 * are. Hashtags, mentions and emoticons such as
 * {@code :-)} or {@code ^_^} never match, since the name must start with a letter right after the
 * marker. Signatures without a marker ({@code Thanks, Sam}) are not recognised: too many ordinary
 * sentences end the same way.
 *
 * <p>The name is returned as written: initials are not unique across brands, so callers should
 * qualify it with the brand when building an agent id.
 */
public final class SignOff {
    private static final Pattern SIGN_OFF = Pattern.compile(
            "(?<![^\\s.!?])[-\\u2013\\u2014^*~/][ \\u00A0]?"
                    + "(\\p{Lu}{2,4}|\\p{Lu}\\p{Ll}{1,15}(?:\\p{Lu}\\p{Ll}{1,15})?)"
                    + "[.!]?$");

    /** How far from the end a sign-off can start; keeps the regex off long texts. */
    private static final int TAIL_CHARS = 40;

    /**
     * Words that end ordinary sentences after a dash, lower case. Two capitals are always taken as
     * initials ({@code -PM}, {@code -ET} are agents far more often than times), so only longer
     * acronyms are listed.
     */
    private static final Set<String> NOT_NAMES = Set.of(
            // courtesy and sentence endings
            "thanks", "thank", "thx", "cheers", "regards", "best", "enjoy", "always", "team",
            "support", "help", "please", "sorry", "hello", "hi", "hey", "yes", "no", "ok", "okay",
            "soon", "today", "tomorrow", "tonight", "now", "here", "there", "everyone", "all", "you",
            "we", "us", "me", "it", "this", "that", "anytime", "anyway", "again", "later", "more",
            "noon", "midnight", "daily", "weekly", "monthly", "free", "new", "info", "details",
            // weekdays; month abbreviations and the months that are not also first names (Jan, April,
            // May, June and August may be agents)
            "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "january", "february", "march", "july", "september", "october", "november", "december",
            // acronyms and time zones of three or four letters
            "dms", "usa", "faq", "faqs", "pin", "sim", "usb", "url", "app", "apps", "asap", "fyi",
            "btw", "lol", "omg", "idk", "imo", "tba", "tbd", "eta", "est", "pst", "cst", "mst", "edt",
            "pdt", "cdt", "mdt", "gmt", "bst", "utc", "cet", "cest", "aest", "hst", "akst");

    private SignOff() {
    }

    /** The sign-off name or initials as written, or empty when the text has none. */
    public static Optional<String> agentOf(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        String body = withoutTrailingLinks(text);
        if (body.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = SIGN_OFF.matcher(body);
        m.region(Math.max(0, body.length() - TAIL_CHARS), body.length());
        m.useTransparentBounds(true).useAnchoringBounds(false);
        if (!m.find()) {
            return Optional.empty();
        }
        String name = m.group(1);
        boolean initials = name.length() == 2 && Character.isUpperCase(name.charAt(1));
        if (!initials && NOT_NAMES.contains(name.toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        return Optional.of(name);
    }

    private static String withoutTrailingLinks(String text) {
        String body = text.strip();
        while (!body.isEmpty()) {
            int tokenStart = body.length();
            while (tokenStart > 0 && !Character.isWhitespace(body.charAt(tokenStart - 1))) {
                tokenStart--;
            }
            String token = body.substring(tokenStart).toLowerCase(Locale.ROOT);
            if (!(token.startsWith("http://") || token.startsWith("https://") || token.startsWith("www.")
                    || token.startsWith("t.co/"))) {
                break;
            }
            body = body.substring(0, tokenStart).strip();
        }
        return body;
    }
}
