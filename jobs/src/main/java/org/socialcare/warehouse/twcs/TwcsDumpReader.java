package org.socialcare.warehouse.twcs;

import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.socialcare.warehouse.ingest.DumpFiles;
import org.socialcare.warehouse.ingest.RawLineReader;
import org.socialcare.warehouse.spark.SerializableHadoopConf;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Reads the TWCS CSV files of a dump on the executors, one task per file, into one row per CSV
 * record (a record may span several physical lines: line_number is the line it starts on). A
 * readable record carries its typed fields; one that is not (a broken quote, a bad time, a bad id,
 * a file without the TWCS header) carries read_error and read_error_code instead, so it is
 * quarantined with its raw text. Memory per task is bounded by the longest record.
 */
public final class TwcsDumpReader {
    /** A raw line's columns (RawLineReader.SCHEMA: where it was read, its text, why it was rejected), then the fields. */
    public static final StructType SCHEMA = RawLineReader.SCHEMA
            .add("tweet_id", DataTypes.StringType, true)
            .add("author_id", DataTypes.StringType, true)
            .add("inbound", DataTypes.BooleanType, true)
            .add("created_at", DataTypes.TimestampType, true)
            .add("text", DataTypes.StringType, true)
            .add("in_response_to_tweet_id", DataTypes.StringType, true)
            .add("response_tweet_ids", DataTypes.createArrayType(DataTypes.StringType, false), true);

    private TwcsDumpReader() {
    }

    public static Dataset<Row> read(SparkSession spark, List<String> files, LocalDate dumpDate) {
        return DumpFiles.readEach(spark, files, dumpDate, SCHEMA, TwcsDumpReader::rowsOf);
    }

    /** The rows of one file, streamed; a file that cannot be opened or has no TWCS header gives one error row. */
    static Iterator<Row> rowsOf(SerializableHadoopConf conf, String file, Date dumpDate) {
        Reader in;
        try {
            Path path = new Path(file);
            InputStream raw = path.getFileSystem(conf.get()).open(path);
            InputStream stream = file.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
            in = new InputStreamReader(stream, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return Collections.singletonList(errorRow(dumpDate, file, 1, null, "unreadable file: "
                    + e.getClass().getSimpleName() + ": " + e.getMessage(), RawLineReader.UNREADABLE_FILE)).iterator();
        }
        TwcsCsvReader reader;
        try {
            reader = new TwcsCsvReader(in);
        } catch (TwcsCsvReader.HeaderException e) {
            close(in);
            String header = e.header().isEmpty() ? null : String.join(",", e.header());
            return Collections.singletonList(errorRow(dumpDate, file, 1, header,
                    "not a TWCS CSV file: " + e.getMessage(), "bad_header")).iterator();
        } catch (UncheckedIOException e) {
            close(in);
            return Collections.singletonList(errorRow(dumpDate, file, 1, null, "unreadable file: "
                    + e.getMessage(), RawLineReader.UNREADABLE_FILE)).iterator();
        }
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                boolean more = reader.hasNext();
                if (!more) {
                    close(reader);
                }
                return more;
            }

            @Override
            public Row next() {
                return toRow(dumpDate, file, reader.next());
            }
        };
    }

    static Row toRow(Date dumpDate, String file, TwcsCsvReader.Record record) {
        TwcsRowParser.Result parsed = TwcsRowParser.parse(record);
        if (!parsed.isAccepted()) {
            return errorRow(dumpDate, file, record.lineNumber(), record.rawText(), parsed.reason(),
                    codeOf(record, parsed.reason()));
        }
        TwcsRow r = parsed.row();
        return RowFactory.create(dumpDate, file, record.lineNumber(), record.rawText(), null, null,
                r.tweetId(), r.authorId(), r.inbound(), Timestamp.from(r.createdAt()), r.text(),
                r.inResponseToTweetId(), r.responseTweetIds().toArray(new String[0]));
    }

    /** The quarantine code of a rejected record: that of its first problem. */
    static String codeOf(TwcsCsvReader.Record record, String reason) {
        if (record.isError()) {
            return record.error().startsWith("unreadable input") ? RawLineReader.UNREADABLE_FILE : "bad_csv";
        }
        if (reason.startsWith("created_at")) {
            return "bad_time";
        }
        if (reason.startsWith("tweet_id is empty") || reason.startsWith("author_id is empty")) {
            return "missing_field";
        }
        return "bad_value";
    }

    private static Row errorRow(Date dumpDate, String file, long line, String raw, String reason, String code) {
        return RowFactory.create(dumpDate, file, line, raw, reason, code, null, null, null, null, null, null, null);
    }

    private static void close(java.io.Closeable c) {
        try {
            c.close();
        } catch (IOException ignored) {
            // end of a file, or after a fault already reported as a row: nothing left to lose
        }
    }
}
