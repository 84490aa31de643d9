package org.socialcare.warehouse.cli;

import org.apache.hadoop.conf.Configuration;
import org.socialcare.warehouse.ingest.adapters.twcs.TwcsCsvReader;
import org.socialcare.warehouse.ingest.adapters.twcs.TwcsSplitter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;

/**
 * {@code split-twcs --input FILE --out DIR}: cuts one "Customer Support on Twitter" CSV into daily
 * dump folders (by the UTC date of created_at), ready for {@code nightly --format twcs}.
 */
@Command(name = "split-twcs", mixinStandardHelpOptions = true,
        description = "Cuts one Customer Support on Twitter CSV into daily dumps <out>/<date>/twcs-<date>.csv.")
final class SplitTwcsCommand implements Callable<Integer> {
    static final String USAGE = "split-twcs --input FILE[.gz] --out LANDING_DIR";

    @Option(names = "--input", required = true, paramLabel = "FILE[.gz]", description = "the TWCS CSV file")
    String input;

    @Option(names = "--out", required = true, paramLabel = "LANDING_DIR", description = "landing folder to write")
    String out;

    @Override
    public Integer call() {
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
