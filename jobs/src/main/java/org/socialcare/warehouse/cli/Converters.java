package org.socialcare.warehouse.cli;

import org.socialcare.warehouse.config.InputFormat;
import picocli.CommandLine.ITypeConverter;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Typed flag values; a value of the wrong kind is a usage error that says what was expected. */
final class Converters {
    private Converters() {
    }

    static final class Date implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new UsageException.BadValue("a date YYYY-MM-DD");
            }
        }
    }

    static final class PositiveInt implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            try {
                int n = Integer.parseInt(value);
                if (n > 0) {
                    return n;
                }
            } catch (NumberFormatException ignored) {
                // reported below
            }
            throw new UsageException.BadValue("a positive whole number");
        }
    }

    static final class WholeNumber implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            try {
                return Long.parseLong(value);
            } catch (NumberFormatException e) {
                throw new UsageException.BadValue("a whole number");
            }
        }
    }

    static final class Bool implements ITypeConverter<Boolean> {
        @Override
        public Boolean convert(String value) {
            String v = value.toLowerCase(Locale.ROOT);
            if (v.equals("true") || v.equals("false")) {
                return Boolean.parseBoolean(v);
            }
            throw new UsageException.BadValue("true or false");
        }
    }

    static final class Format implements ITypeConverter<InputFormat> {
        @Override
        public InputFormat convert(String value) {
            try {
                return InputFormat.named(value, "--format");
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
        }
    }
}
