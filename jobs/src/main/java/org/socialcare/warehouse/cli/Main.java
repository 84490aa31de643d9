package org.socialcare.warehouse.cli;

import org.socialcare.warehouse.infra.spark.SparkSessions;
import org.socialcare.warehouse.pipeline.Errors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

import java.io.PrintWriter;
import java.util.List;
import java.util.TreeSet;

/**
 * Entry point of the jar: dispatches to a command (picocli; {@code <command> --help} describes each).
 * Exit 0 on success, 2 on a usage error (one line saying what is wrong, then the usage), 1 on failure
 * (one line {@code <command> failed: <what failed>}; the stack trace with SOCIAL_CARE_DEBUG=1).
 */
@Command(name = "social-care-jobs.jar",
        description = "The social care warehouse: nightly ETL of customer-service messages into service metrics.",
        subcommands = {NightlyCommand.class, BackfillCommand.class, GenerateSampleCommand.class, SqlCommand.class,
                SplitTwcsCommand.class, ThriftServerCommand.class, DataDictionaryCommand.class})
public final class Main {
    static final int USAGE_ERROR = 2;
    static final int FAILED = 1;
    static final String USAGE = String.join("\n",
            "usage: java -jar social-care-jobs.jar <command> [flags]   (<command> --help for its flags)",
            "  " + NightlyCommand.USAGE,
            "  " + BackfillCommand.USAGE,
            "  " + GenerateSampleCommand.USAGE,
            "  " + SqlCommand.USAGE,
            "  " + SplitTwcsCommand.USAGE,
            "  " + ThriftServerCommand.USAGE,
            "  " + DataDictionaryCommand.USAGE,
            "Paths default to config (config/application.conf); --config FILE or SOCIAL_CARE_CONFIG picks an environment file.");

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        if (args.length == 0 || List.of("help", "--help", "-h").contains(args[0])) {
            System.out.println(USAGE);
            return args.length == 0 ? USAGE_ERROR : 0;
        }
        SparkSessions.useUtc();
        CommandLine cli = new CommandLine(new Main());
        cli.setParameterExceptionHandler((e, a) -> usageError(describe(e)));
        cli.setExecutionExceptionHandler((e, command, parsed) -> {
            if (e instanceof UsageException) {
                return usageError(e.getMessage());
            }
            System.err.println(command.getCommandSpec().name() + " failed: " + Errors.oneLine(e));
            if (System.getenv("SOCIAL_CARE_DEBUG") != null) {
                e.printStackTrace();
            }
            return FAILED;
        });
        try {
            return cli.execute(args);
        } catch (RuntimeException | Error e) {
            System.err.println("failed: " + Errors.oneLine(e));
            return FAILED;
        }
    }

    private static int usageError(String message) {
        PrintWriter err = new PrintWriter(System.err, true);
        err.println(message);
        err.println(USAGE);
        return USAGE_ERROR;
    }

    /** The one line of a command line that picocli could not take, in this project's words. */
    static String describe(CommandLine.ParameterException e) {
        String command = e.getCommandLine().getCommandSpec().name();
        boolean topLevel = e.getCommandLine().getCommandSpec().parent() == null;
        Throwable cause = e.getCause();
        if (cause instanceof UsageException.BadValue bad) {
            ArgSpec arg = e.getArgSpec();
            String name = arg instanceof OptionSpec o ? o.longestName() : arg.paramLabel();
            return command + ": " + name + " must be " + bad.expected() + ", got '" + e.getValue() + "'";
        }
        if (cause instanceof UsageException usage) {
            return usage.getMessage();
        }
        if (e instanceof CommandLine.MissingParameterException missing) {
            ArgSpec first = missing.getMissing().get(0);
            String name = first instanceof OptionSpec o ? o.longestName() : first.paramLabel();
            return command + ": missing required flag " + name;
        }
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
            List<String> args = unmatched.getUnmatched();
            String arg = args.isEmpty() ? "" : args.get(0);
            if (topLevel) {
                return "unknown command '" + arg + "'";
            }
            if (arg.startsWith("-")) {
                TreeSet<String> accepted = new TreeSet<>();
                for (OptionSpec o : e.getCommandLine().getCommandSpec().options()) {
                    if (!o.usageHelp() && !o.versionHelp()) {
                        accepted.add(o.longestName());
                    }
                }
                String flag = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
                return command + ": unknown flag " + flag + " (accepted: " + String.join(", ", accepted) + ")";
            }
            return command + ": unexpected argument '" + arg + "'";
        }
        if (e instanceof CommandLine.OverwrittenOptionException overwritten) {
            return command + ": flag " + ((OptionSpec) overwritten.getOverwritten()).longestName() + " given twice";
        }
        return command + ": " + e.getMessage();
    }
}
