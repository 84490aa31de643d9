package org.socialcare.warehouse.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Writes realistic canonical daily dumps (SPEC section 1) for demos, tests and benchmarks:
 * {@code <out>/<YYYY-MM-DD>/part-0000N.jsonl[.gz]}, one folder per dump date, 2-3 part files each,
 * every other part gzip-compressed.
 *
 * <p>Each day, new conversations are simulated ({@link ConversationSimulator}: five brands, the
 * published channel mix and reply-time benchmarks, case events for three brands, surveys) until they
 * hold about {@code messagesPerDay} messages; their records go to the dump of the UTC day they were
 * created on, so replies after midnight land in the next dump and those after the last dump date are
 * not written. About 70 % of conversations get a reply (the published response rate is 34 %; more
 * answers give BI more reply times to show).
 *
 * <p>On purpose, about 1 % of records arrive late, about 1 % of lines are exported again in the next
 * dump ({@link LineRouter}), and about 0.5 % of lines are broken, with every kind of broken line in
 * every dump from 1,000 messages a day ({@link BadLineMaker}).
 *
 * <p>The output depends only on the options: the same seed gives the same files byte for byte (no
 * clock, no hash order, {@link java.util.Random} whose algorithm is specified). Lines are streamed
 * to the files; only lines for later dumps wait, in temporary files ({@link CarryOver}), so memory
 * stays flat for any size. Part files of the written dates left by an earlier run are replaced.
 */
public final class SampleGenerator {
    /**
     * @param out            folder that receives one sub-folder per dump date (created if missing)
     * @param startDate      first dump date
     * @param days           number of dump dates, at least 1
     * @param messagesPerDay messages of the conversations started each day, at least 1: about as many
     *                       message lines per dump, since replies spill into the next day's dump (the
     *                       first dump gets no spill and holds about 15 % fewer)
     * @param seed           seed of every random choice
     */
    public record Options(Path out, LocalDate startDate, int days, int messagesPerDay, long seed) {
    }

    /**
     * What was written.
     *
     * @param linesWritten   every line written, broken lines and duplicates included
     * @param messages       distinct good message records written (a duplicate counts once)
     * @param caseEvents     distinct good case events written
     * @param surveys        distinct good surveys written
     * @param badLines       broken lines written on purpose (ingest must quarantine each)
     * @param duplicateLines extra copies of good lines exported again in a later dump
     * @param lateLines      records first written in a dump later than the day they were created on
     * @param linesPerDump   lines written per dump date
     */
    public record Summary(long linesWritten, long messages, long caseEvents, long surveys, long badLines,
                          long duplicateLines, long lateLines, SortedMap<LocalDate, Long> linesPerDump) {
    }

    /** Seed mix for the imperfections, so that they draw from a stream of their own. */
    private static final long IMPERFECTION_SEED_MIX = 0x9E3779B97F4A7C15L;
    private static final int MIN_CUSTOMERS = 1000;
    private static final int MAX_CUSTOMERS = 9_999_999;

    private SampleGenerator() {
    }

    public static Summary generate(Options options) throws IOException {
        validate(options);
        Path out = options.out();
        Files.createDirectories(out);
        LocalDate lastDump = options.startDate().plusDays(options.days() - 1L);
        ConversationSimulator simulator = new ConversationSimulator(new Draw(options.seed()), customerCount(options));
        Draw imperfections = new Draw(options.seed() ^ IMPERFECTION_SEED_MIX);
        BadLineMaker badLineMaker = new BadLineMaker(imperfections);
        SortedMap<LocalDate, Long> linesPerDump = new TreeMap<>();
        long badLines = 0;
        LineRouter router;
        try (CarryOver carry = new CarryOver(out)) {
            router = new LineRouter(lastDump, carry, imperfections);
            for (LocalDate day = options.startDate(); !day.isAfter(lastDump); day = day.plusDays(1)) {
                int partCount = imperfections.between(2, 3);
                try (DumpWriter dump = DumpWriter.open(out.resolve(day.toString()), partCount)) {
                    carry.drainInto(day, dump::write);
                    badLines += writeNewConversations(day, options.messagesPerDay(), simulator, badLineMaker, router, dump);
                    linesPerDump.put(day, dump.lineCount());
                }
            }
        }
        long linesWritten = linesPerDump.values().stream().mapToLong(Long::longValue).sum();
        return new Summary(linesWritten, router.messages, router.caseEvents, router.surveys, badLines,
                router.duplicateLines, router.lateLines, Collections.unmodifiableSortedMap(linesPerDump));
    }

    /**
     * Simulates the conversations started on {@code day} until they hold {@code messagesPerDay}
     * messages, routes their records, and spreads the day's broken lines evenly between them.
     * Returns the number of broken lines written.
     */
    private static int writeNewConversations(LocalDate day, int messagesPerDay, ConversationSimulator simulator,
                                             BadLineMaker badLineMaker, LineRouter router, DumpWriter dump)
            throws IOException {
        RecordIds ids = new RecordIds(day);
        int badLinesDue = BadLineMaker.countPerDay(messagesPerDay);
        int badLinesWritten = 0;
        long messages = 0;
        while (messages < messagesPerDay) {
            List<SampleRecord> conversation = simulator.simulate(day, ids);
            for (SampleRecord record : conversation) {
                router.route(record, day, dump);
                if (record.type() == SampleRecord.Type.MESSAGE) {
                    messages++;
                }
            }
            // The i-th broken line (from 0) follows the conversation that reaches (i + 1) / (due + 1) of the day.
            while (badLinesWritten < badLinesDue
                    && messages * (badLinesDue + 1) >= (long) messagesPerDay * (badLinesWritten + 1)) {
                BadLineMaker.Kind kind = badLineMaker.kindOf(badLinesWritten);
                dump.write(badLineMaker.make(kind, conversation.get(0).createdAt(), ids));
                badLinesWritten++;
            }
        }
        return badLinesWritten;
    }

    /** Customers are drawn from a pool about half the size of all messages, so some come back. */
    private static int customerCount(Options options) {
        long half = (long) options.messagesPerDay() * options.days() / 2;
        return (int) Math.max(MIN_CUSTOMERS, Math.min(MAX_CUSTOMERS, half));
    }

    private static void validate(Options options) {
        if (options.out() == null || options.startDate() == null) {
            throw new IllegalArgumentException("the sample needs an output folder and a start date");
        }
        if (options.days() < 1) {
            throw new IllegalArgumentException("days must be at least 1, got " + options.days());
        }
        if (options.messagesPerDay() < 1) {
            throw new IllegalArgumentException("messagesPerDay must be at least 1, got " + options.messagesPerDay());
        }
    }
}
