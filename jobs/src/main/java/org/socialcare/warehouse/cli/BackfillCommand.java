package org.socialcare.warehouse.cli;

import org.apache.spark.sql.SparkSession;
import org.socialcare.warehouse.config.AppConfig;
import org.socialcare.warehouse.jobs.Errors;
import org.socialcare.warehouse.jobs.NightlyJob;

import java.time.LocalDate;

/**
 * {@code backfill --from D1 --to D2}: runs the nightly job for every date of the range, oldest first,
 * in one Spark session; stops at the first failed date (re-run the range: finished dates are idempotent).
 */
final class BackfillCommand {
    static final String USAGE = "backfill --from YYYY-MM-DD --to YYYY-MM-DD [--landing DIR] [--warehouse DIR] [--config FILE]";

    private BackfillCommand() {
    }

    static int run(String[] argv) {
        Args args = Args.parse("backfill", argv, Session.with(Session.PATH_FLAGS, "from", "to")).withoutPositionals();
        LocalDate from = args.date("from");
        LocalDate to = args.date("to");
        if (to.isBefore(from)) {
            throw new UsageException("backfill: --to " + to + " is before --from " + from);
        }
        AppConfig config = Session.config(args);
        SparkSession spark = Session.start(config);
        NightlyJob job = new NightlyJob(spark, config);
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            try {
                System.out.println(NightlyCommand.summary(job.run(d)));
            } catch (RuntimeException e) {
                throw new IllegalStateException("date " + d + " (dates before it are done; re-run from it): "
                        + Errors.oneLine(e), e);
            }
        }
        return 0;
    }
}
