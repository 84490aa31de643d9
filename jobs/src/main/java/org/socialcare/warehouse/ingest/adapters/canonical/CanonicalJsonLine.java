package org.socialcare.warehouse.ingest.adapters.canonical;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import org.socialcare.warehouse.ingest.source.ParsedLines;

import java.io.IOException;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses one canonical JSON line (SPEC section 1) into the text of its known fields, in the order of
 * {@link ParsedLines#RECORD_FIELDS}, with one streaming pass of Jackson: a string field gives its
 * text, a number or boolean the text as written, an array or object its JSON (validation reads
 * tags as an array), null nothing. Unknown fields are skipped. A line that is not exactly one JSON
 * object (malformed, an array, a second value after the first) or whose text holds an unpaired
 * UTF-16 surrogate escape (which no UTF-8 column can store) gets a problem instead of fields.
 */
final class CanonicalJsonLine {
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).build();
    private static final Map<String, Integer> FIELD_INDEX = new HashMap<>();

    static {
        List<String> fields = ParsedLines.RECORD_FIELDS;
        for (int i = 0; i < fields.size(); i++) {
            FIELD_INDEX.put(fields.get(i), i);
        }
    }

    /** The fields as text (index per RECORD_FIELDS), or the problem that keeps the line from being a record. */
    record Result(String[] fields, String problem, String problemCode) {
        boolean isRecord() {
            return problem == null;
        }
    }

    private CanonicalJsonLine() {
    }

    static Result parse(String line) {
        String[] values = new String[ParsedLines.RECORD_FIELDS.size()];
        try (JsonParser p = JSON.createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return notJson();
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                Integer index = FIELD_INDEX.get(p.currentName());
                JsonToken value = p.nextToken();
                if (index == null) {
                    p.skipChildren();
                    continue;
                }
                values[index] = text(p, value);
                if (values[index] != null && hasUnpairedSurrogate(values[index])) {
                    return new Result(null, "bad encoding: field " + p.currentName() + " holds an unpaired UTF-16"
                            + " surrogate escape (a \\uD800-\\uDFFF escape without its pair), which is not text",
                            "bad_encoding");
                }
            }
            if (p.currentToken() != JsonToken.END_OBJECT) {
                return notJson();
            }
            if (p.nextToken() != null) {
                return new Result(null, "not one JSON object: a second JSON value follows the first on the same line"
                        + " (one object per line)", "not_json");
            }
            return new Result(values, null, null);
        } catch (JsonParseException e) {
            return notJson();
        } catch (IOException e) {
            return notJson();
        }
    }

    private static Result notJson() {
        return new Result(null, "not JSON: the line is not a well-formed JSON object", "not_json");
    }

    private static String text(JsonParser p, JsonToken token) throws IOException {
        switch (token) {
            case VALUE_NULL:
                return null;
            case START_ARRAY:
            case START_OBJECT:
                StringWriter raw = new StringWriter();
                try (JsonGenerator g = JSON.createGenerator(raw)) {
                    g.copyCurrentStructure(p);
                }
                return raw.toString();
            default:
                return p.getText();
        }
    }

    static boolean hasUnpairedSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                } else {
                    return true;
                }
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
