package org.socialcare.warehouse.cli;

import org.apache.hadoop.conf.Configuration;
import org.socialcare.warehouse.twcs.TwcsCsvReader;
import org.socialcare.warehouse.twcs.TwcsSplitter;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;

/**
 * {@code split-twcs --input FILE --out DIR}: cuts one "Customer Support on Twitter" CSV into daily
 * dump folders (by the UTC date of created_at), ready for {@code nightly --format twcs}.
 */
final class SplitTwcsCommand {
    static final String USAGE = "split-twcs --input FILE[.gz] --out LANDING_DIR";

    private SplitTwcsCommand() {
    }

    static int run(String[] argv) {
        Args args = Args.parse("split-twcs", argv, Set.of("input", "out")).withoutPositionals();
        String input = args.required("input");
        String out = args.required("out");
        TwcsSplitter.Summary s;
        try {
            s = TwcsSplitter.split(new Configuration(), input, out);
        } catch (FileNotFoundException e) {
            throw new IllegalArgumentException("split-twcs: input file " + input + " does not exist");
        } catch (TwcsCsvReader.HeaderException e) {
            throw new IllegalArgumentException(input + " is not a TWCS CSV file: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot split " + input + " into " + out + ": " + e.getMessage(), e);
        }
        String range = s.recordsPerDate().isEmpty() ? "no dates"
                : s.recordsPerDate().size() + " daily dumps " + s.recordsPerDate().firstKey()
                + " .. " + s.recordsPerDate().lastKey();
        System.out.printf("split %d records of %s into %s under %s; %d record(s) without a readable created_at went"
                        + " into the dump of the record before them (the nightly run quarantines them)%n",
                s.recordsRead(), input, range, out, s.undatedRecords());
        return 0;
    }
}
