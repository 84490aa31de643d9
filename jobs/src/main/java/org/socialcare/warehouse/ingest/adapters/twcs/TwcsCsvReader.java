package org.socialcare.warehouse.ingest.adapters.twcs;

import com.univocity.parsers.common.TextParsingException;
import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Streams the records of a "Customer Support on Twitter" CSV file (RFC 4180) from a Reader, one
 * record at a time, in memory bounded by the longest record. The fields of a record are tokenized by
 * univocity-parsers (the parser Spark's CSV source uses: quotes, doubled quotes, quoted line breaks
 * kept as written); this class finds where each record begins and ends, so that a damaged record
 * costs as little as possible and every physical line is accounted for:
 *
 * <ul>
 *   <li>The first non-blank record is the header; it must name the seven TWCS columns (any order,
 *       case and blanks ignored, a byte-order mark skipped, extra columns ignored), else the
 *       constructor throws {@link HeaderException}. Fields come back in the order of {@link #COLUMNS}.</li>
 *   <li>Each record carries the 1-based number of the line it starts on, the lines it spans and its
 *       raw text (without the final line break), so a rejected record is quarantined as read.</li>
 *   <li>A malformed record is an error record, not an exception: a quoted field still open at the
 *       end of the input, text after a closing quote, a field count other than the header's, a
 *       record longer than the size limit. When it spans several lines (a stray quote that
 *       swallowed the lines after it), only its first line is set aside and reading resumes on the
 *       next line: one broken quote costs one line, not the rest of the file.</li>
 *   <li>Lines in the input = header + blank lines skipped + the line spans of the records.</li>
 *   <li>An I/O failure (a truncated gzip) ends the stream with one error record saying where.</li>
 * </ul>
 *
 * <p>Not thread-safe. Close it to close the Reader.
 */
public final class TwcsCsvReader implements Iterator<TwcsCsvReader.Record>, Closeable {
    /** The TWCS columns, in the order {@link Record#fields()} returns them. */
    public static final List<String> COLUMNS = List.of(
            "tweet_id", "author_id", "inbound", "created_at", "text", "response_tweet_id",
            "in_response_to_tweet_id");
    public static final int TWEET_ID = 0;
    public static final int AUTHOR_ID = 1;
    public static final int INBOUND = 2;
    public static final int CREATED_AT = 3;
    public static final int TEXT = 4;
    public static final int RESPONSE_TWEET_ID = 5;
    public static final int IN_RESPONSE_TO_TWEET_ID = 6;

    /**
     * Default longest record, in characters. A tweet is at most 280 characters (a few times that with
     * HTML entities) and a list of reply ids a few thousand: anything near this is a quote left open.
     */
    public static final int DEFAULT_MAX_RECORD_CHARS = 1_000_000;

    private final PhysicalLines lines;
    private final CsvParser fields;
    private final int maxRecordChars;
    private final int[] columnIndex;
    private final int headerFieldCount;
    private final List<String> header;
    private final Deque<PhysicalLines.Line> pushedBack = new ArrayDeque<>();
    private long blankLines;
    private Record next;
    private boolean finished;

    /** Reads the header with the default size limit; see {@link #TwcsCsvReader(Reader, int)}. */
    public TwcsCsvReader(Reader in) {
        this(in, DEFAULT_MAX_RECORD_CHARS);
    }

    /**
     * Reads and checks the header right away.
     *
     * @throws HeaderException when the input is empty or the header lacks a TWCS column
     * @throws UncheckedIOException when the header cannot be read
     */
    public TwcsCsvReader(Reader in, int maxRecordChars) {
        if (maxRecordChars < 16) {
            throw new IllegalArgumentException("maxRecordChars must be at least 16, got " + maxRecordChars);
        }
        this.lines = new PhysicalLines(in, maxRecordChars);
        this.maxRecordChars = maxRecordChars;
        this.fields = new CsvParser(settings(maxRecordChars));
        Record first = readRecord(-1);
        if (first == null) {
            throw new HeaderException("empty input: no header row; expected the columns "
                    + String.join(",", COLUMNS), COLUMNS, List.of());
        }
        if (first.isError()) {
            if (first.error().startsWith("unreadable input")) {
                throw new UncheckedIOException("cannot read the TWCS CSV header: " + first.error(), new IOException());
            }
            throw new HeaderException("unreadable TWCS CSV header at line " + first.lineNumber() + ": "
                    + first.error(), COLUMNS, List.of());
        }
        header = first.fields();
        headerFieldCount = header.size();
        columnIndex = resolveColumns(header, first.lineNumber());
    }

    private static CsvParserSettings settings(int maxRecordChars) {
        CsvParserSettings s = new CsvParserSettings();
        s.getFormat().setDelimiter(',');
        s.getFormat().setQuote('"');
        s.getFormat().setQuoteEscape('"');
        s.getFormat().setLineSeparator("\n");
        s.getFormat().setComment('\0'); // a line starting with # is a record, not a comment
        s.setNormalizeLineEndingsWithinQuotes(false);
        s.setIgnoreLeadingWhitespaces(false);
        s.setIgnoreTrailingWhitespaces(false);
        s.setIgnoreLeadingWhitespacesInQuotes(false);
        s.setIgnoreTrailingWhitespacesInQuotes(false);
        s.setNullValue("");
        s.setEmptyValue("");
        s.setSkipEmptyLines(false);
        s.setMaxCharsPerColumn(maxRecordChars + 1);
        s.setMaxColumns(4096);
        return s;
    }

    /** The header as written in the file. */
    public List<String> header() {
        return header;
    }

    /** Blank physical lines skipped so far (outside quoted fields). */
    public long blankLinesSkipped() {
        return blankLines;
    }

    @Override
    public boolean hasNext() {
        if (next == null && !finished) {
            next = readRecord(headerFieldCount);
            if (next == null) {
                finished = true;
            }
        }
        return next != null;
    }

    @Override
    public Record next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Record record = next;
        next = null;
        return record;
    }

    /** The remaining records as a sequential stream; closing the stream closes the reader. */
    public Stream<Record> stream() {
        return StreamSupport.stream(
                        Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(() -> {
                    try {
                        close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    @Override
    public void close() throws IOException {
        finished = true;
        next = null;
        lines.close();
    }

    private PhysicalLines.Line nextLine() {
        return pushedBack.isEmpty() ? lines.next() : pushedBack.pollFirst();
    }

    /** The next record, or null at the end of the input; expectedFields &lt; 0 while reading the header. */
    private Record readRecord(int expectedFields) {
        PhysicalLines.Line first;
        do {
            first = nextLine();
            if (first == null) {
                return null;
            }
            if (first.isBlank()) {
                blankLines++;
            }
        } while (first.isBlank());

        List<PhysicalLines.Line> span = new ArrayList<>(2);
        span.add(first);
        QuoteScan scan = new QuoteScan();
        scan.feed(first.text());
        StringBuilder raw = new StringBuilder(first.text());
        while (true) {
            PhysicalLines.Line last = span.get(span.size() - 1);
            if (last.failure() != null) {
                finished = true;
                return Record.ofError(first.number(), span.size(), "unreadable input: " + last.failure()
                        + " at line " + last.number() + "; the rest of the file was not read", raw.toString());
            }
            if (last.isCut() || raw.length() > maxRecordChars) {
                return tooLong(span, raw);
            }
            if (!scan.inQuotes()) {
                break;
            }
            PhysicalLines.Line more = last.isLast() ? null : nextLine();
            if (more == null) {
                scan.endOfInput();
                break;
            }
            raw.append(last.terminator()).append(more.text());
            span.add(more);
            scan.feed("\n");
            scan.feed(more.text());
        }
        String error = scan.error();
        if (error == null) {
            List<String> values = tokenize(raw.toString());
            if (values == null) {
                error = "unreadable CSV record";
            } else if (expectedFields >= 0 && values.size() != expectedFields) {
                error = "expected " + expectedFields + " fields but found " + values.size();
            } else {
                return Record.ofFields(first.number(), span.size(), reorder(values, expectedFields), raw.toString());
            }
        }
        if (span.size() > 1) {
            return resync(span, error);
        }
        return Record.ofError(first.number(), 1, error, raw.toString());
    }

    private List<String> tokenize(String record) {
        try {
            String[] parsed = fields.parseLine(record);
            return parsed == null ? List.of("") : Arrays.asList(parsed);
        } catch (TextParsingException e) {
            return null;
        }
    }

    /** Sets aside the first line of a malformed multi-line record and reads the others again. */
    private Record resync(List<PhysicalLines.Line> span, String error) {
        for (int i = span.size() - 1; i >= 1; i--) {
            pushedBack.addFirst(span.get(i));
        }
        PhysicalLines.Line first = span.get(0);
        return Record.ofError(first.number(), 1, error + "; this record spans several lines, so only its first line"
                + " was set aside and reading resumed at line " + (first.number() + 1), first.text());
    }

    private Record tooLong(List<PhysicalLines.Line> span, StringBuilder raw) {
        String reason = "record longer than " + maxRecordChars + " characters (a quote left open?)";
        if (span.size() > 1) {
            return resync(span, reason);
        }
        return Record.ofError(span.get(0).number(), 1, reason + "; raw text cut to its first " + maxRecordChars
                + " characters", raw.substring(0, Math.min(raw.length(), maxRecordChars)));
    }

    private List<String> reorder(List<String> values, int expectedFields) {
        if (expectedFields < 0) {
            return List.copyOf(values);
        }
        String[] out = new String[COLUMNS.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = values.get(columnIndex[i]);
        }
        return Collections.unmodifiableList(Arrays.asList(out));
    }

    private static int[] resolveColumns(List<String> header, long lineNumber) {
        Map<String, Integer> byName = new HashMap<>();
        Set<String> duplicates = new LinkedHashSet<>();
        for (int i = 0; i < header.size(); i++) {
            String name = normalise(header.get(i), i == 0);
            if (byName.putIfAbsent(name, i) != null && COLUMNS.contains(name)) {
                duplicates.add(name);
            }
        }
        List<String> missing = new ArrayList<>();
        int[] index = new int[COLUMNS.size()];
        for (int i = 0; i < index.length; i++) {
            Integer at = byName.get(COLUMNS.get(i));
            if (at == null) {
                missing.add(COLUMNS.get(i));
            } else {
                index[i] = at;
            }
        }
        if (!missing.isEmpty() || !duplicates.isEmpty()) {
            StringBuilder message = new StringBuilder("TWCS CSV header at line ").append(lineNumber);
            if (!missing.isEmpty()) {
                message.append(" is missing column").append(missing.size() == 1 ? " " : "s ")
                        .append(String.join(", ", missing));
            }
            if (!duplicates.isEmpty()) {
                message.append(missing.isEmpty() ? " " : " and ").append("repeats column")
                        .append(duplicates.size() == 1 ? " " : "s ").append(String.join(", ", duplicates));
            }
            message.append("; expected ").append(String.join(",", COLUMNS))
                    .append("; found ").append(TwcsRowParser.shorten(String.join(",", header)));
            throw new HeaderException(message.toString(), missing, header);
        }
        return index;
    }

    private static String normalise(String name, boolean first) {
        String n = first && name.startsWith("\uFEFF") ? name.substring(1) : name;
        return n.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Follows RFC 4180 quoting across the lines of a record, to tell where it ends (a line break
     * outside quotes) and whether it is well formed: a quote opens a field only at its start, a
     * doubled quote inside quotes is one quote, and after a closing quote only a comma or the end of
     * the record may come. A quote inside an unquoted field is taken literally.
     */
    private static final class QuoteScan {
        private int field = 1;
        private boolean atFieldStart = true;
        private boolean inQuotes;
        private boolean afterClosingQuote;
        private int openedField;
        private String error;

        void feed(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (inQuotes) {
                    if (c == '"') {
                        if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                            i++;
                        } else {
                            inQuotes = false;
                            afterClosingQuote = true;
                        }
                    }
                } else if (c == ',') {
                    field++;
                    atFieldStart = true;
                    afterClosingQuote = false;
                } else if (c == '"' && atFieldStart) {
                    inQuotes = true;
                    openedField = field;
                    atFieldStart = false;
                } else {
                    if (afterClosingQuote && error == null) {
                        error = "unexpected text after the closing quote of field " + field
                                + " (a quote inside a quoted field must be doubled)";
                    }
                    atFieldStart = false;
                }
            }
        }

        void endOfInput() {
            if (inQuotes && error == null) {
                error = "unterminated quoted field " + openedField + ": the input ends inside quotes";
            }
        }

        boolean inQuotes() {
            return inQuotes;
        }

        String error() {
            return error;
        }
    }

    /**
     * One record: either the seven TWCS fields in the order of {@link #COLUMNS}, or an error reason.
     * Both carry the raw text as read (without the final line break) and the line it starts on.
     *
     * @param lineNumber 1-based physical line the record starts on
     * @param lineCount  physical lines the record spans (more than 1 when a quoted field holds line breaks)
     * @param fields     the seven fields, or null for an error record
     * @param error      why the record could not be read, or null
     * @param rawText    the record's text as read
     */
    public record Record(long lineNumber, long lineCount, List<String> fields, String error, String rawText)
            implements Serializable {
        static Record ofFields(long lineNumber, long lineCount, List<String> fields, String rawText) {
            return new Record(lineNumber, lineCount, fields, null, rawText);
        }

        static Record ofError(long lineNumber, long lineCount, String error, String rawText) {
            return new Record(lineNumber, lineCount, null, error, rawText);
        }

        public boolean isError() {
            return error != null;
        }

        /** Field i of {@link #COLUMNS}; fails on an error record. */
        public String field(int i) {
            if (fields == null) {
                throw new IllegalStateException("error record at line " + lineNumber + ": " + error);
            }
            return fields.get(i);
        }
    }

    /** The header does not name the TWCS columns. */
    public static final class HeaderException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final List<String> missingColumns;
        private final List<String> header;

        HeaderException(String message, List<String> missingColumns, List<String> header) {
            super(message);
            this.missingColumns = List.copyOf(missingColumns);
            this.header = List.copyOf(header);
        }

        public List<String> missingColumns() {
            return missingColumns;
        }

        public List<String> header() {
            return header;
        }
    }
}
