package org.socialcare.warehouse.ingest.adapters.twcs;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rows below are written for these tests in the shape of the public TWCS file; none is copied from it. */
class TwcsCsvReaderTest {
    private static final String HEADER =
            "tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id\n";

    private static List<TwcsCsvReader.Record> readAll(String csv) {
        try (TwcsCsvReader reader = new TwcsCsvReader(new StringReader(csv))) {
            List<TwcsCsvReader.Record> records = new ArrayList<>();
            reader.forEachRemaining(records::add);
            return records;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void readsPlainQuotedMultilineAndDoubledQuoteFields() {
        String csv = HEADER
                + "501,AcmeCare,FALSE,Wed Nov 01 09:15:00 +0000 2017,@900101 Happy to help. -Lena,,502\n"
                + "502,900101,TRUE,Wed Nov 01 09:10:00 +0000 2017,\"@AcmeCare my \"\"smart\"\" plug, again\n"
                + "won't pair\",\"501,503,504\",\n"
                + "503,AcmeCare,FALSE,Wed Nov 01 09:20:00 +0000 2017,\"@900101 Which model is it?\n"
                + "^RDW\",,502\n";
        List<TwcsCsvReader.Record> records = readAll(csv);

        assertEquals(3, records.size());
        TwcsCsvReader.Record first = records.get(0);
        assertFalse(first.isError());
        assertEquals(2, first.lineNumber());
        assertEquals(1, first.lineCount());
        assertEquals(List.of("501", "AcmeCare", "FALSE", "Wed Nov 01 09:15:00 +0000 2017",
                "@900101 Happy to help. -Lena", "", "502"), first.fields());
        assertEquals("501,AcmeCare,FALSE,Wed Nov 01 09:15:00 +0000 2017,@900101 Happy to help. -Lena,,502",
                first.rawText());

        TwcsCsvReader.Record second = records.get(1);
        assertEquals(3, second.lineNumber());
        assertEquals(2, second.lineCount());
        assertEquals("@AcmeCare my \"smart\" plug, again\nwon't pair", second.field(TwcsCsvReader.TEXT));
        assertEquals("501,503,504", second.field(TwcsCsvReader.RESPONSE_TWEET_ID));
        assertEquals("", second.field(TwcsCsvReader.IN_RESPONSE_TO_TWEET_ID));
        assertEquals("502,900101,TRUE,Wed Nov 01 09:10:00 +0000 2017,\"@AcmeCare my \"\"smart\"\" plug, again\n"
                + "won't pair\",\"501,503,504\",", second.rawText());

        TwcsCsvReader.Record third = records.get(2);
        assertEquals(5, third.lineNumber());
        assertEquals("@900101 Which model is it?\n^RDW", third.field(TwcsCsvReader.TEXT));
    }

    @Test
    void handlesCrlfLineEndsAndKeepsBreaksInsideQuotesAsWritten() {
        String csv = HEADER.replace("\n", "\r\n")
                + "601,AcmeCare,FALSE,Wed Nov 01 10:00:00 +0000 2017,\"line one\r\nline two\",,602\r\n"
                + "602,900102,TRUE,Wed Nov 01 09:58:00 +0000 2017,hi,601,\r\n";
        List<TwcsCsvReader.Record> records = readAll(csv);

        assertEquals(2, records.size());
        assertEquals("line one\r\nline two", records.get(0).field(TwcsCsvReader.TEXT));
        assertEquals(2, records.get(0).lineNumber());
        assertEquals(4, records.get(1).lineNumber());
        assertEquals("", records.get(1).field(TwcsCsvReader.IN_RESPONSE_TO_TWEET_ID));
        assertEquals("602,900102,TRUE,Wed Nov 01 09:58:00 +0000 2017,hi,601,", records.get(1).rawText());
    }

    @Test
    void lastRecordWithoutLineBreakAndBlankLinesAreHandled() {
        String csv = HEADER + "\n701,900103,TRUE,Wed Nov 01 11:00:00 +0000 2017,hello,,\n\n"
                + "702,AcmeCare,FALSE,Wed Nov 01 11:05:00 +0000 2017,hi -Al,,701";
        try (TwcsCsvReader reader = new TwcsCsvReader(new StringReader(csv))) {
            List<TwcsCsvReader.Record> records = new ArrayList<>();
            reader.forEachRemaining(records::add);
            assertEquals(2, records.size());
            assertEquals(3, records.get(0).lineNumber());
            assertEquals(5, records.get(1).lineNumber());
            assertEquals("701", records.get(1).field(TwcsCsvReader.IN_RESPONSE_TO_TWEET_ID));
            assertEquals(2, reader.blankLinesSkipped());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void headerMayBeReorderedWithExtraColumnsAndABom() {
        String csv = "\uFEFFText, Tweet_ID ,author_id,inbound,created_at,lang,response_tweet_id,in_response_to_tweet_id\n"
                + "hello there,801,900104,TRUE,Wed Nov 01 12:00:00 +0000 2017,en,,\n";
        List<TwcsCsvReader.Record> records = readAll(csv);

        assertEquals(List.of("801", "900104", "TRUE", "Wed Nov 01 12:00:00 +0000 2017", "hello there", "", ""),
                records.get(0).fields());
    }

    @Test
    void headerMissingColumnsIsAClearError() {
        TwcsCsvReader.HeaderException e = assertThrows(TwcsCsvReader.HeaderException.class,
                () -> new TwcsCsvReader(new StringReader("tweet_id,author_id,text,response_tweet_id\n1,a,b,\n")));
        assertEquals(List.of("inbound", "created_at", "in_response_to_tweet_id"), e.missingColumns());
        assertEquals("TWCS CSV header at line 1 is missing columns inbound, created_at, in_response_to_tweet_id;"
                + " expected tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id;"
                + " found tweet_id,author_id,text,response_tweet_id", e.getMessage());
    }

    @Test
    void dataWithoutHeaderAndEmptyInputAreRejected() {
        TwcsCsvReader.HeaderException noHeader = assertThrows(TwcsCsvReader.HeaderException.class,
                () -> new TwcsCsvReader(new StringReader(
                        "901,900105,TRUE,Wed Nov 01 12:00:00 +0000 2017,hi,,\n")));
        assertEquals(TwcsCsvReader.COLUMNS, noHeader.missingColumns());

        TwcsCsvReader.HeaderException empty = assertThrows(TwcsCsvReader.HeaderException.class,
                () -> new TwcsCsvReader(new StringReader("")));
        assertEquals("empty input: no header row; expected the columns "
                + "tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id",
                empty.getMessage());
    }

    @Test
    void brokenQuoteOnTheLastLineIsAnErrorRecord() {
        String csv = HEADER
                + "1001,900106,TRUE,Wed Nov 01 13:00:00 +0000 2017,fine,,\n"
                + "1002,AcmeCare,FALSE,Wed Nov 01 13:01:00 +0000 2017,\"@900106 we are on it,,1001\n";
        List<TwcsCsvReader.Record> records = readAll(csv);

        assertEquals(2, records.size());
        assertFalse(records.get(0).isError());
        TwcsCsvReader.Record broken = records.get(1);
        assertTrue(broken.isError());
        assertNull(broken.fields());
        assertEquals(3, broken.lineNumber());
        assertEquals("unterminated quoted field 5: the input ends inside quotes", broken.error());
        assertEquals(1, broken.lineCount());
        assertEquals("1002,AcmeCare,FALSE,Wed Nov 01 13:01:00 +0000 2017,\"@900106 we are on it,,1001",
                broken.rawText());
    }

    @Test
    void brokenQuoteAtTheVeryEndWithoutLineBreak() {
        List<TwcsCsvReader.Record> records = readAll(HEADER + "1003,900106,TRUE,Wed Nov 01 13:02:00 +0000 2017,\"oops");
        assertEquals(1, records.size());
        assertEquals("unterminated quoted field 5: the input ends inside quotes", records.get(0).error());
        assertEquals("1003,900106,TRUE,Wed Nov 01 13:02:00 +0000 2017,\"oops", records.get(0).rawText());
    }

    @Test
    void everyLineOfMessyInputIsAccountedForExactlyOnce() {
        // Random text made of the characters that matter to CSV: the reader must never throw or loop,
        // and header + blank lines + the records' line spans must add up to the lines of the input.
        char[] alphabet = {'a', '1', ',', ',', ',', '"', '"', '\n', '\n', '\r', ' '};
        Random random = new Random(7);
        for (int round = 0; round < 2_000; round++) {
            StringBuilder csv = new StringBuilder(HEADER);
            int length = random.nextInt(400);
            for (int i = 0; i < length; i++) {
                csv.append(alphabet[random.nextInt(alphabet.length)]);
            }
            csv.append('\n');
            long lines = csv.chars().filter(c -> c == '\n').count();
            try (TwcsCsvReader reader = new TwcsCsvReader(new StringReader(csv.toString()), 100)) {
                long spanned = 1;
                long expectedStart = 2;
                while (reader.hasNext()) {
                    TwcsCsvReader.Record record = reader.next();
                    assertTrue(record.lineNumber() >= expectedStart, csv.toString());
                    assertTrue(record.isError() || record.fields().size() == 7);
                    spanned += record.lineCount();
                    expectedStart = record.lineNumber() + record.lineCount();
                }
                assertEquals(lines, spanned + reader.blankLinesSkipped(), csv.toString());
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }
    }

    @Test
    void brokenQuoteMidFileCostsOneLineAndReadingResumes() {
        String csv = HEADER
                + "1101,AcmeCare,FALSE,Wed Nov 01 14:00:00 +0000 2017,\"@900107 sorry about that,,1102\n"
                + "1102,900107,TRUE,Wed Nov 01 13:55:00 +0000 2017,my order is late,1101,\n"
                + "1103,900108,TRUE,Wed Nov 01 13:56:00 +0000 2017,\"two\nlines\",,\n";
        List<TwcsCsvReader.Record> records = readAll(csv);

        assertEquals(3, records.size());
        TwcsCsvReader.Record broken = records.get(0);
        assertTrue(broken.isError());
        assertEquals(2, broken.lineNumber());
        assertEquals("1101,AcmeCare,FALSE,Wed Nov 01 14:00:00 +0000 2017,\"@900107 sorry about that,,1102",
                broken.rawText());
        assertTrue(broken.error().startsWith("unexpected text after the closing quote of field 5"), broken.error());
        assertTrue(broken.error().endsWith("only its first line was set aside and reading resumed at line 3"),
                broken.error());

        assertEquals(3, records.get(1).lineNumber());
        assertEquals("my order is late", records.get(1).field(TwcsCsvReader.TEXT));
        assertEquals(4, records.get(2).lineNumber());
        assertEquals("two\nlines", records.get(2).field(TwcsCsvReader.TEXT));
    }

    @Test
    void brokenQuoteInACrlfFileKeepsTheFirstLineWithoutItsCarriageReturn() {
        String csv = HEADER.replace("\n", "\r\n")
                + "1151,900107,TRUE,Wed Nov 01 14:10:00 +0000 2017,\"half open,,\r\n"
                + "1152,900107,TRUE,Wed Nov 01 14:11:00 +0000 2017,fine,,\r\n";
        List<TwcsCsvReader.Record> records = readAll(csv);

        assertEquals(2, records.size());
        assertEquals("1151,900107,TRUE,Wed Nov 01 14:10:00 +0000 2017,\"half open,,", records.get(0).rawText());
        assertEquals(List.of("1152", "900107", "TRUE", "Wed Nov 01 14:11:00 +0000 2017", "fine", "", ""),
                records.get(1).fields());
        assertEquals(3, records.get(1).lineNumber());
    }

    @Test
    void openQuoteThatRunsToTheEndQuarantinesOnlyItsFirstLine() {
        String csv = HEADER
                + "1201,900109,TRUE,Wed Nov 01 15:00:00 +0000 2017,\"it says \"error,,\n"
                + "1202,AcmeCare,FALSE,Wed Nov 01 15:02:00 +0000 2017,@900109 which error? -Jo,,1201\n"
                + "1203,900109,TRUE,Wed Nov 01 15:03:00 +0000 2017,E42,,1202\n";
        List<TwcsCsvReader.Record> records = readAll(csv);

        assertEquals(3, records.size());
        assertTrue(records.get(0).isError());
        assertTrue(records.get(0).error().startsWith("unexpected text after the closing quote of field 5"));
        assertEquals("1202", records.get(1).field(TwcsCsvReader.TWEET_ID));
        assertEquals(3, records.get(1).lineNumber());
        assertEquals("1203", records.get(2).field(TwcsCsvReader.TWEET_ID));
        assertEquals(4, records.get(2).lineNumber());
    }

    @Test
    void quoteOpenedOnOneLineAndNeverClosedResumesOnTheNextLine() {
        String csv = HEADER
                + "1301,900110,TRUE,Wed Nov 01 16:00:00 +0000 2017,\"no end,,\n"
                + "1302,900110,TRUE,Wed Nov 01 16:01:00 +0000 2017,still here,,\n";
        List<TwcsCsvReader.Record> records = readAll(csv);

        assertEquals(2, records.size());
        assertEquals("unterminated quoted field 5: the input ends inside quotes; this record spans several"
                + " lines, so only its first line was set aside and reading resumed at line 3", records.get(0).error());
        assertEquals("1301,900110,TRUE,Wed Nov 01 16:00:00 +0000 2017,\"no end,,", records.get(0).rawText());
        assertEquals(List.of("1302", "900110", "TRUE", "Wed Nov 01 16:01:00 +0000 2017", "still here", "", ""),
                records.get(1).fields());
        assertEquals(3, records.get(1).lineNumber());
    }

    @Test
    void wrongFieldCountIsAnErrorRecordAndTheNextRecordIsRead() {
        String csv = HEADER
                + "1401,900111,TRUE,Wed Nov 01 17:00:00 +0000 2017,unquoted, comma,,\n"
                + "1402,900111,TRUE,Wed Nov 01 17:01:00 +0000 2017,ok,,\n";
        List<TwcsCsvReader.Record> records = readAll(csv);

        assertEquals("expected 7 fields but found 8", records.get(0).error());
        assertEquals(2, records.get(0).lineNumber());
        assertEquals("ok", records.get(1).field(TwcsCsvReader.TEXT));
    }

    @Test
    void streamGivesTheSameRecords() {
        String csv = HEADER + "1451,900111,TRUE,Wed Nov 01 17:00:00 +0000 2017,a,,\n"
                + "1452,900111,TRUE,Wed Nov 01 17:01:00 +0000 2017,b,,\n";
        try (java.util.stream.Stream<TwcsCsvReader.Record> records = new TwcsCsvReader(new StringReader(csv)).stream()) {
            assertEquals(List.of("a", "b"), records.map(r -> r.field(TwcsCsvReader.TEXT)).toList());
        }
    }

    @Test
    void quoteInsideAnUnquotedFieldIsLiteral() {
        String csv = HEADER + "1501,900112,TRUE,Wed Nov 01 18:00:00 +0000 2017,a 12\" screen,,\n";
        assertEquals("a 12\" screen", readAll(csv).get(0).field(TwcsCsvReader.TEXT));
    }

    @Test
    void recordOverTheSizeLimitIsCutAndReadingGoesOn() {
        String longText = "x".repeat(500);
        String csv = HEADER
                + "1601,900113,TRUE,Wed Nov 01 19:00:00 +0000 2017," + longText + ",,\n"
                + "1602,900113,TRUE,Wed Nov 01 19:01:00 +0000 2017,short,,\n";
        try (TwcsCsvReader reader = new TwcsCsvReader(new StringReader(csv), 200)) {
            TwcsCsvReader.Record cut = reader.next();
            assertEquals("record longer than 200 characters (a quote left open?); raw text cut to its first 200"
                    + " characters", cut.error());
            assertEquals(200, cut.rawText().length());
            assertTrue(cut.rawText().startsWith("1601,900113,TRUE,"));
            TwcsCsvReader.Record next = reader.next();
            assertEquals("short", next.field(TwcsCsvReader.TEXT));
            assertEquals(3, next.lineNumber());
            assertFalse(reader.hasNext());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void readFailureEndsTheStreamWithAnErrorRecord() {
        String good = HEADER + "1701,900114,TRUE,Wed Nov 01 20:00:00 +0000 2017,ok,,\n1702,900";
        Reader failing = new Reader() {
            private final StringReader delegate = new StringReader(good);

            @Override
            public int read(char[] cbuf, int off, int len) throws IOException {
                int n = delegate.read(cbuf, off, len);
                if (n < 0) {
                    throw new IOException("Unexpected end of ZLIB input stream");
                }
                return n;
            }

            @Override
            public void close() {
            }
        };
        try (TwcsCsvReader reader = new TwcsCsvReader(failing)) {
            assertEquals("ok", reader.next().field(TwcsCsvReader.TEXT));
            TwcsCsvReader.Record failed = reader.next();
            assertEquals("unreadable input: IOException: Unexpected end of ZLIB input stream at line 3;"
                    + " the rest of the file was not read", failed.error());
            assertEquals("1702,900", failed.rawText());
            assertEquals(3, failed.lineNumber());
            assertFalse(reader.hasNext());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void streamsALargeInputWithoutHoldingIt() {
        // 200,000 generated records (about 17 MB of text) served by a Reader that never holds them all.
        int rows = 200_000;
        Reader generated = new Reader() {
            private int row = -1;
            private String pending = HEADER;
            private int at;

            @Override
            public int read(char[] cbuf, int off, int len) {
                if (at == pending.length()) {
                    if (++row == rows) {
                        return -1;
                    }
                    pending = (row + 1) + ",900115,TRUE,Wed Nov 01 21:00:00 +0000 2017,\"row " + row
                            + "\nsecond line\",,\n";
                    at = 0;
                }
                int n = Math.min(len, pending.length() - at);
                pending.getChars(at, at + n, cbuf, off);
                at += n;
                return n;
            }

            @Override
            public void close() {
            }
        };
        try (TwcsCsvReader reader = new TwcsCsvReader(generated)) {
            long count = 0;
            TwcsCsvReader.Record last = null;
            while (reader.hasNext()) {
                last = reader.next();
                assertFalse(last.isError());
                count++;
            }
            assertEquals(rows, count);
            assertEquals(2L * rows, last.lineNumber());
            assertEquals("row 199999\nsecond line", last.field(TwcsCsvReader.TEXT));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
