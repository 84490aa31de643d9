package org.socialcare.warehouse.infra.ops;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Whether the process that recorded a run (host and process id) is gone, so its run can no longer end. */
public final class ProcessLiveness {
    private ProcessLiveness() {
    }

    /** This process: the host name and process id a run records. */
    public static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }

    public static long pid() {
        return ProcessHandle.current().pid();
    }

    /**
     * On this host: the process id is not alive, or belongs to a process that started after the run
     * (the id was reused). On another host, which cannot be asked: the run started longer ago than
     * staleAfter.
     */
    public static boolean isGone(String host, long pid, Instant runStartedAt, Duration staleAfter) {
        if (!host().equals(host)) {
            return runStartedAt.plus(staleAfter).isBefore(Instant.now());
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        if (process.isEmpty() || !process.get().isAlive()) {
            return true;
        }
        Optional<Instant> processStart = process.get().info().startInstant();
        return processStart.isPresent() && processStart.get().isAfter(runStartedAt.plusSeconds(1));
    }
}
