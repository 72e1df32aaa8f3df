package nl.dialoog.support;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * What the application logs while a test runs, as the log file would get it (one line per entry, stack traces in
 * full): attached to the root logger on creation, detached on close.
 */
public final class LogCapture extends AppenderBase<ILoggingEvent> implements AutoCloseable {

    private final List<ILoggingEvent> events = new ArrayList<>();
    private final PatternLayout layout = new PatternLayout();
    private long bytes;

    private LogCapture() {
    }

    public static LogCapture attach() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        LogCapture capture = new LogCapture();
        capture.setContext(root.getLoggerContext());
        capture.layout.setContext(root.getLoggerContext());
        capture.layout.setPattern("%d %level [%thread] %logger %msg%n%ex");
        capture.layout.start();
        capture.start();
        root.addAppender(capture);
        return capture;
    }

    @Override
    protected synchronized void append(ILoggingEvent event) {
        events.add(event);
        bytes += layout.doLayout(event).getBytes(StandardCharsets.UTF_8).length;
    }

    public synchronized List<ILoggingEvent> events() {
        return List.copyOf(events);
    }

    /** The entries that carry a stack trace. */
    public synchronized List<String> withStackTraces() {
        return events.stream().filter(event -> event.getThrowableProxy() != null)
                .map(event -> event.getLoggerName() + ": " + event.getFormattedMessage()).toList();
    }

    /** Bytes the entries so far would take in the log file. */
    public synchronized long bytes() {
        return bytes;
    }

    @Override
    public void close() {
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(this);
        stop();
    }
}
