package org.socialcare.warehouse.sample;

import java.util.List;

/**
 * Builds one flat JSON object as a single line, fields in the order they are added; a null value
 * leaves its field out. Strings are escaped per RFC 8259 (quote, backslash, control characters),
 * non-ASCII text such as emoji is kept as is and written as UTF-8.
 */
final class JsonLine {
    private final StringBuilder json = new StringBuilder(320).append('{');

    JsonLine field(String name, String value) {
        if (value != null) {
            name(name);
            quote(value);
        }
        return this;
    }

    JsonLine field(String name, long value) {
        name(name);
        json.append(value);
        return this;
    }

    JsonLine field(String name, boolean value) {
        name(name);
        json.append(value);
        return this;
    }

    JsonLine field(String name, List<String> values) {
        if (values != null) {
            name(name);
            json.append('[');
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) {
                    json.append(',');
                }
                quote(values.get(i));
            }
            json.append(']');
        }
        return this;
    }

    @Override
    public String toString() {
        return json + "}";
    }

    private void name(String name) {
        if (json.length() > 1) {
            json.append(',');
        }
        quote(name);
        json.append(':');
    }

    private void quote(String value) {
        json.append('"');
        if (!needsEscaping(value)) {
            json.append(value).append('"');
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    // Other control characters, and the two separators that end a line in JavaScript.
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }

    private static boolean needsEscaping(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\' || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }
}
