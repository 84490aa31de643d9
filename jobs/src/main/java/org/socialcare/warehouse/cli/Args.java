package org.socialcare.warehouse.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The flags (--name value) and positional arguments of one command, checked against what it accepts. */
public final class Args {
    private final String command;
    private final Map<String, String> flags;
    private final List<String> positionals;

    private Args(String command, Map<String, String> flags, List<String> positionals) {
        this.command = command;
        this.flags = flags;
        this.positionals = positionals;
    }

    /** Parses args[1..] of a command; flags not in {@code allowed} are a usage error. */
    public static Args parse(String command, String[] args, Set<String> allowed) {
        Map<String, String> flags = new LinkedHashMap<>();
        List<String> positionals = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (a.startsWith("--")) {
                String name = a.substring(2);
                String value;
                int eq = name.indexOf('=');
                if (eq >= 0) {
                    value = name.substring(eq + 1);
                    name = name.substring(0, eq);
                } else {
                    if (i + 1 >= args.length) {
                        throw new UsageException(command + ": flag --" + name + " needs a value");
                    }
                    value = args[++i];
                }
                if (!allowed.contains(name)) {
                    throw new UsageException(command + ": unknown flag --" + name + " (accepted: --"
                            + String.join(", --", allowed) + ")");
                }
                flags.put(name, value);
            } else {
                positionals.add(a);
            }
        }
        return new Args(command, flags, positionals);
    }

    public Optional<String> optional(String name) {
        return Optional.ofNullable(flags.get(name));
    }

    public String required(String name) {
        String v = flags.get(name);
        if (v == null || v.isBlank()) {
            throw new UsageException(command + ": missing required flag --" + name);
        }
        return v;
    }

    public LocalDate date(String name) {
        return parseDate(name, required(name));
    }

    public Optional<LocalDate> optionalDate(String name) {
        return optional(name).map(v -> parseDate(name, v));
    }

    public int positiveInt(String name, int defaultValue) {
        String v = flags.get(name);
        if (v == null) {
            return defaultValue;
        }
        try {
            int n = Integer.parseInt(v);
            if (n <= 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException(command + ": --" + name + " must be a positive whole number, got '" + v + "'");
        }
    }

    public long longValue(String name, long defaultValue) {
        String v = flags.get(name);
        if (v == null) {
            return defaultValue;
        }
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new UsageException(command + ": --" + name + " must be a whole number, got '" + v + "'");
        }
    }

    /** A flag that is true or false, or the default when absent. */
    public boolean bool(String name, boolean defaultValue) {
        String v = flags.get(name);
        if (v == null) {
            return defaultValue;
        }
        if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(v);
        }
        throw new UsageException(command + ": --" + name + " must be true or false, got '" + v + "'");
    }

    public List<String> positionals() {
        return positionals;
    }

    /** For commands that take flags only: a stray word is a usage error, not silently ignored. */
    public Args withoutPositionals() {
        if (!positionals.isEmpty()) {
            throw new UsageException(command + ": unexpected argument '" + positionals.get(0) + "'");
        }
        return this;
    }

    private LocalDate parseDate(String name, String v) {
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new UsageException(command + ": --" + name + " must be a date YYYY-MM-DD, got '" + v + "'");
        }
    }
}
