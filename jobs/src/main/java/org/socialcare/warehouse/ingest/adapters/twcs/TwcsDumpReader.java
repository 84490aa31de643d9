package org.socialcare.warehouse.ingest.adapters.twcs;

import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.socialcare.warehouse.infra.spark.SerializableHadoopConf;
import org.socialcare.warehouse.ingest.source.DumpFiles;
import org.socialcare.warehouse.ingest.source.DumpReader;
import org.socialcare.warehouse.ingest.source.ParsedLines;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The "Customer Support on Twitter" format: files *.csv or *.csv.gz, read on the executors, one task
 * per file, one row per CSV record ({@link TwcsCsvReader}; a record may span lines, line_number is
 * the line it starts on), each typed by {@link TwcsRowParser}, then mapped to canonical message
 * records along the reply chains by {@link TwcsMapper}. A record that cannot be read or typed keeps
 * its raw text and its reason, so it is quarantined as read. Memory per task is bounded by the
 * longest record.
 */
public final class TwcsDumpReader implements DumpReader {
    private static final List<String> SUFFIXES = List.of(".csv", ".csv.gz");

    /** A raw line's columns, then the typed fields of a readable tweet. */
    static final StructType ROWS = ParsedLines.RAW_LINE
            .add("tweet_id", DataTypes.StringType, true)
            .add("author_id", DataTypes.StringType, true)
            .add("inbound", DataTypes.BooleanType, true)
            .add("created_at", DataTypes.TimestampType, true)
            .add("text", DataTypes.StringType, true)
            .add("in_response_to_tweet_id", DataTypes.StringType, true)
            .add("response_tweet_ids", DataTypes.createArrayType(DataTypes.StringType, false), true);

    private final TwcsMapper mapper;

    public TwcsDumpReader(int threadLookbackDays) {
        this.mapper = new TwcsMapper(threadLookbackDays);
    }

    @Override
    public List<String> fileSuffixes() {
        return SUFFIXES;
    }

    @Override
    public Dataset<Row> read(SparkSession spark, List<String> files, LocalDate dumpDate) {
        return mapper.map(spark, DumpFiles.readEach(spark, files, dumpDate, ROWS, TwcsDumpReader::rowsOf));
    }

    @Override
    public void release() {
        mapper.release();
    }

    /** The rows of one file, streamed; a file that cannot be opened or has no TWCS header gives one error row. */
    static Iterator<Row> rowsOf(SerializableHadoopConf conf, String file, Date dumpDate) {
        Reader in;
        try {
            Path path = new Path(file);
            InputStream raw = path.getFileSystem(conf.get()).open(path);
            InputStream stream = file.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
            in = new InputStreamReader(stream, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        } catch (IOException e) {
            return Collections.singletonList(errorRow(dumpDate, file, 1, null, "unreadable file: "
                    + e.getClass().getSimpleName() + ": " + e.getMessage(), ParsedLines.UNREADABLE_FILE)).iterator();
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
                    + e.getMessage(), ParsedLines.UNREADABLE_FILE)).iterator();
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
            if (record.error().contains("MalformedInputException")) {
                return "bad_encoding";
            }
            return record.error().startsWith("unreadable input") ? ParsedLines.UNREADABLE_FILE : "bad_csv";
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
