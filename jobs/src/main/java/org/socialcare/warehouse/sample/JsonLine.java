package org.socialcare.warehouse.sample;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * Builds one flat JSON object as a single line (Jackson), fields in the order they are added; a null
 * value leaves its field out. Jackson escapes strings per RFC 8259; non-ASCII text such as emoji is
 * kept as is and written as UTF-8.
 */
final class JsonLine {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final ObjectNode json = MAPPER.createObjectNode();

    JsonLine field(String name, String value) {
        if (value != null) {
            json.put(name, value);
        }
        return this;
    }

    JsonLine field(String name, long value) {
        json.put(name, value);
        return this;
    }

    JsonLine field(String name, boolean value) {
        json.put(name, value);
        return this;
    }

    JsonLine field(String name, List<String> values) {
        if (values != null) {
            ArrayNode array = json.putArray(name);
            values.forEach(array::add);
        }
        return this;
    }

    @Override
    public String toString() {
        try {
            return MAPPER.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a sample record as JSON: " + e.getMessage(), e);
        }
    }
}
