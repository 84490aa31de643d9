package org.socialcare.warehouse.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The formats a landing folder can hold (config ingest.format, flag --format); each has a reader in ingest.adapters. */
public enum InputFormat {
    /** SPEC section 1: JSON lines of messages, case events and surveys. */
    CANONICAL("canonical"),
    /** The "Customer Support on Twitter" CSV (SPEC section 1), mapped to message records. */
    TWCS("twcs");

    private final String configName;

    InputFormat(String configName) {
        this.configName = configName;
    }

    public String configName() {
        return configName;
    }

    /** The format of a config or flag value; an unknown name is an error that lists the known ones. */
    public static InputFormat named(String name, String source) {
        String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.configName.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(source + ": unknown input format '" + name
                        + "' (known: " + Arrays.stream(values()).map(InputFormat::configName)
                        .collect(Collectors.joining(", ")) + ")"));
    }
}
