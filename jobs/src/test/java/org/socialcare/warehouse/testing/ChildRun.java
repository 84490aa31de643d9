package org.socialcare.warehouse.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * One command of the packaged jar in its own JVM, as a scheduler starts it (java -jar, the jar's
 * manifest carrying the --add-opens flags), or one of the project's scripts, its output in a log file. A process test waits for a line
 * of that log, kills the process (SIGKILL, like kill -9) or waits for its exit code.
 */
public final class ChildRun {
    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(12);

    private final String name;
    private final Process process;
    private final Path log;

    private ChildRun(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    /** Starts `java -jar social-care-jobs.jar args...` with the local config and the given environment. */
    public static ChildRun start(String name, Path logFolder, Map<String, String> env, String... args) {
        String jar = System.getProperty("social_care.jar");
        if (jar == null || !Files.isRegularFile(Path.of(jar))) {
            fail("process tests run the packaged jar (system property social_care.jar, set by failsafe in `mvn verify`): "
                    + jar + " is not a file");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String flag : System.getProperty("social_care.jvm.flags", "").split(" ")) {
            if (!flag.isBlank()) {
                command.add(flag);
            }
        }
        command.add("-Xmx1536m");
        command.add("-jar");
        command.add(jar);
        command.addAll(List.of(args));
        Map<String, String> withConfig = new java.util.HashMap<>();
        withConfig.put("SOCIAL_CARE_CONFIG", Path.of(System.getProperty("project.root"), "config", "local.conf").toString());
        withConfig.putAll(env);
        return launch(name, logFolder, withConfig, command);
    }

    /** Starts one of the project's scripts, `bash scripts/<script> args...`, from the project folder. */
    public static ChildRun script(String name, Path logFolder, Map<String, String> env, String script, String... args) {
        List<String> command = new ArrayList<>(List.of("bash", Path.of(System.getProperty("project.root"), "scripts",
                script).toString()));
        command.addAll(List.of(args));
        return launch(name, logFolder, env, command);
    }

    private static ChildRun launch(String name, Path logFolder, Map<String, String> env, List<String> command) {
        Path log = logFolder.resolve(name + ".log");
        try {
            Files.createDirectories(logFolder);
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().putAll(env);
            return new ChildRun(name, builder.start(), log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the process and every process it started (a script's JVM), as Ctrl-C would. */
    public void stop() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            process.waitFor(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits until the log has a line matching the pattern; fails if the process exits first. */
    public ChildRun awaitLine(String regex) {
        Pattern pattern = Pattern.compile(regex);
        Instant deadline = Instant.now().plus(RUN_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (logText().lines().anyMatch(l -> pattern.matcher(l).find())) {
                return this;
            }
            if (!process.isAlive()) {
                fail(name + " exited (" + process.exitValue() + ") before logging /" + regex + "/:\n" + tail());
            }
            sleep(Duration.ofMillis(200));
        }
        process.destroyForcibly();
        return fail(name + " did not log /" + regex + "/ within " + RUN_TIMEOUT.toMinutes() + " min:\n" + tail());
    }

    /** Kills the process after the given pause (SIGKILL: no shutdown hook, no finally block runs). */
    public void killAfter(Duration pause) {
        sleep(pause);
        assertTrue(process.isAlive(), name + " had already ended when it was to be killed:\n" + tail());
        process.destroyForcibly();
        try {
            process.waitFor(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits for the exit and returns its code. */
    public int exitCode() {
        try {
            if (!process.waitFor(RUN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                fail(name + " did not end within " + RUN_TIMEOUT.toMinutes() + " min:\n" + tail());
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits for the exit and fails, with the log's tail, unless it succeeded. */
    public ChildRun succeeds() {
        int code = exitCode();
        if (code != 0) {
            fail(name + " exited with " + code + ":\n" + tail());
        }
        return this;
    }

    public String logText() {
        try {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String tail() {
        List<String> lines = logText().lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
