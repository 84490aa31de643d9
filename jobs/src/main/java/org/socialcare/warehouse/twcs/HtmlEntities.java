package org.socialcare.warehouse.twcs;

/**
 * Decodes the HTML entities that Twitter left in tweet text ({@code &amp;gt;} for {@code >}).
 *
 * <p>Named entities {@code &amp; &lt; &gt; &quot; &apos; &nbsp;} and numeric ones ({@code &#39;},
 * {@code &#x27;}, any code point) are decoded in a single pass, so {@code &amp;gt;} becomes the
 * literal text {@code &gt;} and is not decoded twice. Anything else is left exactly as written: an
 * unknown name ({@code &copy;}), a missing semicolon ({@code AT&T}), or a number that is not a
 * valid Unicode scalar value ({@code &#0;}, a surrogate, above U+10FFFF).
 */
public final class HtmlEntities {
    /** Longest entity we try to decode, "&#x10FFFF;" plus slack for leading zeros. */
    private static final int MAX_ENTITY_LENGTH = 16;

    private HtmlEntities() {
    }

    /** The text with its entities decoded; null stays null. */
    public static String decode(String text) {
        if (text == null) {
            return null;
        }
        int amp = text.indexOf('&');
        if (amp < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        while (amp >= 0) {
            int semi = text.indexOf(';', amp + 1);
            if (semi > amp + 1 && semi - amp <= MAX_ENTITY_LENGTH) {
                int codePoint = codePoint(text, amp + 1, semi);
                if (codePoint >= 0) {
                    out.append(text, copied, amp).appendCodePoint(codePoint);
                    copied = semi + 1;
                    amp = text.indexOf('&', copied);
                    continue;
                }
            }
            amp = text.indexOf('&', amp + 1);
        }
        if (copied == 0) {
            return text;
        }
        return out.append(text, copied, text.length()).toString();
    }

    /** The code point of the entity body text[from, to) (between '&' and ';'), or -1. */
    private static int codePoint(String text, int from, int to) {
        if (text.charAt(from) != '#') {
            switch (text.substring(from, to)) {
                case "amp": return '&';
                case "lt": return '<';
                case "gt": return '>';
                case "quot": return '"';
                case "apos": return '\'';
                case "nbsp": return '\u00A0';
                default: return -1;
            }
        }
        int start = from + 1;
        int radix = 10;
        if (start < to && (text.charAt(start) == 'x' || text.charAt(start) == 'X')) {
            radix = 16;
            start++;
        }
        if (start == to) {
            return -1;
        }
        int value = 0;
        for (int i = start; i < to; i++) {
            int digit = Character.digit(text.charAt(i), radix);
            if (digit < 0) {
                return -1;
            }
            value = value * radix + digit;
            if (value > Character.MAX_CODE_POINT) {
                return -1;
            }
        }
        if (value == 0 || (value >= Character.MIN_SURROGATE && value <= Character.MAX_SURROGATE)) {
            return -1;
        }
        return value;
    }
}
