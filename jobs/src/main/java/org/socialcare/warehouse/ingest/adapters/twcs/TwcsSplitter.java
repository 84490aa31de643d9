package org.socialcare.warehouse.ingest.adapters.twcs;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * Cuts one TWCS CSV file (the public dataset is a single file of 2.8 million tweets) into daily dump
 * folders {@code <out>/<YYYY-MM-DD>/twcs-<YYYY-MM-DD>.csv} by the UTC date of each tweet's created_at,
 * each file with the header, its records written as read (quoted line breaks and all), in file order.
 *
 * <p>Nothing is dropped: a record whose created_at cannot be read goes into the dump of the record
 * before it in the file (the first dated one, for records before any), where the nightly ingest
 * quarantines it with its reason. Streams the input; one open writer per date. Re-running it writes
 * the same files again.
 */
public final class TwcsSplitter {
    /** What a split wrote. */
    public record Summary(long recordsRead, long undatedRecords, SortedMap<LocalDate, Long> recordsPerDate) {
    }

    private TwcsSplitter() {
    }

    public static Summary split(Configuration conf, String input, String out) throws IOException {
        Path in = new Path(input);
        FileSystem inFs = in.getFileSystem(conf);
        Path outRoot = new Path(out);
        FileSystem outFs = outRoot.getFileSystem(conf);
        outFs.setWriteChecksum(false);
        Map<LocalDate, Writer> writers = new TreeMap<>();
        SortedMap<LocalDate, Long> counts = new TreeMap<>();
        List<String> beforeFirstDate = new ArrayList<>();
        long read = 0;
        long undated = 0;
        LocalDate current = null;
        InputStream raw = inFs.open(in);
        InputStream stream = input.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
        try (TwcsCsvReader reader = new TwcsCsvReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            String header = String.join(",", reader.header());
            while (reader.hasNext()) {
                TwcsCsvReader.Record record = reader.next();
                read++;
                LocalDate date = record.isError() ? null : utcDate(TwcsTime.parse(record.field(TwcsCsvReader.CREATED_AT)));
                if (date == null) {
                    undated++;
                    if (current == null) {
                        beforeFirstDate.add(record.rawText());
                        continue;
                    }
                    date = current;
                }
                current = date;
                Writer w = writers.get(date);
                if (w == null) {
                    w = open(outFs, outRoot, date, header);
                    writers.put(date, w);
                    for (String early : beforeFirstDate) {
                        write(w, early, counts, date);
                    }
                    beforeFirstDate.clear();
                }
                write(w, record.rawText(), counts, date);
            }
        } finally {
            IOException failure = null;
            for (Writer w : writers.values()) {
                try {
                    w.close();
                } catch (IOException e) {
                    failure = e;
                }
            }
            if (failure != null) {
                throw failure;
            }
        }
        if (!beforeFirstDate.isEmpty()) {
            throw new IllegalArgumentException(input + ": none of its " + read + " records has a readable created_at"
                    + " (like '" + TwcsTime.EXAMPLE + "'), so they cannot be put into daily dumps");
        }
        return new Summary(read, undated, counts);
    }

    /** The dump file of a date: twcs-&lt;date&gt;.csv in the date's folder. */
    public static Path dumpFile(Path outRoot, LocalDate date) {
        return new Path(new Path(outRoot, date.toString()), "twcs-" + date + ".csv");
    }

    private static Writer open(FileSystem fs, Path outRoot, LocalDate date, String header) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(fs.create(dumpFile(outRoot, date), true),
                StandardCharsets.UTF_8), 1 << 16);
        w.write(header);
        w.write('\n');
        return w;
    }

    private static void write(Writer w, String record, Map<LocalDate, Long> counts, LocalDate date) throws IOException {
        w.write(record);
        w.write('\n');
        counts.merge(date, 1L, Long::sum);
    }

    private static LocalDate utcDate(Instant t) {
        return t == null ? null : t.atZone(ZoneOffset.UTC).toLocalDate();
    }
}
