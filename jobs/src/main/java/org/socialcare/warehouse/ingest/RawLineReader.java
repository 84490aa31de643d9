package org.socialcare.warehouse.ingest;

import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.socialcare.warehouse.spark.SerializableHadoopConf;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.zip.GZIPInputStream;

/**
 * Reads the lines of a dump's files on the executors, one task per file, keeping each line's file
 * and 1-based line number. Files ending in .gz are decompressed. A file that cannot be read to the
 * end (a corrupt gzip) yields the lines read before the fault plus one row whose read_error says
 * what failed (read_error_code {@code unreadable_file}), so nothing read is lost and the run goes on.
 */
public final class RawLineReader {
    public static final StructType SCHEMA = new StructType()
            .add("dump_date", DataTypes.DateType, false)
            .add("source_file", DataTypes.StringType, false)
            .add("line_number", DataTypes.LongType, false)
            .add("raw_line", DataTypes.StringType, true)
            .add("read_error", DataTypes.StringType, true)
            .add("read_error_code", DataTypes.StringType, true);

    /** Quarantine code of a file that could not be read to its end. */
    public static final String UNREADABLE_FILE = "unreadable_file";

    private RawLineReader() {
    }

    public static Dataset<Row> read(SparkSession spark, List<String> files, LocalDate dumpDate) {
        return DumpFiles.readEach(spark, files, dumpDate, SCHEMA, FileLines::new);
    }

    /** Streams the lines of one file as rows; never holds the file in memory. */
    static final class FileLines implements Iterator<Row> {
        private final String file;
        private final Date dumpDate;
        private BufferedReader reader;
        private long lineNumber;
        private Row next;
        private boolean done;

        FileLines(SerializableHadoopConf conf, String file, Date dumpDate) {
            this.file = file;
            this.dumpDate = dumpDate;
            try {
                Path path = new Path(file);
                FSDataInputStream raw = path.getFileSystem(conf.get()).open(path);
                InputStream in = file.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
                reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
            } catch (IOException e) {
                next = errorRow(e);
                done = true;
            }
        }

        @Override
        public boolean hasNext() {
            if (next == null && !done) {
                advance();
            }
            return next != null;
        }

        @Override
        public Row next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Row row = next;
            next = null;
            return row;
        }

        private void advance() {
            try {
                String line = reader.readLine();
                if (line == null) {
                    close();
                    return;
                }
                lineNumber++;
                next = RowFactory.create(dumpDate, file, lineNumber, line, null, null);
            } catch (IOException | UncheckedIOException e) {
                next = errorRow(e);
                close();
            }
        }

        private Row errorRow(Exception e) {
            String detail = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            String where = lineNumber == 0 ? "" : " after line " + lineNumber;
            return RowFactory.create(dumpDate, file, lineNumber + 1, null,
                    "unreadable file: " + detail + where + "; the rest of the file was not read", UNREADABLE_FILE);
        }

        private void close() {
            done = true;
            if (reader != null) {
                try {
                    reader.close();
                } catch (IOException ignored) {
                    // Closing after a read fault or at the end of the file: nothing left to lose.
                }
            }
        }
    }
}
