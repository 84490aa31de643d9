package org.socialcare.warehouse.ingest.source;

import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.socialcare.warehouse.infra.spark.SerializableHadoopConf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.zip.GZIPInputStream;

/**
 * Streams the lines of one dump file as raw-line rows ({@link ParsedLines#RAW_LINE}), on an executor,
 * never holding the file: a line ends at LF, CRLF or a lone CR. Bytes are decoded strictly as UTF-8,
 * line by line: a line that is not valid UTF-8 becomes a bad_encoding row (its text shown with the bad
 * bytes replaced, for a person), never silently changed text. A UTF-8 byte-order mark at the start of
 * the file is skipped. A line longer than the limit is cut and reported (line_too_long), and reading
 * goes on at the next line. A file that cannot be read to its end (a truncated gzip) keeps every line
 * read before the fault and ends with one unreadable_file row that says where reading stopped.
 */
final class FileLines implements Iterator<Row> {
    private static final int BUFFER = 1 << 16;

    private final String file;
    private final Date dumpDate;
    private final int maxLineBytes;
    private final CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private InputStream in;
    private final byte[] buffer = new byte[BUFFER];
    private int pos;
    private int limit;
    private byte[] line = new byte[256];
    private int lineLength;
    private long lineNumber;
    private boolean atFileStart = true;
    private boolean lastWasCr;
    private Row next;
    private boolean done;

    FileLines(SerializableHadoopConf conf, String file, Date dumpDate, int maxLineBytes) {
        this.file = file;
        this.dumpDate = dumpDate;
        this.maxLineBytes = maxLineBytes;
        try {
            Path path = new Path(file);
            InputStream raw = path.getFileSystem(conf.get()).open(path);
            in = file.endsWith(".gz") ? new GZIPInputStream(raw, BUFFER) : raw;
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
        lineLength = 0;
        boolean tooLong = false;
        try {
            while (true) {
                if (pos >= limit && !fill()) {
                    close();
                    if (lineLength > 0 || tooLong) {
                        next = lineRow(tooLong);
                    }
                    return;
                }
                byte b = buffer[pos++];
                if (b == '\n' && lastWasCr) {
                    lastWasCr = false; // the LF of a CRLF whose CR ended the previous line
                    continue;
                }
                lastWasCr = b == '\r';
                if (b == '\n' || b == '\r') {
                    next = lineRow(tooLong);
                    return;
                }
                if (lineLength < maxLineBytes) {
                    append(b);
                } else {
                    tooLong = true;
                }
            }
        } catch (IOException | RuntimeException e) {
            next = errorRow(e);
            close();
        }
    }

    private boolean fill() throws IOException {
        int n;
        do {
            n = in.read(buffer, 0, BUFFER);
        } while (n == 0);
        if (n < 0) {
            return false;
        }
        pos = 0;
        limit = n;
        if (atFileStart) {
            atFileStart = false;
            if (n >= 3 && (buffer[0] & 0xFF) == 0xEF && (buffer[1] & 0xFF) == 0xBB && (buffer[2] & 0xFF) == 0xBF) {
                pos = 3; // a UTF-8 byte-order mark is not part of the first line
            }
        }
        return true;
    }

    private void append(byte b) {
        if (lineLength == line.length) {
            line = Arrays.copyOf(line, Math.min(maxLineBytes, line.length * 2));
        }
        line[lineLength++] = b;
    }

    private Row lineRow(boolean tooLong) {
        lineNumber++;
        try {
            String text = strict.decode(ByteBuffer.wrap(line, 0, lineLength)).toString();
            if (tooLong) {
                return RowFactory.create(dumpDate, file, lineNumber, text, "line longer than " + maxLineBytes
                        + " bytes (ingest.max_line_bytes): cut, the rest of the line was not read", "line_too_long");
            }
            return RowFactory.create(dumpDate, file, lineNumber, text, null, null);
        } catch (CharacterCodingException e) {
            String shown = new String(line, 0, lineLength, StandardCharsets.UTF_8);
            return RowFactory.create(dumpDate, file, lineNumber, shown, "bad encoding: the line is not valid UTF-8"
                    + " (at byte " + firstBadByte() + "); shown with the bad bytes replaced by U+FFFD", "bad_encoding");
        }
    }

    /** The 1-based offset of the first byte that is not valid UTF-8 in the current line. */
    private int firstBadByte() {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.wrap(line, 0, lineLength);
        CharBuffer chars = CharBuffer.allocate(lineLength + 1);
        decoder.decode(bytes, chars, true);
        return bytes.position() + 1;
    }

    private Row errorRow(Exception e) {
        String detail = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        String where = lineNumber == 0 ? "" : " after line " + lineNumber;
        String partial = lineLength == 0 ? null : new String(line, 0, lineLength, StandardCharsets.UTF_8);
        return RowFactory.create(dumpDate, file, lineNumber + 1, partial,
                "unreadable file: " + detail + where + "; the rest of the file was not read", ParsedLines.UNREADABLE_FILE);
    }

    private void close() {
        done = true;
        if (in != null) {
            try {
                in.close();
            } catch (IOException ignored) {
                // Closing after a read fault or at the end of the file: nothing left to lose.
            }
        }
    }
}
