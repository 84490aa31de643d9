package org.socialcare.warehouse.cli;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Checks a local warehouse folder before a session starts, so that a path that is a file or cannot be
 * written fails in one line instead of in the metastore or in Delta (with thousands of lines of
 * stack traces, or a metastore retrying for ever). Object-store and other remote URIs are left to the
 * file system.
 */
final class WarehousePathCheck {
    private WarehousePathCheck() {
    }

    /** Throws IllegalArgumentException saying what is wrong with the warehouse path, if anything. */
    static void requireUsable(String warehouse) {
        Optional<Path> local = localPath(warehouse);
        if (local.isEmpty()) {
            return;
        }
        Path path = local.get().toAbsolutePath().normalize();
        if (Files.exists(path) && !Files.isDirectory(path)) {
            throw new IllegalArgumentException("warehouse " + path + " is a file, not a folder (check --warehouse or paths.warehouse)");
        }
        Path existing = path;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null || !Files.isDirectory(existing)) {
            throw new IllegalArgumentException("warehouse " + path + " cannot be created: " + existing + " is not a folder");
        }
        if (!Files.isWritable(existing)) {
            throw new IllegalArgumentException("warehouse " + path + (existing.equals(path) ? " is" : " cannot be created: " + existing + " is")
                    + " not writable by this user (the catalog and the tables are written there; check its permissions)");
        }
    }

    private static Optional<Path> localPath(String warehouse) {
        if (!warehouse.contains(":/")) {
            return Optional.of(Path.of(warehouse));
        }
        URI uri = URI.create(warehouse);
        return "file".equals(uri.getScheme()) ? Optional.of(Path.of(uri)) : Optional.empty();
    }
}
