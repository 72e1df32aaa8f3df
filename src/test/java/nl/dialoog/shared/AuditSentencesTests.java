package nl.dialoog.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.dialoog.shared.AuditSentences.Part;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The audit trail reads as sentences: every action the code records has one in every UI language, a list of
 * changes reads as changes, and the page's names and links take the places of who and what.
 */
class AuditSentencesTests {

    /**
     * Actions whose code is put together at run time ({@code "room.qa." + action}): what each prefix can become.
     * A new prefix fails the scan below until it is listed here.
     */
    private static final Map<String, List<String>> BUILT = Map.of(
            "room.qa.", List.of("approved", "answered", "dismissed", "reopened"),
            "room.poll.", List.of("created", "launched", "revealed", "closed", "deleted"),
            "room.statement.round.", List.of("launched", "closed"));

    private static final Pattern CALL = Pattern.compile("\\baudit\\.record(As)?\\(");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern ACTION = Pattern.compile(
            "(account|contact|event|mail|outcome|registration|room|stage)\\.[A-Za-z_.]*");

    private final AuditSentences sentences = new AuditSentences(messages());

    @Test
    void everyRecordedActionHasASentenceInEveryLanguage() {
        Set<String> actions = recordedActions();
        assertThat(actions).as("actions found in src/main/java").hasSizeGreaterThan(60)
                .contains("registration.created", "registration.options.saved", "room.qa.approved");
        List<String> missing = new ArrayList<>();
        Bundles bundles = Bundles.load();
        for (String action : actions) {
            String key = AuditSentences.key(action);
            String module = action.substring(0, action.indexOf('.'));
            bundles.of(module).stream().filter(bundle -> !bundle.messages().containsKey(key))
                    .forEach(bundle -> missing.add(action + ": " + key + " in " + bundle.file()));
        }
        assertThat(missing).as("recorded actions without a sentence").isEmpty();
    }

    @Test
    void changedSettingsReadAsFromOldToNewWithTheUnchangedLeftOut() {
        var line = sentences.of(entry("admin@example.org", "registration.options.saved", "event:7",
                "capacity=2→300, approval=false, inviteOnly=false→true"), names(), Locale.ENGLISH);

        assertThat(line.text()).isEqualTo("Administrator changed the registration settings: places from 2 to 300; "
                + "by invitation only from no to yes");
    }

    @Test
    void oldSettingsWithoutTheirFormerValuesStillReadAsWords() {
        var line = sentences.of(entry("admin@example.org", "registration.options.saved", "event:7",
                "capacity=2, approval=false, inviteOnly=false, verify=true, privacyVersion=1"), names(),
                Locale.forLanguageTag("nl"));

        assertThat(line.text()).isEqualTo("Administrator heeft de aanmeldinstellingen gewijzigd: plaatsen: 2; "
                + "goedkeuring nodig: nee; alleen op uitnodiging: nee; adresbevestiging: ja; versie van de privacytekst: 1");
    }

    @Test
    void aRegistrationNamesAndLinksThePersonAndTranslatesTheStatus() {
        var line = sentences.of(entry("participant", "registration.created", "registration:12", "event:7 CONFIRMED"),
                names(), Locale.ENGLISH);

        assertThat(line.text()).isEqualTo("Amina Otieno registered; confirmed");
        assertThat(line.parts().getFirst()).isEqualTo(new Part("Amina Otieno", "/people/12"));
    }

    @Test
    void frenchGetsItsOwnSentenceAndLanguageNames() {
        var line = sentences.of(entry("admin@example.org", "registration.broadcast.created", "event:7",
                "broadcast=3, status=WAITLISTED, language=nl, recipients=40"), names(), Locale.FRENCH);

        assertThat(line.text()).isEqualTo("Administrator a envoyé un message aux inscrits (message\u00a0: 3\u00a0; "
                + "statut\u00a0: sur la liste d’attente\u00a0; langue\u00a0: Néerlandais\u00a0; destinataires\u00a0: 40)");
    }

    @Test
    void fixedActorsAndPeopleInTheRoomAreNamedInWords() {
        assertThat(sentences.actorName("system", Locale.ENGLISH)).isEqualTo("Dialoog");
        assertThat(sentences.actorName("poll timer", Locale.forLanguageTag("es")))
                .isEqualTo("El temporizador de la encuesta");
        assertThat(sentences.actorName("Ama (room participant 7)", Locale.ENGLISH)).isEqualTo("Ama");
    }

    @Test
    void anUnknownActionStillShowsWhoAndWhat() {
        var line = sentences.of(entry("system", "legacy.thing", "event:7", "x"), sentences.plain(), Locale.ENGLISH);

        assertThat(line.text()).isEqualTo("Dialoog: legacy.thing x");
    }

    private static Audit.Entry entry(String actor, String action, String subject, String detail) {
        return new Audit.Entry(Instant.parse("2026-12-08T10:00:00Z"), actor, action, subject, detail);
    }

    private static AuditSentences.Names names() {
        return new AuditSentences.Names() {
            @Override
            public Part actor(Audit.Entry entry, Locale locale) {
                return entry.actor().equals("participant") ? subject(entry, locale) : Part.text("Administrator");
            }

            @Override
            public Part subject(Audit.Entry entry, Locale locale) {
                return entry.subject().equals("registration:12") ? new Part("Amina Otieno", "/people/12")
                        : new Part("Kennisdeling", "/events/7");
            }
        };
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames(Bundles.load().modules().stream().map(module -> "i18n/" + module + "/messages")
                .toArray(String[]::new));
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    /** The action codes in every {@code audit.record(…)} and {@code audit.recordAs(…)} call of the main code. */
    static Set<String> recordedActions() {
        Set<String> actions = new TreeSet<>();
        List<String> unreadable = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String code = Files.readString(file);
                Matcher call = CALL.matcher(code);
                while (call.find()) {
                    String arguments = arguments(code, call.end());
                    List<String> found = new ArrayList<>();
                    Matcher literal = LITERAL.matcher(arguments);
                    while (literal.find()) {
                        if (ACTION.matcher(literal.group(1)).matches()) {
                            found.add(literal.group(1));
                        }
                    }
                    if (found.isEmpty()) {
                        unreadable.add(file + ": " + arguments.lines().findFirst().orElse(""));
                    }
                    for (String action : found) {
                        if (action.endsWith(".")) {
                            List<String> endings = BUILT.get(action);
                            if (endings == null) {
                                unreadable.add(file + ": " + action + "… (list its endings in BUILT)");
                            } else {
                                endings.forEach(ending -> actions.add(action + ending));
                            }
                        } else {
                            actions.add(action);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(unreadable).as("audit calls whose action the scan cannot read").isEmpty();
        return actions;
    }

    /** The text between a call's opening parenthesis and its closing one, string literals taken into account. */
    private static String arguments(String code, int from) {
        int depth = 1;
        boolean inString = false;
        for (int i = from; i < code.length(); i++) {
            char c = code.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return code.substring(from, i);
            }
        }
        return code.substring(from);
    }
}
