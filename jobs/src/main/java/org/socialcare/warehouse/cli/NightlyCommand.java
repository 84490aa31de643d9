package org.socialcare.warehouse.cli;

import org.apache.spark.sql.SparkSession;
import org.socialcare.warehouse.config.AppConfig;
import org.socialcare.warehouse.jobs.NightlyJob;
import org.socialcare.warehouse.warehouse.RunRecord;

import java.time.LocalDate;

/** {@code nightly --date YYYY-MM-DD}: runs the nightly job for one dump date. */
final class NightlyCommand {
    static final String USAGE = "nightly --date YYYY-MM-DD [--format canonical|twcs] [--landing DIR] [--warehouse DIR] [--config FILE]";

    private NightlyCommand() {
    }

    static int run(String[] argv) {
        Args args = Args.parse("nightly", argv, Session.with(Session.INGEST_FLAGS, "date")).withoutPositionals();
        LocalDate date = args.date("date");
        AppConfig config = Session.config(args);
        SparkSession spark = Session.start(config);
        RunRecord run = new NightlyJob(spark, config).run(date);
        System.out.println(summary(run));
        return 0;
    }

    static String summary(RunRecord run) {
        return run.counts().map(c -> String.format("%s %s %s: read %d, accepted %d, duplicates %d, quarantined %d",
                        run.runId(), run.runDate(), run.status(), c.linesRead(), c.rowsAccepted(), c.duplicates(),
                        c.rowsQuarantined()))
                .orElse(run.runId() + " " + run.runDate() + " " + run.status());
    }
}
