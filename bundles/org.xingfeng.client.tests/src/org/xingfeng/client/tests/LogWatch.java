package org.xingfeng.client.tests;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.FrameworkListener;
import org.osgi.service.log.LogEntry;
import org.osgi.service.log.LogLevel;
import org.osgi.service.log.LogListener;
import org.osgi.service.log.LogReaderService;
import org.osgi.util.tracker.ServiceTracker;

/**
 * What went wrong while it watched: errors in the framework's log (Felix SCR and Equinox log there), warnings that
 * carry an exception, framework error events, and lines on the standard streams that name an exception or come
 * from the client shell's own error reports ({@code [xingfeng-client]}). The streams are still written through.
 */
final class LogWatch implements AutoCloseable {

    private final List<String> problems = new ArrayList<>();
    private final BundleContext bc;
    private final ServiceTracker<LogReaderService, LogReaderService> readers;
    private final LogListener logListener = this::logged;
    private final FrameworkListener frameworkListener = this::frameworkEvent;
    private final PrintStream originalOut = System.out;
    private final PrintStream originalErr = System.err;

    LogWatch(BundleContext bc) {
        this.bc = bc;
        readers = new ServiceTracker<>(bc, LogReaderService.class, null) {
            @Override
            public LogReaderService addingService(org.osgi.framework.ServiceReference<LogReaderService> reference) {
                LogReaderService reader = super.addingService(reference);
                reader.addLogListener(logListener);
                return reader;
            }

            @Override
            public void removedService(org.osgi.framework.ServiceReference<LogReaderService> reference,
                    LogReaderService reader) {
                reader.removeLogListener(logListener);
                super.removedService(reference, reader);
            }
        };
        readers.open();
        if (readers.getService() == null) {
            throw new IllegalStateException("no log reader service: the framework log cannot be watched");
        }
        bc.addFrameworkListener(frameworkListener);
        System.setOut(new PrintStream(new LineWatcher(originalOut, "out"), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new LineWatcher(originalErr, "err"), true, StandardCharsets.UTF_8));
    }

    /** The problems seen so far, one line each. */
    synchronized List<String> problems() {
        return List.copyOf(problems);
    }

    @Override
    public void close() {
        System.setOut(originalOut);
        System.setErr(originalErr);
        bc.removeFrameworkListener(frameworkListener);
        readers.close();
    }

    private synchronized void add(String problem) {
        problems.add(problem);
    }

    private void logged(LogEntry e) {
        if (e.getLogLevel() == LogLevel.ERROR || (e.getLogLevel() == LogLevel.WARN && e.getException() != null)) {
            add("log " + e.getLogLevel() + " from " + name(e.getBundle()) + ": " + e.getMessage()
                    + (e.getException() == null ? "" : " (" + e.getException() + ")"));
        }
    }

    private void frameworkEvent(FrameworkEvent e) {
        if (e.getType() == FrameworkEvent.ERROR || e.getType() == FrameworkEvent.WARNING) {
            add("framework event " + e.getType() + " from " + name(e.getBundle()) + ": " + e.getThrowable());
        }
    }

    private static String name(org.osgi.framework.Bundle b) {
        return b == null ? "?" : b.getSymbolicName();
    }

    /** Passes every byte on and looks at each complete line. */
    private final class LineWatcher extends OutputStream {
        private final PrintStream target;
        private final String stream;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();

        LineWatcher(PrintStream target, String stream) {
            this.target = target;
            this.stream = stream;
        }

        @Override
        public synchronized void write(int b) {
            target.write(b);
            if (b == '\n') {
                check(line.toString(StandardCharsets.UTF_8));
                line.reset();
            } else {
                line.write(b);
            }
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            for (int i = off; i < off + len; i++) {
                write(b[i]);
            }
        }

        @Override
        public void flush() {
            target.flush();
        }

        private void check(String text) {
            if (text.contains("Exception") || text.contains("[xingfeng-client]") || text.contains("SEVERE")
                    || text.startsWith("\tat ")) {
                add("std" + stream + ": " + text);
            }
        }
    }
}
