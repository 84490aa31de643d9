package org.socialcare.warehouse.twcs;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
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
 * record at a time: memory use is bounded by the longest record, never by the file.
 *
 * <ul>
 *   <li>Fields may be quoted; a quote inside a quoted field is doubled ({@code ""}); a quoted field
 *       may hold commas and line breaks. Records end with LF or CRLF; line breaks inside quoted
 *       fields are kept as written. A quote inside an unquoted field is taken literally.</li>
 *   <li>The first non-blank record is the header. It must name the seven TWCS columns (any order,
 *       case and surrounding blanks ignored; extra columns allowed and ignored); otherwise the
 *       constructor throws {@link HeaderException} naming the missing columns. Fields of each record
 *       are returned in the canonical order of {@link #COLUMNS}, whatever the file's order.</li>
 *   <li>Each record carries the 1-based number of the physical line it starts on and its raw text
 *       (without the final line break), so a rejected record can be quarantined as read.</li>
 *   <li>A malformed record is returned as an error record with a reason instead of throwing: a
 *       quoted field still open at the end of the input, text after a closing quote, a field count
 *       other than the header's, a record longer than the size limit. When a malformed record
 *       spans several physical lines (typically a stray quote that swallowed the lines after it),
 *       only its first line is quarantined and reading resumes on the next line, so one broken
 *       quote costs one line, not the rest of the file.</li>
 *   <li>Every physical line except blank ones belongs to exactly one returned record, so lines in
 *       the file = header + blank lines skipped + sum of the records' line spans.</li>
 *   <li>An I/O failure (a truncated gzip, say) ends the stream with one error record saying where
 *       reading stopped, like the project's RawLineReader; it does not throw.</li>
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
     * Default longest record, in characters. A tweet is at most 280 characters (a few times that
     * with HTML entities) and the longest list of reply ids a few thousand; anything near this
     * size is a quote left open that is swallowing the file.
     */
    public static final int DEFAULT_MAX_RECORD_CHARS = 1_000_000;

    private static final int EOF = -1;
    private static final int BUFFER_SIZE = 1 << 16;

    private final Reader in;
    private final int maxRecordChars;
    private final int[] columnIndex;
    private final int headerFieldCount;
    private final List<String> header;

    private char[] buf = new char[BUFFER_SIZE];
    private int pos;
    private int limit;
    private boolean inputDone;
    private IOException readFailure;
    /** Number of the physical line the next character belongs to. */
    private long line = 1;
    private long blankLines;
    private Record next;
    private boolean finished;

    // Per-record scratch state.
    private final StringBuilder raw = new StringBuilder(512);
    private final StringBuilder field = new StringBuilder(256);
    private final ArrayList<String> fields = new ArrayList<>(8);

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
        this.in = in;
        this.maxRecordChars = maxRecordChars;
        Record first = readRecord(-1);
        if (readFailure != null) {
            throw new UncheckedIOException("cannot read the TWCS CSV header", readFailure);
        }
        if (first == null) {
            throw new HeaderException("empty input: no header row; expected the columns "
                    + String.join(",", COLUMNS), COLUMNS, List.of());
        }
        if (first.isError()) {
            throw new HeaderException("unreadable TWCS CSV header at line " + first.lineNumber() + ": "
                    + first.error(), COLUMNS, List.of());
        }
        header = first.fields();
        headerFieldCount = header.size();
        columnIndex = resolveColumns(header, first.lineNumber());
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
        in.close();
    }

    // ---------------------------------------------------------------------------------------------
    // Parsing

    /**
     * Reads the next record, or returns null at the end of the input. expectedFields < 0 means the
     * header is being read (any field count is fine).
     */
    private Record readRecord(int expectedFields) {
        while (true) {
            if (readFailure != null) {
                return null;
            }
            raw.setLength(0);
            field.setLength(0);
            fields.clear();
            long startLine = line;
            boolean inQuotes = false;
            boolean atFieldStart = true;
            boolean afterClosingQuote = false;
            String error = null;
            int firstBreak = -1;         // index in raw of the first line break inside quotes
            String terminator = "";      // the line break that ended the record, as read
            boolean tooLong = false;

            while (true) {
                // Fast path: copy a run of ordinary characters in one go.
                if (pos < limit) {
                    int end = pos;
                    if (inQuotes) {
                        while (end < limit && buf[end] != '"' && buf[end] != '\n') {
                            end++;
                        }
                    } else {
                        while (end < limit) {
                            char ch = buf[end];
                            if (ch == ',' || ch == '\n' || ch == '\r' || ch == '"') {
                                break;
                            }
                            end++;
                        }
                    }
                    if (end > pos) {
                        raw.append(buf, pos, end - pos);
                        field.append(buf, pos, end - pos);
                        pos = end;
                        if (!inQuotes) {
                            if (afterClosingQuote && error == null) {
                                error = afterQuoteError(fields.size() + 1);
                            }
                            atFieldStart = false;
                        }
                        if (raw.length() > maxRecordChars) {
                            tooLong = true;
                            break;
                        }
                        continue;
                    }
                }
                int c = read();
                if (c == EOF) {
                    if (readFailure != null) {
                        return ioErrorRecord(startLine);
                    }
                    if (inQuotes) {
                        error = "unterminated quoted field " + (fields.size() + 1) + ": the input ends inside quotes";
                    }
                    break;
                }
                if (inQuotes) {
                    if (c == '"') {
                        if (peek() == '"') {
                            read();
                            raw.append("\"\"");
                            field.append('"');
                        } else {
                            raw.append('"');
                            inQuotes = false;
                            afterClosingQuote = true;
                        }
                    } else {
                        raw.append((char) c);
                        field.append((char) c);
                        if (c == '\n') {
                            line++;
                            if (firstBreak < 0) {
                                firstBreak = raw.length() - 1;
                            }
                        }
                    }
                    if (raw.length() > maxRecordChars) {
                        tooLong = true;
                        break;
                    }
                    continue;
                }
                if (c == '\n' || (c == '\r' && peek() == '\n')) {
                    if (c == '\r') {
                        read();
                        terminator = "\r\n";
                    } else {
                        terminator = "\n";
                    }
                    line++;
                    break;
                }
                raw.append((char) c);
                if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                    atFieldStart = true;
                    afterClosingQuote = false;
                } else if (c == '"' && atFieldStart) {
                    inQuotes = true;
                    atFieldStart = false;
                } else {
                    if (afterClosingQuote && error == null) {
                        error = afterQuoteError(fields.size() + 1);
                    }
                    field.append((char) c);
                    atFieldStart = false;
                }
                if (raw.length() > maxRecordChars) {
                    tooLong = true;
                    break;
                }
            }

            if (tooLong) {
                return tooLongRecord(startLine, firstBreak);
            }
            fields.add(field.toString());
            if (raw.length() == 0 && error == null) {
                if (terminator.isEmpty()) {
                    return null; // end of input
                }
                blankLines++;
                continue;
            }
            if (error == null && expectedFields >= 0 && fields.size() != expectedFields) {
                error = "expected " + expectedFields + " fields but found " + fields.size();
            }
            if (error == null) {
                return Record.ofFields(startLine, line - startLine - (terminator.isEmpty() ? 0 : 1) + 1,
                        reorder(expectedFields), raw.toString());
            }
            if (firstBreak >= 0) {
                return resync(startLine, firstBreak, terminator, error);
            }
            return Record.ofError(startLine, 1, error, raw.toString());
        }
    }

    private static String afterQuoteError(int fieldNumber) {
        return "unexpected text after the closing quote of field " + fieldNumber
                + " (a quote inside a quoted field must be doubled)";
    }

    /** Quarantines the first line of a malformed multi-line record and re-reads the rest. */
    private Record resync(long startLine, int firstBreak, String terminator, String error) {
        int firstLineEnd = firstBreak > 0 && raw.charAt(firstBreak - 1) == '\r' ? firstBreak - 1 : firstBreak;
        String firstLine = raw.substring(0, firstLineEnd);
        String rest = raw.substring(firstBreak + 1) + terminator;
        if (rest.isEmpty()) {
            // the only line break was the file's last character: a one-line record after all
            return Record.ofError(startLine, 1, error, firstLine);
        }
        pushBack(rest);
        line = startLine + 1;
        return Record.ofError(startLine, 1, error + "; this record spans several lines, so only its first line"
                + " was set aside and reading resumed at line " + (startLine + 1), firstLine);
    }

    private Record tooLongRecord(long startLine, int firstBreak) {
        String reason = "record longer than " + maxRecordChars + " characters (a quote left open?)";
        if (firstBreak >= 0) {
            return resync(startLine, firstBreak, "", reason);
        }
        // One physical line longer than the limit: skip to its end, keeping only its start.
        String kept = raw.substring(0, maxRecordChars);
        int c;
        while ((c = read()) != EOF && c != '\n') {
            // discard
        }
        if (readFailure != null) {
            return ioErrorRecord(startLine);
        }
        if (c == '\n') {
            line++;
        }
        return Record.ofError(startLine, 1, reason + "; raw text cut to its first " + maxRecordChars
                + " characters", kept);
    }

    private Record ioErrorRecord(long startLine) {
        IOException e = readFailure;
        String detail = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        finished = true;
        return Record.ofError(startLine, Math.max(1, line - startLine + 1),
                "unreadable input: " + detail + " at line " + line + "; the rest of the file was not read",
                raw.toString());
    }

    private List<String> reorder(int expectedFields) {
        if (expectedFields < 0) {
            return List.copyOf(fields);
        }
        String[] out = new String[COLUMNS.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = fields.get(columnIndex[i]);
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

    // ---------------------------------------------------------------------------------------------
    // Character source with push-back

    private int read() {
        if (pos >= limit && !fill()) {
            return EOF;
        }
        return buf[pos++];
    }

    private int peek() {
        if (pos >= limit && !fill()) {
            return EOF;
        }
        return buf[pos];
    }

    private boolean fill() {
        if (inputDone) {
            return false;
        }
        if (buf.length > BUFFER_SIZE) {
            buf = new char[BUFFER_SIZE]; // drop a buffer grown by a push-back
        }
        try {
            int n;
            do {
                n = in.read(buf, 0, buf.length);
            } while (n == 0);
            if (n < 0) {
                inputDone = true;
                pos = limit = 0;
                return false;
            }
            pos = 0;
            limit = n;
            return true;
        } catch (IOException | UncheckedIOException e) {
            readFailure = e instanceof IOException ? (IOException) e : ((UncheckedIOException) e).getCause();
            inputDone = true;
            pos = limit = 0;
            return false;
        }
    }

    private void pushBack(String text) {
        if (text.isEmpty()) {
            return;
        }
        int remaining = limit - pos;
        char[] merged = new char[text.length() + remaining];
        text.getChars(0, text.length(), merged, 0);
        System.arraycopy(buf, pos, merged, text.length(), remaining);
        buf = merged;
        pos = 0;
        limit = merged.length;
    }

    // ---------------------------------------------------------------------------------------------

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
