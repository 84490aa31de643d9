package org.socialcare.warehouse.cli;

import org.socialcare.warehouse.jobs.Errors;

import java.util.Arrays;

/** Entry point of the jar: dispatches to a command; exit 0 on success, 2 on a usage error, 1 on failure. */
public final class Main {
    static final String USAGE = String.join("\n",
            "usage: java -jar social-care-jobs.jar <command> [flags]",
            "  " + NightlyCommand.USAGE,
            "  " + BackfillCommand.USAGE,
            "  " + GenerateSampleCommand.USAGE,
            "  " + SqlCommand.USAGE,
            "  " + SplitTwcsCommand.USAGE,
            "  " + ThriftServerCommand.USAGE,
            "  " + DataDictionaryCommand.USAGE,
            "Paths default to config (config/application.conf); --config FILE or SOCIAL_CARE_CONFIG picks an environment file.");

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        if (args.length == 0 || Arrays.asList("help", "--help", "-h").contains(args[0])) {
            System.out.println(USAGE);
            return args.length == 0 ? 2 : 0;
        }
        String command = args[0];
        try {
            return switch (command) {
                case "nightly" -> NightlyCommand.run(args);
                case "backfill" -> BackfillCommand.run(args);
                case "generate-sample" -> GenerateSampleCommand.run(args);
                case "sql" -> SqlCommand.run(args);
                case "split-twcs" -> SplitTwcsCommand.run(args);
                case "thrift-server" -> ThriftServerCommand.run(args);
                case "data-dictionary" -> DataDictionaryCommand.run(args);
                default -> throw new UsageException("unknown command '" + command + "'");
            };
        } catch (UsageException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            return 2;
        } catch (RuntimeException | Error e) {
            System.err.println(command + " failed: " + Errors.oneLine(e));
            if (System.getenv("SOCIAL_CARE_DEBUG") != null) {
                e.printStackTrace();
            }
            return 1;
        }
    }
}
