package org.socialcare.warehouse.cli;

import org.socialcare.warehouse.ingest.source.DumpFiles;
import org.socialcare.warehouse.pipeline.Errors;
import org.socialcare.warehouse.pipeline.NightlyJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code backfill --from D1 --to D2}: runs the nightly job for every date of the range, oldest first,
 * in one Spark session; stops at the first failed date (re-run the range: finished dates are idempotent).
 * With {@code --skip-missing true}, dates without a dump folder are skipped and listed instead of failing
 * (a public dataset cut by split-twcs has days without tweets).
 */
@Command(name = "backfill", mixinStandardHelpOptions = true,
        description = "Runs the nightly job for every date of a range, oldest first, in one session.")
final class BackfillCommand implements Callable<Integer> {
    static final String USAGE = "backfill --from YYYY-MM-DD --to YYYY-MM-DD [--skip-missing true] [--format canonical|twcs]"
            + " [--landing DIR] [--warehouse DIR] [--config FILE]";

    @Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD", converter = Converters.Date.class,
            description = "first dump date")
    LocalDate from;

    @Option(names = "--to", required = true, paramLabel = "YYYY-MM-DD", converter = Converters.Date.class,
            description = "last dump date")
    LocalDate to;

    @Option(names = "--skip-missing", arity = "1", paramLabel = "true|false", converter = Converters.Bool.class,
            description = "skip (and list) dates without a dump folder instead of failing (default false)")
    boolean skipMissing;

    @Mixin
    WarehouseOptions.Ingest options;

    @Override
    public Integer call() {
        if (to.isBefore(from)) {
            throw new UsageException("backfill: --to " + to + " is before --from " + from);
        }
        Session.Started s = options.startSession();
        NightlyJob job = new NightlyJob(s.spark(), s.config(), s.warehouseRoot());
        List<LocalDate> skipped = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (skipMissing && !DumpFiles.exists(s.spark().sparkContext().hadoopConfiguration(),
                    s.config().paths().landing(), d)) {
                skipped.add(d);
                continue;
            }
            try {
                System.out.println(NightlyCommand.summary(job.run(d)));
            } catch (RuntimeException e) {
                throw new IllegalStateException("date " + d + " (dates before it are done; re-run from it): "
                        + Errors.oneLine(e), e);
            }
        }
        if (!skipped.isEmpty()) {
            System.out.println("skipped " + skipped.size() + " date(s) without a dump folder"
                    + (skipped.size() <= 10 ? ": " + skipped : ", " + skipped.get(0) + " .. " + skipped.get(skipped.size() - 1)));
        }
        return 0;
    }
}
