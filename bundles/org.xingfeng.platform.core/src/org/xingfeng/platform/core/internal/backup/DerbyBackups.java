package org.xingfeng.platform.core.internal.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceScope;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.ConflictException;
import org.xingfeng.platform.api.audit.AuditLog;
import org.xingfeng.platform.api.backup.Backup;
import org.xingfeng.platform.api.backup.BackupService;
import org.xingfeng.platform.api.i18n.Messages;
import org.xingfeng.platform.api.persistence.Jpa;
import org.xingfeng.platform.api.persistence.PersistenceService;
import org.xingfeng.platform.api.security.Roles;
import org.xingfeng.platform.api.tasks.Tasks;
import org.xingfeng.platform.api.time.BureauTime;
import org.xingfeng.platform.core.internal.Access;
import org.xingfeng.platform.core.internal.setup.OwnerOnly;
import org.xingfeng.platform.core.internal.store.PlatformStore;

/**
 * Online backups of embedded Derby with {@code SYSCS_UTIL.SYSCS_BACKUP_DATABASE}: the database keeps serving while
 * its pages are copied, and the copy is consistent as of the backup's end. Each backup is a folder
 * {@code <backups>/<yyyyMMdd-HHmmss>/db} with a {@code backup.properties} written last (a folder without it is an
 * unfinished backup and is not listed). Taken on request and every day at {@code backup.hour}, and folders older than
 * {@code backup.keepDays} days are removed after each scheduled backup.
 */
@Component(configurationPid = DerbyBackups.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = DerbyBackups.Config.class)
public class DerbyBackups implements BackupService {

    public static final String PID = "org.xingfeng.backup";
    static final Messages MESSAGES = Messages.of(DerbyBackups.class);
    private static final Logger LOG = LoggerFactory.getLogger(DerbyBackups.class);
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final String DONE = "backup.properties";

    @ObjectClassDefinition(id = PID, name = "Backups", description = "Online backups of the embedded database")
    public @interface Config {

        @AttributeDefinition(name = "Data directory", description = "the embedded database's data directory")
        String data() default "xingfeng-data";

        @AttributeDefinition(name = "Backups folder",
                description = "where backups are written (empty: backups/ in the data directory)")
        String backup_dir() default "";

        @AttributeDefinition(name = "Hour of the daily backup",
                description = "the hour (0-23, the bureau's time) of the daily backup; -1: none")
        int backup_hour() default 2;

        @AttributeDefinition(name = "Days kept",
                description = "scheduled backups older than this many days are removed")
        int backup_keepDays() default 7;
    }

    private final PlatformStore store;
    private final PersistenceService persistence;
    private final AuditLog audit;
    private final BureauTime time;
    private final Path folder;
    private final int keepDays;
    private final ReentrantLock running = new ReentrantLock();
    private final ScheduledExecutorService scheduler;

    @Activate
    public DerbyBackups(@Reference PlatformStore store, @Reference PersistenceService persistence,
            @Reference AuditLog audit, @Reference BureauTime time,
            @Reference(scope = ReferenceScope.PROTOTYPE_REQUIRED) Tasks tasks, Config config) {
        this.store = store;
        this.persistence = persistence;
        this.audit = audit;
        this.time = time;
        this.keepDays = Math.max(1, config.backup_keepDays());
        Path data = Path.of(config.data().isBlank() ? "xingfeng-data" : config.data().trim()).toAbsolutePath();
        this.folder = config.backup_dir().isBlank() ? data.resolve("backups")
                : Path.of(config.backup_dir().trim()).toAbsolutePath();
        this.scheduler = tasks.scheduler("backup", 1);
        int hour = config.backup_hour();
        if (hour >= 0 && hour <= 23 && embedded()) {
            scheduleNext(hour);
        }
    }

    @Deactivate
    void deactivate() {
        scheduler.shutdownNow();
    }

    private boolean embedded() {
        return "derby-embedded".equals(persistence.database().kind());
    }

    private void scheduleNext(int hour) {
        ZonedDateTime now = ZonedDateTime.ofInstant(time.now(), time.zone());
        ZonedDateTime next = now.toLocalDate().atTime(hour, 0).atZone(time.zone());
        if (!next.isAfter(now)) {
            next = next.plusDays(1);
        }
        long delay = Duration.between(now, next).toMillis();
        scheduler.schedule(() -> {
            try {
                take(Actor.SYSTEM);
                prune();
            } catch (RuntimeException e) {
                LOG.error("the scheduled backup failed: {}", e.toString());
            } finally {
                if (!scheduler.isShutdown()) {
                    scheduleNext(hour);
                }
            }
        }, delay, TimeUnit.MILLISECONDS);
    }

    @Override
    public Backup backUp(Actor actor) {
        Access.requireInstallation(actor, Roles.ADMIN);
        return take(actor);
    }

    private Backup take(Actor actor) {
        if (!embedded()) {
            throw new ConflictException("backup_not_embedded", MESSAGES.text("backup.not_embedded"));
        }
        if (!running.tryLock()) {
            throw new ConflictException("backup_running", MESSAGES.text("backup.running"));
        }
        try {
            Instant at = time.now();
            String name = LocalDateTime.ofInstant(at, time.zone()).format(NAME);
            Path target = folder.resolve(name);
            for (int n = 2; Files.exists(target); n++) {
                target = folder.resolve(name + "-" + n);
            }
            OwnerOnly.directory(folder);
            OwnerOnly.directory(target);
            long started = System.nanoTime();
            Path into = target;
            Jpa.run(store.emf(), em -> {
                Connection con = em.unwrap(Connection.class);
                try (CallableStatement call = con.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
                    call.setString(1, into.toString());
                    call.execute();
                } catch (SQLException e) {
                    throw new IllegalStateException("the backup failed: " + e.getMessage(), e);
                }
            });
            long millis = (System.nanoTime() - started) / 1_000_000;
            Properties p = new Properties();
            p.setProperty("at", at.toString());
            p.setProperty("millis", Long.toString(millis));
            try (OutputStream out = Files.newOutputStream(target.resolve(DONE))) {
                p.store(out, "Xingfeng backup: restore by copying db/ in place of the data directory's db/");
            }
            Backup done = new Backup(target.getFileName().toString(), at, size(target), millis);
            audit.record(actor, "backup", "platform.backup", done.name(), null, done);
            LOG.info("backup {}: {} bytes in {} ms", done.name(), done.bytes(), millis);
            return done;
        } catch (IOException e) {
            throw new UncheckedIOException("the backup's folder cannot be written: " + e.getMessage(), e);
        } finally {
            running.unlock();
        }
    }

    @Override
    public List<Backup> list(Actor actor) {
        Access.requireInstallation(actor, Roles.ADMIN);
        List<Backup> backups = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return backups;
        }
        try (Stream<Path> dirs = Files.list(folder)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                Path done = dir.resolve(DONE);
                if (!Files.isRegularFile(done)) {
                    continue; // unfinished
                }
                Properties p = new Properties();
                try (InputStream in = Files.newInputStream(done)) {
                    p.load(in);
                }
                backups.add(new Backup(dir.getFileName().toString(), Instant.parse(p.getProperty("at")), size(dir),
                        Long.parseLong(p.getProperty("millis", "0"))));
            }
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("the backups folder cannot be read: " + e.getMessage(), e);
        }
        backups.sort(Comparator.comparing(Backup::at).reversed());
        return backups;
    }

    /** Removes the backups older than the days kept, but never the newest. */
    void prune() {
        List<Backup> all = list(Actor.SYSTEM);
        Instant limit = time.now().minus(Duration.ofDays(keepDays));
        for (Backup b : all.subList(Math.min(1, all.size()), all.size())) {
            if (b.at().isBefore(limit)) {
                delete(folder.resolve(b.name()));
                LOG.info("backup {} removed (older than {} days)", b.name(), keepDays);
            }
        }
    }

    private static long size(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        } catch (IOException e) {
            return -1;
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            LOG.warn("cannot remove the old backup {}: {}", dir, e.toString());
        }
    }
}
