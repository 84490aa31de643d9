package org.socialcare.warehouse.sample;

import java.io.IOException;
import java.time.LocalDate;

/**
 * Decides in which dump each good record is written, and counts what it wrote. A record belongs to
 * the dump of the UTC date it was created on; about 1 % arrive late (first in the dump of 1-3 days
 * later, when that dump is in the sample) and about 1 % are exported once more, unchanged, in the
 * next dump. Records created after the last dump date are not written: the sample ends there.
 */
final class LineRouter {
    static final double LATE_SHARE = 0.01;
    static final double DUPLICATE_SHARE = 0.01;
    static final int MAX_DAYS_LATE = 3;

    private final LocalDate lastDump;
    private final CarryOver carry;
    private final Draw draw;

    long messages;
    long caseEvents;
    long surveys;
    long lateLines;
    long duplicateLines;

    LineRouter(LocalDate lastDump, CarryOver carry, Draw draw) {
        this.lastDump = lastDump;
        this.carry = carry;
        this.draw = draw;
    }

    /** Writes the record to {@code dump} (the dump being written, of date {@code today}) or carries it to a later one. */
    void route(SampleRecord record, LocalDate today, DumpWriter dump) throws IOException {
        LocalDate created = Timestamps.utcDate(record.createdAt());
        if (created.isAfter(lastDump)) {
            return;
        }
        if (created.isBefore(today)) {
            throw new IllegalStateException("record created on " + created + " reached the dump of " + today);
        }
        LocalDate target = created;
        if (draw.chance(LATE_SHARE)) {
            LocalDate late = min(created.plusDays(draw.between(1, MAX_DAYS_LATE)), lastDump);
            if (late.isAfter(created)) {
                target = late;
                lateLines++;
            }
        }
        if (target.equals(today)) {
            dump.write(record.json());
        } else {
            carry.add(target, record.json());
        }
        count(record.type());
        if (target.isBefore(lastDump) && draw.chance(DUPLICATE_SHARE)) {
            carry.add(target.plusDays(1), record.json());
            duplicateLines++;
        }
    }

    private void count(SampleRecord.Type type) {
        switch (type) {
            case MESSAGE -> messages++;
            case CASE_EVENT -> caseEvents++;
            case SURVEY -> surveys++;
        }
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
