package nl.dialoog.outcome;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import nl.dialoog.event.EventView;
import nl.dialoog.registration.RegistrantProfile;
import nl.dialoog.room.RoomRecord;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * The report's steps without Spring or a database, for the report benchmark ({@code nl.dialoog.bench.ReportBench})
 * and tests that need a large or unusual report: composing it from a room's record, and each export through
 * {@link Outcomes}' own code, with the templates and messages set up as the application sets them up.
 */
public final class ReportSteps {

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    private final SpringTemplateEngine templates = new SpringTemplateEngine();
    private final Outcomes outcomes;

    public ReportSteps() {
        // as spring.messages in application.yml
        messages.setBasenames("i18n/shared/messages", "i18n/account/messages", "i18n/event/messages",
                "i18n/mail/messages", "i18n/registration/messages", "i18n/contact/messages", "i18n/room/messages",
                "i18n/outcome/messages");
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(false);
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCacheable(true);
        templates.setTemplateResolver(resolver);
        templates.setTemplateEngineMessageSource(messages);
        // only the export methods are used: they need the PDF renderer, the messages and the JSON mapper
        outcomes = new Outcomes(null, null, null, null, null, null, null, new ReportPdf(templates), messages,
                JsonMapper.builder().findAndAddModules().build());
    }

    /** What the report builder makes of what it read; {@code steps} hears each step's name as it starts. */
    public static Report compose(EventView event, RoomRecord record, List<RegistrantProfile> profiles,
                                 Consumer<String> steps) {
        return ReportBuilder.compose(event, record, profiles, false, steps::accept, Instant.now(),
                System.nanoTime());
    }

    /** A built report with every part included, as its organisers read it. */
    public static Outcomes.Readable readable(EventView event, Report report) {
        return new Outcomes.Readable(event, new ReportState(event.id().value(), ReportState.BuildState.READY, null,
                null, report.meta().builtAt(), report, Map.of(), Map.of(), ReportPart.all(),
                ReportVisibility.ORGANISERS, null));
    }

    public String markdown(Outcomes.Readable readable, Locale locale) {
        return outcomes.markdown(readable, locale);
    }

    public byte[] json(Outcomes.Readable readable) {
        return outcomes.json(readable);
    }

    public static List<String> csvTables() {
        return Outcomes.csvTables();
    }

    public byte[] csv(Outcomes.Readable readable, String table) {
        return outcomes.csv(readable, table).orElseThrow();
    }

    public byte[] pdf(Outcomes.Readable readable, Locale locale) {
        return outcomes.pdf(readable, locale);
    }

    public ReportView view(Outcomes.Readable readable, Locale locale) {
        return outcomes.view(readable, locale);
    }

    /** The HTML the PDF is rendered from. */
    public String pdfHtml(Outcomes.Readable readable, Locale locale) {
        return new ReportPdf(templates).html(outcomes.view(readable, locale), locale);
    }
}
