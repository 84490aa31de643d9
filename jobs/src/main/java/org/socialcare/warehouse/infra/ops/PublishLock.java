package org.socialcare.warehouse.infra.ops;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileAlreadyExistsException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;

/**
 * Serialises the part of a run that rebuilds and publishes (silver, gold, the pipeline state, the BI
 * versions), so that two dates run at once give the result of running them one after the other: the
 * second run rebuilds from the state the first left, never from the one both found. The lock is a
 * file in the warehouse, &lt;warehouse&gt;/ops/_publish.lock, naming its holder (run, host, process,
 * since when), created atomically (a local or HDFS file system creates it exclusively; on S3 the
 * create is not atomic: see the README's "On a cluster"). A lock whose holder is gone (ProcessLiveness)
 * is broken by the next run, which renames it away first so that only one run breaks it.
 */
public final class PublishLock implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PublishLock.class);
    static final String FILE = "ops/_publish.lock";
    /**
     * For the process tests only: names a local file; a run that has published keeps the lock, doing
     * nothing else, until that file exists. KilledAndConcurrentRunsIT starts a second date while the
     * first rebuilds, and lets the first release the lock only once the second has said it waits for
     * it, whatever either's speed.
     */
    public static final String TEST_HOLD_ENV = "SOCIAL_CARE_TEST_PUBLISH_HOLD";

    private final FileSystem fs;
    private final Path path;
    private final String runId;

    private PublishLock(FileSystem fs, Path path, String runId) {
        this.fs = fs;
        this.path = path;
        this.runId = runId;
    }

    /** Waits until the lock is free (or its holder is gone), at most maxWait, and takes it. */
    public static PublishLock acquire(Configuration conf, String warehouseRoot, String runId, Duration staleAfter,
                                      Duration maxWait) {
        Path path = new Path(warehouseRoot, FILE);
        try {
            FileSystem fs = path.getFileSystem(conf);
            Instant deadline = Instant.now().plus(maxWait);
            String waitingFor = null;
            while (true) {
                if (tryCreate(fs, path, holderLine(runId))) {
                    LOG.info("publish lock taken by run {}", runId);
                    return new PublishLock(fs, path, runId);
                }
                Holder holder = Holder.read(fs, path);
                if (holder == null) {
                    continue; // released between our create and our read
                }
                if (ProcessLiveness.isGone(holder.host(), holder.pid(), holder.since(), staleAfter)) {
                    Path broken = new Path(path.getParent(), "_publish.lock.broken-" + runId);
                    if (fs.rename(path, broken)) {
                        LOG.info("publish lock: run {} (pid {} on {}) is gone; lock taken over", holder.runId(),
                                holder.pid(), holder.host());
                        fs.delete(broken, false);
                    }
                    continue;
                }
                if (!holder.runId().equals(waitingFor)) {
                    waitingFor = holder.runId();
                    LOG.info("waiting for run {} (pid {} on {}) to finish publishing", holder.runId(), holder.pid(),
                            holder.host());
                }
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("run " + holder.runId() + " (pid " + holder.pid() + " on "
                            + holder.host() + ") has been publishing to this warehouse for longer than "
                            + maxWait.toMinutes() + " min (run.publish_wait_minutes); try again when it has ended");
                }
                Thread.sleep(500);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot take the publish lock " + path + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the publish lock " + path, e);
        }
    }

    /** Creates the lock file exclusively; false when it exists. */
    private static boolean tryCreate(FileSystem fs, Path path, String content) throws IOException {
        if ("file".equals(fs.getUri().getScheme())) {
            java.nio.file.Path local = java.nio.file.Path.of(fs.makeQualified(path).toUri());
            Files.createDirectories(local.getParent());
            try {
                Files.writeString(local, content, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE_NEW,
                        java.nio.file.StandardOpenOption.WRITE);
                return true;
            } catch (java.nio.file.FileAlreadyExistsException e) {
                return false;
            }
        }
        try (FSDataOutputStream out = fs.create(path, false)) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        }
    }

    private static String holderLine(String runId) {
        return runId + " " + ProcessLiveness.host() + " " + ProcessLiveness.pid() + " " + Instant.now() + "\n";
    }

    @Override
    public void close() {
        holdWhileATestAsks();
        try {
            Holder holder = Holder.read(fs, path);
            if (holder != null && holder.runId().equals(runId)) {
                fs.delete(path, false);
            }
        } catch (IOException e) {
            LOG.warn("could not release the publish lock {}: {} (the next run breaks it)", path, e.getMessage());
        }
    }

    private static void holdWhileATestAsks() {
        String release = System.getenv(TEST_HOLD_ENV);
        if (release == null || release.isBlank()) {
            return;
        }
        LOG.info("publish lock held until {} exists ({})", release, TEST_HOLD_ENV);
        try {
            while (!Files.exists(java.nio.file.Path.of(release))) {
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Who holds the lock. */
    record Holder(String runId, String host, long pid, Instant since) {
        static Holder read(FileSystem fs, Path path) throws IOException {
            String text;
            try (InputStream in = fs.open(path)) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            } catch (java.io.FileNotFoundException e) {
                return null;
            }
            String[] parts = text.split(" ");
            if (parts.length != 4) {
                // A lock file cut short (its writer died while writing it): its holder is gone.
                return new Holder("unknown", ProcessLiveness.host(), -1, Instant.EPOCH);
            }
            return new Holder(parts[0], parts[1], Long.parseLong(parts[2]), Instant.parse(parts[3]));
        }
    }
}
