package org.socialcare.warehouse.ingest.adapters.twcs;

import java.io.IOException;
import java.io.Reader;

/**
 * The physical lines of a text stream, each with its number and the line break that ended it (LF or
 * CRLF, kept so that a record's raw text is as written). A line longer than the limit is cut (the
 * rest of it is read and dropped, never held). A read failure ends the stream with a line that says
 * what failed and holds the text read before it.
 */
final class PhysicalLines {
    private static final int BUFFER = 1 << 16;

    /** One physical line: its text (without the break), the break, and whether it was cut or the read failed. */
    record Line(long number, String text, String terminator, boolean isCut, String failure) {
        boolean isBlank() {
            return text.isEmpty() && failure == null && !isCut;
        }

        /** Nothing follows this line (it has no line break, or reading failed after it). */
        boolean isLast() {
            return terminator.isEmpty();
        }
    }

    private final Reader in;
    private final int maxChars;
    private final char[] buffer = new char[BUFFER];
    private int pos;
    private int limit;
    private boolean done;
    private long number;

    PhysicalLines(Reader in, int maxChars) {
        this.in = in;
        this.maxChars = maxChars;
    }

    /** The next line, or null at the end of the input. */
    Line next() {
        if (done) {
            return null;
        }
        StringBuilder text = new StringBuilder(128);
        boolean cut = false;
        try {
            while (true) {
                if (pos >= limit && !fill()) {
                    done = true;
                    if (text.length() == 0 && !cut) {
                        return null;
                    }
                    return new Line(++number, text.toString(), "", cut, null);
                }
                char c = buffer[pos++];
                if (c == '\n') {
                    boolean crlf = text.length() > 0 && text.charAt(text.length() - 1) == '\r';
                    if (crlf) {
                        text.setLength(text.length() - 1);
                    }
                    return new Line(++number, text.toString(), crlf ? "\r\n" : "\n", cut, null);
                }
                if (text.length() <= maxChars) {
                    text.append(c);
                } else {
                    cut = true;
                }
            }
        } catch (IOException e) {
            done = true;
            String detail = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            return new Line(++number, text.toString(), "", cut, detail);
        }
    }

    /** Reads the next block of characters; false at the end (a Reader blocks until it has one or more). */
    private boolean fill() throws IOException {
        int n = in.read(buffer, 0, BUFFER);
        if (n < 0) {
            return false;
        }
        pos = 0;
        limit = n;
        return true;
    }

    void close() throws IOException {
        done = true;
        in.close();
    }
}
