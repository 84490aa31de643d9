package org.socialcare.warehouse.cli;

import org.socialcare.warehouse.sample.SampleGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

/**
 * {@code generate-sample --out DIR --days N --messages-per-day N}: writes realistic canonical dumps
 * (with a few duplicates, late records and bad lines) for demos, tests and benchmarks.
 */
@Command(name = "generate-sample", mixinStandardHelpOptions = true,
        description = "Writes realistic canonical dumps, with duplicates, late records and bad lines on purpose.")
final class GenerateSampleCommand implements Callable<Integer> {
    static final String USAGE = "generate-sample --out DIR [--days N] [--messages-per-day N] [--start-date YYYY-MM-DD] [--seed N]";

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "landing folder to write")
    Path out;

    @Option(names = "--days", paramLabel = "N", converter = Converters.PositiveInt.class,
            description = "dump dates (default 3)")
    int days = 3;

    @Option(names = "--messages-per-day", paramLabel = "N", converter = Converters.PositiveInt.class,
            description = "messages of the conversations started each day (default 2000)")
    int messagesPerDay = 2000;

    @Option(names = "--start-date", paramLabel = "YYYY-MM-DD", converter = Converters.Date.class,
            description = "first dump date (default 2026-11-16)")
    LocalDate startDate = LocalDate.of(2026, 11, 16);

    @Option(names = "--seed", paramLabel = "N", converter = Converters.WholeNumber.class,
            description = "seed of every random choice (default 42)")
    long seed = 42L;

    @Override
    public Integer call() {
        SampleGenerator.Options options = new SampleGenerator.Options(out, startDate, days, messagesPerDay, seed);
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
