package org.socialcare.warehouse.ingest;

import org.socialcare.warehouse.config.AppConfig;
import org.socialcare.warehouse.ingest.adapters.canonical.CanonicalDumpReader;
import org.socialcare.warehouse.ingest.adapters.twcs.TwcsDumpReader;
import org.socialcare.warehouse.ingest.source.DumpReader;

/** The reader of each input format (config ingest.format, flag --format). */
final class DumpReaders {
    private DumpReaders() {
    }

    static DumpReader forConfig(AppConfig.Ingest ingest) {
        return switch (ingest.format()) {
            case CANONICAL -> new CanonicalDumpReader(ingest.maxLineBytes());
            case TWCS -> new TwcsDumpReader(ingest.twcsThreadLookbackDays());
        };
    }
}
