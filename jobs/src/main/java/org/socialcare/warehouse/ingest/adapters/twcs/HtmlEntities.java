package org.socialcare.warehouse.ingest.adapters.twcs;

import org.apache.commons.text.translate.AggregateTranslator;
import org.apache.commons.text.translate.CharSequenceTranslator;
import org.apache.commons.text.translate.EntityArrays;
import org.apache.commons.text.translate.LookupTranslator;
import org.apache.commons.text.translate.NumericEntityUnescaper;

import java.util.HashMap;
import java.util.Map;

/**
 * Decodes the HTML entities that Twitter left in tweet text ({@code &amp;gt;} for {@code >}), with
 * commons-text's translators, in a single pass: {@code &amp;gt;} becomes the literal text {@code &gt;}
 * and is not decoded twice. Decoded: the named entities Twitter writes ({@code &amp; &lt; &gt; &quot;
 * &apos; &nbsp;}) and numeric ones ({@code &#39;}, {@code &#x27;}) with a semicolon. Anything else is
 * left exactly as written: other names ({@code &copy;}, which tweets use as text), a missing semicolon
 * ({@code AT&T}), or a number that is not a valid Unicode scalar value ({@code &#0;}, a surrogate,
 * above U+10FFFF).
 */
public final class HtmlEntities {
    private static final CharSequenceTranslator DECODER = new AggregateTranslator(
            new LookupTranslator(named()),
            new ValidNumericEntities());

    private HtmlEntities() {
    }

    /** The text with its entities decoded; null stays null, and text without an ampersand is returned as is. */
    public static String decode(String text) {
        if (text == null || text.indexOf('&') < 0) {
            return text;
        }
        return DECODER.translate(text);
    }

    private static Map<CharSequence, CharSequence> named() {
        Map<CharSequence, CharSequence> names = new HashMap<>(EntityArrays.BASIC_UNESCAPE);
        names.putAll(EntityArrays.APOS_UNESCAPE);
        names.put("&nbsp;", "\u00A0");
        return names;
    }

    /** commons-text's numeric unescaper, limited to entities with a semicolon that name a Unicode scalar value. */
    private static final class ValidNumericEntities extends CharSequenceTranslator {
        private final NumericEntityUnescaper numeric =
                new NumericEntityUnescaper(NumericEntityUnescaper.OPTION.semiColonRequired);

        @Override
        public int translate(CharSequence input, int index, java.io.Writer out) throws java.io.IOException {
            if (input.charAt(index) != '&' || index + 2 >= input.length() || input.charAt(index + 1) != '#') {
                return 0;
            }
            int semi = index + 2;
            while (semi < input.length() && semi - index <= 16 && input.charAt(semi) != ';') {
                semi++;
            }
            if (semi >= input.length() || input.charAt(semi) != ';') {
                return 0;
            }
            Integer codePoint = codePoint(input.subSequence(index + 2, semi).toString());
            if (codePoint == null || codePoint == 0 || codePoint > Character.MAX_CODE_POINT
                    || (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE)) {
                return 0;
            }
            return numeric.translate(input, index, out);
        }

        private static Integer codePoint(String body) {
            try {
                boolean hex = body.startsWith("x") || body.startsWith("X");
                String digits = hex ? body.substring(1) : body;
                return digits.isEmpty() ? null : Integer.parseInt(digits, hex ? 16 : 10);
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }
}
