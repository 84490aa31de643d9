package org.socialcare.warehouse.sample;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SampleGeneratorTest {
    static final LocalDate START = LocalDate.of(2026, 11, 16);
    static final List<LocalDate> DATES = List.of(START, START.plusDays(1), START.plusDays(2));
    static final int MESSAGES_PER_DAY = 1000;
    static final Pattern ISO_DATE_START = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T.*");
    static final Pattern ZONE_END = Pattern.compile(".*(Z|[+-]\\d{2}:\\d{2})");
    static final Pattern CSAT_SCORE = Pattern.compile("\"kind\":\"csat\",\"score\":(\\d+)");

    @TempDir
    static Path tmp;
    static SampleGenerator.Summary summary;
    /** The lines of each dump, in file-name order. */
    static Map<LocalDate, List<String>> dumps;

    @BeforeAll
    static void generateOnce() throws IOException {
        summary = SampleGenerator.generate(options(tmp.resolve("sample"), 42));
        dumps = readDumps(tmp.resolve("sample"));
    }

    static SampleGenerator.Options options(Path out, long seed) {
        return new SampleGenerator.Options(out, START, DATES.size(), MESSAGES_PER_DAY, seed);
    }

    @Test
    void theSameSeedGivesByteIdenticalFilesAndAnotherSeedDoesNot() throws IOException {
        Path again = tmp.resolve("again");
        Path otherSeed = tmp.resolve("other-seed");
        SampleGenerator.generate(options(again, 42));
        SampleGenerator.generate(options(otherSeed, 43));

        assertTrue(sameFiles(tmp.resolve("sample"), again));
        assertFalse(sameFiles(tmp.resolve("sample"), otherSeed));
    }

    @Test
    void generatingAgainIntoTheSameFolderReplacesTheOldParts() throws IOException {
        Path reused = tmp.resolve("reused");
        Path fresh = tmp.resolve("fresh");
        SampleGenerator.generate(options(reused, 42));
        SampleGenerator.generate(options(reused, 43));
        SampleGenerator.generate(options(fresh, 43));

        assertTrue(sameFiles(fresh, reused));
    }

    @Test
    void writesOneFolderPerDateWithPlainAndGzipParts() throws IOException {
        Path out = tmp.resolve("sample");
        assertEquals(DATES.stream().map(LocalDate::toString).toList(), sortedNames(out),
                "one folder per dump date and nothing else (no temporary files left)");
        for (LocalDate date : DATES) {
            List<String> parts = sortedNames(out.resolve(date.toString()));
            assertTrue(parts.size() == 2 || parts.size() == 3, date + " has 2-3 parts: " + parts);
            for (int i = 0; i < parts.size(); i++) {
                String expected = String.format("part-%05d.jsonl", i) + (i % 2 == 1 ? ".gz" : "");
                assertEquals(expected, parts.get(i));
            }
            long messages = dumps.get(date).stream().filter(l -> l.contains("\"type\":\"message\"")).count();
            assertTrue(messages > 0.7 * MESSAGES_PER_DAY && messages < 1.3 * MESSAGES_PER_DAY,
                    date + " holds about " + MESSAGES_PER_DAY + " messages, not " + messages);
        }
    }

    @Test
    void summaryCountsMatchTheLinesOnDisk() {
        Map<LocalDate, Long> linesPerDump = new TreeMap<>();
        Map<String, Long> distinctByType = new HashMap<>();
        Set<String> seen = new HashSet<>();
        long badLines = 0;
        long goodLines = 0;
        long lateLines = 0;
        for (LocalDate dump : DATES) {
            List<String> lines = dumps.get(dump);
            linesPerDump.put(dump, (long) lines.size());
            for (String line : lines) {
                if (badKind(line) != null) {
                    badLines++;
                    continue;
                }
                goodLines++;
                String type = stringField(line, "type");
                if (seen.add(type + "|" + stringField(line, "id"))) {
                    distinctByType.merge(type, 1L, Long::sum);
                    if (utcDate(stringField(line, "created_at")).isBefore(dump)) {
                        lateLines++;
                    }
                }
            }
        }

        assertEquals(linesPerDump, summary.linesPerDump());
        assertEquals(linesPerDump.values().stream().mapToLong(Long::longValue).sum(), summary.linesWritten());
        assertEquals(badLines, summary.badLines());
        assertEquals(distinctByType.get("message"), summary.messages());
        assertEquals(distinctByType.get("case_event"), summary.caseEvents());
        assertEquals(distinctByType.get("survey"), summary.surveys());
        assertEquals(3, distinctByType.size(), "only message, case_event and survey among good lines");
        assertEquals(goodLines - seen.size(), summary.duplicateLines());
        assertEquals(lateLines, summary.lateLines());

        assertTrue(summary.duplicateLines() > 0 && summary.lateLines() > 0, summary.toString());
        double badShare = (double) summary.badLines() / summary.linesWritten();
        assertTrue(badShare > 0.002 && badShare < 0.015, "about 0.5 % bad lines, not " + badShare);
    }

    @Test
    void everyDumpHoldsEveryKindOfBrokenLine() {
        for (LocalDate dump : DATES) {
            Set<BadLineMaker.Kind> kinds = EnumSet.noneOf(BadLineMaker.Kind.class);
            for (String line : dumps.get(dump)) {
                BadLineMaker.Kind kind = badKind(line);
                if (kind != null) {
                    kinds.add(kind);
                }
            }
            assertEquals(EnumSet.allOf(BadLineMaker.Kind.class), kinds, "broken lines of " + dump);
        }
    }

    @Test
    void channelMixFollowsTheBenchmark() {
        Map<String, Integer> messagesPerChannel = new TreeMap<>();
        Set<String> seen = new HashSet<>();
        for (String line : goodLines()) {
            if (line.contains("\"type\":\"message\"") && seen.add(stringField(line, "id"))) {
                messagesPerChannel.merge(stringField(line, "channel"), 1, Integer::sum);
            }
        }
        double total = seen.size();
        int x = messagesPerChannel.getOrDefault("x", 0);
        int twitter = messagesPerChannel.get("twitter") + x;
        assertShare(messagesPerChannel.get("facebook") / total, 0.55, 0.65, "facebook");
        assertShare(twitter / total, 0.20, 0.30, "twitter and x");
        assertShare(messagesPerChannel.get("instagram") / total, 0.07, 0.13, "instagram");
        assertShare(messagesPerChannel.get("viber") / total, 0.03, 0.07, "viber");
        assertShare((double) x / twitter, 0.005, 0.08, "x among twitter");
        assertEquals(Set.of("facebook", "instagram", "twitter", "viber", "x"), messagesPerChannel.keySet());
    }

    @Test
    void everyGoodLineIsOneJsonObject() {
        List<String> lines = goodLines();
        assertFalse(lines.isEmpty());
        for (String line : lines) {
            assertTrue(line.startsWith("{") && line.endsWith("}"), line);
            assertTrue(line.chars().noneMatch(c -> c < 0x20), "control characters are escaped: " + line);
            assertEquals(0, unescapedQuotes(line) % 2, "quotes are balanced: " + line);
        }
        assertTrue(lines.stream().anyMatch(l -> l.contains("\\n")), "a text with a line break is escaped");
        assertTrue(lines.stream().anyMatch(l -> l.contains("\\\"")), "a text with quotes is escaped");
    }

    private static void assertShare(double share, double min, double max, String what) {
        assertTrue(share >= min && share <= max, what + " share " + share + " is not within " + min + ".." + max);
    }

    /** The kind of a broken line, told by the value only broken lines use; null for a good line. */
    static BadLineMaker.Kind badKind(String line) {
        if (!line.endsWith("}")) {
            return BadLineMaker.Kind.NOT_JSON;
        }
        if (line.contains("\"type\":\"reaction\"")) {
            return BadLineMaker.Kind.UNKNOWN_TYPE;
        }
        if (line.contains("\"direction\":\"internal\"")) {
            return BadLineMaker.Kind.UNKNOWN_DIRECTION;
        }
        if (line.contains("\"event\":\"archived\"")) {
            return BadLineMaker.Kind.UNKNOWN_EVENT;
        }
        if (line.contains("\"kind\":\"stars\"")) {
            return BadLineMaker.Kind.UNKNOWN_KIND;
        }
        if (!line.contains("\"customer_id\"")) {
            return BadLineMaker.Kind.MISSING_FIELD;
        }
        String createdAt = stringField(line, "created_at");
        if (!ISO_DATE_START.matcher(createdAt).matches()) {
            return BadLineMaker.Kind.UNPARSEABLE_TIME;
        }
        if (!ZONE_END.matcher(createdAt).matches()) {
            return BadLineMaker.Kind.TIME_WITHOUT_OFFSET;
        }
        Matcher csat = CSAT_SCORE.matcher(line);
        if (csat.find() && (Integer.parseInt(csat.group(1)) < 1 || Integer.parseInt(csat.group(1)) > 5)) {
            return BadLineMaker.Kind.SCORE_OUT_OF_SCALE;
        }
        return null;
    }

    /** The value of a string field, found by a plain search ({@code "name":"value"}). */
    static String stringField(String line, String name) {
        String key = "\"" + name + "\":\"";
        int start = line.indexOf(key);
        assertTrue(start >= 0, "no " + name + " in " + line);
        start += key.length();
        return line.substring(start, line.indexOf('"', start));
    }

    static LocalDate utcDate(String createdAt) {
        return OffsetDateTime.parse(createdAt).atZoneSameInstant(ZoneOffset.UTC).toLocalDate();
    }

    private static int unescapedQuotes(String line) {
        int quotes = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '\\') {
                i++;
            } else if (line.charAt(i) == '"') {
                quotes++;
            }
        }
        return quotes;
    }

    private static List<String> goodLines() {
        return dumps.values().stream().flatMap(List::stream).filter(l -> badKind(l) == null).toList();
    }

    private static Map<LocalDate, List<String>> readDumps(Path out) throws IOException {
        Map<LocalDate, List<String>> lines = new TreeMap<>();
        for (String folder : sortedNames(out)) {
            List<String> dump = new ArrayList<>();
            for (String file : sortedNames(out.resolve(folder))) {
                dump.addAll(readLines(out.resolve(folder).resolve(file)));
            }
            lines.put(LocalDate.parse(folder), dump);
        }
        return lines;
    }

    private static List<String> readLines(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        if (file.toString().endsWith(".gz")) {
            in = new GZIPInputStream(in);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        }
    }

    private static List<String> sortedNames(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Whether both folders hold the same files (relative paths) with the same bytes. */
    private static boolean sameFiles(Path a, Path b) throws IOException {
        List<Path> filesA = relativeFiles(a);
        if (!filesA.equals(relativeFiles(b))) {
            return false;
        }
        for (Path file : filesA) {
            if (Files.mismatch(a.resolve(file), b.resolve(file)) != -1) {
                return false;
            }
        }
        return true;
    }

    private static List<Path> relativeFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
