package org.socialcare.warehouse.ingest;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The formats a landing folder can hold (config ingest.format, flag --format), with the files each reads. */
public enum InputFormat {
    /** SPEC section 1: JSON lines of messages, case events and surveys. */
    CANONICAL("canonical", List.of(".jsonl", ".jsonl.gz")),
    /** The "Customer Support on Twitter" CSV (SPEC section 1), mapped to message records by TwcsMapper. */
    TWCS("twcs", List.of(".csv", ".csv.gz"));

    private final String configName;
    private final List<String> fileSuffixes;

    InputFormat(String configName, List<String> fileSuffixes) {
        this.configName = configName;
        this.fileSuffixes = fileSuffixes;
    }

    public String configName() {
        return configName;
    }

    /** Endings of the dump files this format reads; other files in a dump folder are ignored. */
    public List<String> fileSuffixes() {
        return fileSuffixes;
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
