package org.xingfeng.platform.provisioning.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/** The modules an administrator stopped, kept in the data directory so that a restart leaves them stopped. */
final class StoppedModules {

    private final Path file;
    private final Set<String> ids = new TreeSet<>();

    StoppedModules(Path file) {
        this.file = file;
        if (Files.exists(file)) {
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            ids.addAll(p.stringPropertyNames());
        }
    }

    synchronized Set<String> ids() {
        return Set.copyOf(ids);
    }

    synchronized void add(String id) {
        if (ids.add(id)) {
            save();
        }
    }

    synchronized void remove(String id) {
        if (ids.remove(id)) {
            save();
        }
    }

    private void save() {
        Properties p = new Properties();
        ids.forEach(id -> p.setProperty(id, "stopped"));
        try {
            Files.createDirectories(file.getParent());
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                p.store(w, "modules stopped by an administrator");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
