package org.socialcare.warehouse.cli;

import org.socialcare.warehouse.infra.ops.RunRecord;
import org.socialcare.warehouse.pipeline.NightlyJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.time.LocalDate;
import java.util.concurrent.Callable;

/** {@code nightly --date YYYY-MM-DD}: runs the nightly job for one dump date. */
@Command(name = "nightly", mixinStandardHelpOptions = true,
        description = "Ingests the dump of one date into bronze, rebuilds what it changed in silver, publishes gold,"
                + " records the run in ops.run_audit.")
final class NightlyCommand implements Callable<Integer> {
    static final String USAGE = "nightly --date YYYY-MM-DD [--format canonical|twcs] [--landing DIR] [--warehouse DIR] [--config FILE]";

    @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", converter = Converters.Date.class,
            description = "the dump date: <landing>/<date>/")
    LocalDate date;

    @Mixin
    WarehouseOptions.Ingest options;

    @Override
    public Integer call() {
        Session.Started s = options.startSession();
        RunRecord run = new NightlyJob(s.spark(), s.config(), s.warehouseRoot()).run(date);
        System.out.println(summary(run));
        return 0;
    }

    static String summary(RunRecord run) {
        String recovered = run.recoveredRunId().map(r -> " (redoes interrupted run " + r
                + ": what it had written counts as duplicates)").orElse("");
        return run.counts().map(c -> String.format("%s %s %s: read %d, accepted %d, duplicates %d, quarantined %d%s",
                        run.runId(), run.runDate(), run.status(), c.linesRead(), c.rowsAccepted(), c.duplicates(),
                        c.rowsQuarantined(), recovered))
                .orElse(run.runId() + " " + run.runDate() + " " + run.status() + recovered);
    }
}
