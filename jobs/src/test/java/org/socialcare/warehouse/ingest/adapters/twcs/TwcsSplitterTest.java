package org.socialcare.warehouse.ingest.adapters.twcs;

import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TwcsSplitterTest {
    static final String HEADER = "tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id";

    @TempDir
    Path tmp;

    @Test
    void cutsByUtcDateKeepingRecordsAsWrittenAndPutsUndatedOnesWithThePreviousRecord() throws Exception {
        Path input = tmp.resolve("twcs.csv.gz");
        String csv = HEADER + "\n"
                + "10,AcmeHelp,FALSE,Tue Oct 31 00:10:00 +0000 2017,\"@501 two\nlines -KC\",,11\n"
                + "11,501,TRUE,Mon Oct 30 23:59:59 +0000 2017,@AcmeHelp help,10,\n"
                + "12,501,TRUE,sometime,@AcmeHelp hello?,,\n"
                // 01:30 at +0200 is still Oct 30 in UTC
                + "13,502,TRUE,Tue Oct 31 01:30:00 +0200 2017,\"@AcmeHelp \"\"quoted\"\"\",,\n";
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(input))) {
            out.write(csv.getBytes(StandardCharsets.UTF_8));
        }
        Path landing = tmp.resolve("landing");

        TwcsSplitter.Summary s = TwcsSplitter.split(new Configuration(), input.toString(), landing.toString());

        assertEquals(4, s.recordsRead());
        assertEquals(1, s.undatedRecords());
        assertEquals(Map.of(LocalDate.of(2017, 10, 30), 3L, LocalDate.of(2017, 10, 31), 1L), s.recordsPerDate());
        assertEquals(HEADER + "\n"
                        + "11,501,TRUE,Mon Oct 30 23:59:59 +0000 2017,@AcmeHelp help,10,\n"
                        + "12,501,TRUE,sometime,@AcmeHelp hello?,,\n"
                        + "13,502,TRUE,Tue Oct 31 01:30:00 +0200 2017,\"@AcmeHelp \"\"quoted\"\"\",,\n",
                Files.readString(landing.resolve("2017-10-30/twcs-2017-10-30.csv")));
        assertEquals(HEADER + "\n"
                        + "10,AcmeHelp,FALSE,Tue Oct 31 00:10:00 +0000 2017,\"@501 two\nlines -KC\",,11\n",
                Files.readString(landing.resolve("2017-10-31/twcs-2017-10-31.csv")));
        try (var files = Files.walk(landing)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".crc")), "no checksum side files");
        }
    }

    @Test
    void aFileWithoutTheTwcsHeaderIsAClearError() throws Exception {
        Path input = Files.writeString(tmp.resolve("other.csv"), "id,text\n1,hello\n");

        TwcsCsvReader.HeaderException e = assertThrows(TwcsCsvReader.HeaderException.class,
                () -> TwcsSplitter.split(new Configuration(), input.toString(), tmp.resolve("out").toString()));

        assertEquals("TWCS CSV header at line 1 is missing columns tweet_id, author_id, inbound, created_at, "
                + "response_tweet_id, in_response_to_tweet_id; expected tweet_id,author_id,inbound,created_at,text,"
                + "response_tweet_id,in_response_to_tweet_id; found id,text", e.getMessage());
    }
}
