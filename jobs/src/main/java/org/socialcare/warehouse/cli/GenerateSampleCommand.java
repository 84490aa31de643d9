package org.socialcare.warehouse.cli;

import org.socialcare.warehouse.sample.SampleGenerator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;

/**
 * {@code generate-sample --out DIR --days N --messages-per-day N}: writes realistic canonical dumps
 * (with a few duplicates, late records and bad lines) for demos, tests and benchmarks.
 */
final class GenerateSampleCommand {
    static final String USAGE = "generate-sample --out DIR [--days N] [--messages-per-day N] [--start-date YYYY-MM-DD] [--seed N]";
    static final LocalDate DEFAULT_START = LocalDate.of(2026, 11, 16);

    private GenerateSampleCommand() {
    }

    static int run(String[] argv) {
        Args args = Args.parse("generate-sample", argv,
                Set.of("out", "days", "messages-per-day", "start-date", "seed")).withoutPositionals();
        SampleGenerator.Options options = new SampleGenerator.Options(
                Path.of(args.required("out")),
                args.optionalDate("start-date").orElse(DEFAULT_START),
                args.positiveInt("days", 3),
                args.positiveInt("messages-per-day", 2000),
                args.longValue("seed", 42L));
        try {
            SampleGenerator.Summary s = SampleGenerator.generate(options);
            System.out.printf("wrote %d lines in %d dumps under %s: %d messages, %d case events, %d surveys; "
                            + "on purpose %d bad lines, %d duplicate lines, %d late records%n",
                    s.linesWritten(), s.linesPerDump().size(), options.out(), s.messages(), s.caseEvents(),
                    s.surveys(), s.badLines(), s.duplicateLines(), s.lateLines());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the sample under " + options.out() + ": " + e.getMessage(), e);
        }
        return 0;
    }
}
