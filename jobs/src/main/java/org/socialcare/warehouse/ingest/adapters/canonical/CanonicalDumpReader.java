package org.socialcare.warehouse.ingest.adapters.canonical;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.socialcare.warehouse.ingest.source.DumpFiles;
import org.socialcare.warehouse.ingest.source.DumpReader;
import org.socialcare.warehouse.ingest.source.ParsedLines;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;

/**
 * The canonical format (SPEC section 1): files *.jsonl or *.jsonl.gz of one JSON object per line,
 * read line by line (FileLines) and parsed in the same task ({@link CanonicalJsonLine}), so the
 * dump is read once.
 */
public final class CanonicalDumpReader implements DumpReader {
    private static final List<String> SUFFIXES = List.of(".jsonl", ".jsonl.gz");
    private final int maxLineBytes;

    public CanonicalDumpReader(int maxLineBytes) {
        this.maxLineBytes = maxLineBytes;
    }

    @Override
    public List<String> fileSuffixes() {
        return SUFFIXES;
    }

    @Override
    public Dataset<Row> read(SparkSession spark, List<String> files, LocalDate dumpDate) {
        int max = maxLineBytes;
        return DumpFiles.readEach(spark, files, dumpDate, ParsedLines.SCHEMA,
                (conf, file, date) -> parsedLines(DumpFiles.lineIterator(conf, file, date, max)));
    }

    /** The lines of one file, each parsed as it is read (on an executor). */
    static Iterator<Row> parsedLines(Iterator<Row> lines) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return lines.hasNext();
            }

            @Override
            public Row next() {
                return parsed(lines.next());
            }
        };
    }

    /** A raw-line row with its canonical record, or with the parser's reason when it is not one. */
    static Row parsed(Row raw) {
        String text = raw.getString(3);
        if (raw.get(4) != null || text == null || text.isBlank()) {
            return RowFactory.create(raw.get(0), raw.get(1), raw.get(2), text, raw.get(4), raw.get(5), null);
        }
        CanonicalJsonLine.Result r = CanonicalJsonLine.parse(text);
        if (!r.isRecord()) {
            return RowFactory.create(raw.get(0), raw.get(1), raw.get(2), text, r.problem(), r.problemCode(), null);
        }
        Object[] record = new Object[r.fields().length + 1];
        System.arraycopy(r.fields(), 0, record, 0, r.fields().length);
        return RowFactory.create(raw.get(0), raw.get(1), raw.get(2), text, null, null, RowFactory.create(record));
    }
}
