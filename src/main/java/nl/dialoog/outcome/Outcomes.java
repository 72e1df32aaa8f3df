package nl.dialoog.outcome;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import nl.dialoog.account.AccountView;
import nl.dialoog.event.EventCatalog;
import nl.dialoog.event.EventId;
import nl.dialoog.event.EventView;
import nl.dialoog.registration.Registrations;
import nl.dialoog.shared.Audit;
import nl.dialoog.shared.DomainError;
import nl.dialoog.shared.SharedSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The results module's API: organisers build an event's report (in the background, with its progress readable
 * meanwhile), add their own words, choose its parts and publish it by private link or on the event's public
 * results page; readers get it as a page or an export.
 */
@Service
public class Outcomes implements DisposableBean {

    /** Longest summary or note, per language. */
    public static final int MAX_TEXT = 20_000;

    private static final Logger log = LoggerFactory.getLogger(Outcomes.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ReportStore store;
    private final ReportBuilder builder;
    private final EventCatalog catalog;
    private final Audit audit;
    private final TransactionTemplate transactions;
    private final Registrations registrations;
    private final SharedSettings settings;
    private final ReportPdf pdf;
    private final MessageSource messages;
    private final JsonMapper json;
    private final Map<Long, Rebuild> rebuilds = new ConcurrentHashMap<>();
    private final ExecutorService builds = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("report-build-", 0).factory());

    Outcomes(ReportStore store, ReportBuilder builder, EventCatalog catalog, Audit audit,
             TransactionTemplate transactions, Registrations registrations, SharedSettings settings, ReportPdf pdf,
             MessageSource messages, JsonMapper json) {
        this.registrations = registrations;
        this.settings = settings;
        this.pdf = pdf;
        this.messages = messages;
        this.json = json;
        this.store = store;
        this.builder = builder;
        this.catalog = catalog;
        this.audit = audit;
        this.transactions = transactions;
    }

    /** The report of an event as its organisers see it (no row yet: nothing built). */
    public ReportState state(EventId eventId, AccountView by) {
        EventView event = catalog.editable(eventId, by);
        return store.find(event.id().value()).orElse(new ReportState(event.id().value(),
                ReportState.BuildState.NONE, null, null, null, null, Map.of(), Map.of(), ReportPart.all(),
                ReportVisibility.ORGANISERS, null));
    }

    /**
     * Starts building the report in the background; false when a build is already running. The page reads the
     * progress from {@link #state}.
     */
    public boolean startBuild(EventId eventId, AccountView by) {
        EventView event = catalog.editable(eventId, by);
        Boolean claimed = transactions.execute(status -> {
            boolean ok = store.claimBuild(event.id().value());
            if (ok) {
                audit.record("outcome.report.built", "event:" + event.id().value(), null);
            }
            return ok;
        });
        if (Boolean.TRUE.equals(claimed)) {
            builds.submit(() -> run(event, false));
        }
        return Boolean.TRUE.equals(claimed);
    }

    /** Builds and publishes the demo edition's report at once (the demo session was just written). */
    void buildDemo(EventId eventId) {
        EventView event = catalog.find(eventId).orElseThrow();
        if (Boolean.TRUE.equals(transactions.execute(status -> store.claimBuild(event.id().value())))) {
            run(event, true);
            transactions.executeWithoutResult(status -> {
                store.publish(event.id().value(), ReportVisibility.PUBLIC, null);
                audit.recordAs("system", "outcome.report.published", "event:" + event.id().value(), "demo");
            });
        }
    }

    /**
     * Builds an already built report again, at once, because the room forgot someone it may name: the stored
     * report must not keep what the room no longer knows. A build already running may have read the room before
     * the erasure, so this waits for it and builds once more. Erasures that come together (the retention purge
     * erases a whole event) share builds: while one caller builds an event's report, the others only ask it to
     * build once more, so a hundred erasures cost two builds, not a hundred.
     */
    void rebuildAfterErasure(EventId eventId) {
        Rebuild rebuild = rebuilds.computeIfAbsent(eventId.value(), id -> new Rebuild());
        rebuild.wanted().set(true);
        // whoever holds the lock builds; the others leave their wish and go (checked again after each unlock,
        // so a wish left just as the builder finished is not lost)
        while (rebuild.wanted().get() && rebuild.lock().tryLock()) {
            try {
                while (rebuild.wanted().getAndSet(false)) {
                    rebuildOnce(eventId);
                }
            } finally {
                rebuild.lock().unlock();
            }
        }
    }

    private record Rebuild(AtomicBoolean wanted, ReentrantLock lock) {
        Rebuild() {
            this(new AtomicBoolean(), new ReentrantLock());
        }
    }

    private void rebuildOnce(EventId eventId) {
        Optional<ReportState> stored = store.find(eventId.value());
        Optional<EventView> event = catalog.find(eventId);
        if (stored.isEmpty() || event.isEmpty()
                || !stored.get().isBuilt() && stored.get().build() != ReportState.BuildState.BUILDING) {
            return;
        }
        boolean demo = stored.get().isBuilt() && stored.get().report().meta().demo();
        for (int tries = 0; tries < 600; tries++) {
            if (Boolean.TRUE.equals(transactions.execute(status -> store.claimBuild(eventId.value())))) {
                transactions.executeWithoutResult(status -> audit.recordAs("system", "outcome.report.built",
                        "event:" + eventId.value(), "after an erasure"));
                run(event.get(), demo);
                return;
            }
            try {
                Thread.sleep(Duration.ofMillis(500));
            } catch (InterruptedException stop) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new IllegalStateException("report of event " + eventId.value() + " still building; retried later");
    }

    public void edit(EventId eventId, ReportEdits edits, AccountView by) {
        EventView event = catalog.editable(eventId, by);
        Map<String, String> summary = texts(event, edits.summary());
        Map<String, String> notes = texts(event, edits.notes());
        transactions.executeWithoutResult(status -> {
            store.find(event.id().value()).filter(ReportState::isBuilt).orElseThrow(ReportNotFound::new);
            store.edit(event.id().value(), summary, notes, edits.parts());
            audit.record("outcome.report.edited", "event:" + event.id().value(), null);
        });
    }

    /**
     * Sets who may read the report. For {@link ReportVisibility#LINK} a new private link is made (any earlier one
     * stops working) and its token returned: it is shown once, only its hash is kept. With {@code mailRegistrants}
     * (private link or public page only) everyone with a place gets the results' address by mail, in their own
     * language, queued in batches by the registration module.
     */
    public Optional<String> publish(EventId eventId, ReportVisibility visibility, boolean mailRegistrants,
                                    AccountView by) {
        EventView event = catalog.editable(eventId, by);
        if (mailRegistrants && visibility == ReportVisibility.ORGANISERS) {
            throw new DomainError("outcome.publish.mailNeedsReaders");
        }
        String token = visibility == ReportVisibility.LINK ? newToken() : null;
        transactions.executeWithoutResult(status -> {
            store.find(event.id().value()).filter(ReportState::isBuilt).orElseThrow(ReportNotFound::new);
            store.publish(event.id().value(), visibility, token == null ? null : hash(token));
            audit.record("outcome.report.visibility", "event:" + event.id().value(), visibility.name());
            if (mailRegistrants) {
                String address = token == null ? settings.baseUrl() + "/events/" + event.slug() + "/results"
                        : settings.baseUrl() + "/results/" + token;
                registrations.sendResults(event.id(), address, by);
            }
        });
        return Optional.ofNullable(token);
    }

    public Optional<String> publish(EventId eventId, ReportVisibility visibility, AccountView by) {
        return publish(eventId, visibility, false, by);
    }

    /** A report on its event's public results page, when its organisers published it there. */
    public Optional<Readable> published(String slug) {
        return catalog.findPublished(slug).flatMap(event -> store.find(event.id().value())
                .filter(state -> state.isReadableBy(false, false))
                .map(state -> new Readable(event, state)));
    }

    /** A report by its private link. */
    public Optional<Readable> byLink(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        return store.eventByLink(hash(token)).flatMap(id -> catalog.find(new EventId(id)))
                .flatMap(event -> store.find(event.id().value())
                        .filter(state -> state.isReadableBy(false, true))
                        .map(state -> new Readable(event, state)));
    }

    /** A report for its organisers, built or not yet published. */
    public Readable forOrganisers(EventId eventId, AccountView by) {
        EventView event = catalog.editable(eventId, by);
        ReportState state = store.find(event.id().value()).filter(ReportState::isBuilt)
                .orElseThrow(ReportNotFound::new);
        return new Readable(event, state);
    }

    /** A report someone may read, with the event it is about. */
    public record Readable(EventView event, ReportState state) {
    }

    /** The report made ready for a page in the reader's language. */
    public ReportView view(Readable readable, Locale locale) {
        return new ReportView(readable.event(), readable.state(), locale, messages);
    }

    public String markdown(Readable readable, Locale locale) {
        return ReportMarkdown.of(view(readable, locale));
    }

    public byte[] pdf(Readable readable, Locale locale) {
        return pdf.pdf(view(readable, locale), locale);
    }

    /**
     * Everything the report shows, as one JSON document: the numbers, the findings, every contribution and vote
     * they rest on, and the organisers' own words; recomputing any number from it gives the report's number.
     */
    public byte[] json(Readable readable) {
        ReportState state = readable.state();
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("report", ReportParts.visible(state.report(), state.parts()));
        document.put("summary", state.parts().contains(ReportPart.SUMMARY) ? state.summary() : Map.of());
        document.put("notes", state.parts().contains(ReportPart.SUMMARY) ? state.notes() : Map.of());
        document.put("parts", state.parts());
        return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(document);
    }

    /** One of {@link ReportCsv#TABLES} as CSV; empty for an unknown table or a part left out. */
    public Optional<byte[]> csv(Readable readable, String table) {
        ReportState state = readable.state();
        return ReportCsv.table(ReportParts.visible(state.report(), state.parts()), table);
    }

    public static List<String> csvTables() {
        return ReportCsv.TABLES;
    }

    @Override
    public void destroy() {
        builds.shutdownNow();
    }

    private void run(EventView event, boolean demo) {
        long id = event.id().value();
        try {
            Report report = builder.build(event, demo, step -> store.step(id, step));
            transactions.executeWithoutResult(status -> store.built(id, report));
        } catch (RuntimeException e) {
            log.warn("Building the report of event {} failed: {}", id, e.toString());
            store.failed(id, "outcome.build.failed");
        }
    }

    private static Map<String, String> texts(EventView event, Map<String, String> given) {
        Map<String, String> kept = new LinkedHashMap<>();
        if (given != null) {
            given.forEach((language, text) -> {
                if (event.languages().contains(language) && text != null && !text.isBlank()) {
                    if (text.length() > MAX_TEXT) {
                        throw new DomainError("outcome.edit.tooLong");
                    }
                    kept.put(language, text.strip());
                }
            });
        }
        return kept;
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
