package org.socialcare.warehouse.cli;

import org.apache.spark.sql.SparkSession;
import org.socialcare.warehouse.config.AppConfig;
import org.socialcare.warehouse.ingest.DumpFiles;
import org.socialcare.warehouse.jobs.Errors;
import org.socialcare.warehouse.jobs.NightlyJob;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code backfill --from D1 --to D2}: runs the nightly job for every date of the range, oldest first,
 * in one Spark session; stops at the first failed date (re-run the range: finished dates are idempotent).
 * With {@code --skip-missing true}, dates without a dump folder are skipped and listed instead of failing
 * (a public dataset cut by split-twcs has days without tweets).
 */
final class BackfillCommand {
    static final String USAGE = "backfill --from YYYY-MM-DD --to YYYY-MM-DD [--skip-missing true] [--format canonical|twcs]"
            + " [--landing DIR] [--warehouse DIR] [--config FILE]";

    private BackfillCommand() {
    }

    static int run(String[] argv) {
        Args args = Args.parse("backfill", argv, Session.with(Session.INGEST_FLAGS, "from", "to", "skip-missing"))
                .withoutPositionals();
        LocalDate from = args.date("from");
        LocalDate to = args.date("to");
        if (to.isBefore(from)) {
            throw new UsageException("backfill: --to " + to + " is before --from " + from);
        }
        boolean skipMissing = args.bool("skip-missing", false);
        AppConfig config = Session.config(args);
        SparkSession spark = Session.start(config);
        NightlyJob job = new NightlyJob(spark, config);
        List<LocalDate> skipped = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (skipMissing && !DumpFiles.exists(spark.sparkContext().hadoopConfiguration(), config.paths().landing(), d)) {
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
