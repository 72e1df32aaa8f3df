package nl.dialoog.shared;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The audit trail read as sentences in the reader's language. Each action code ({@code registration.options.saved})
 * has a message {@code <module>.audit.<rest>} ({@code registration.audit.options.saved}) in its module's bundle,
 * which receives who as {0}, what it was about as {1}, the readable detail as {2} and the code as {3}. A detail
 * written as a list of changes ({@link #change}: {@code capacity=2→300, approval=false}) reads as "places from 2 to
 * 300"; codes in capitals ({@code CONFIRMED}) read as the module's {@code <module>.audit.value.<code>}. The page names
 * and links who and what, as only it knows its people and addresses.
 */
@Component
public class AuditSentences {

    /** A piece of a sentence: plain text, or a link when {@code href} is set. */
    public record Part(String text, String href) {

        public static Part text(String text) {
            return new Part(text, null);
        }
    }

    /** One entry as a sentence, in pieces so that the page can link the names in it. */
    public record Sentence(Instant at, String action, List<Part> parts) {

        public String text() {
            return parts.stream().map(Part::text).collect(Collectors.joining());
        }
    }

    /** How a page names the actor and the subject of an entry; {@link #plain} when it knows nothing more. */
    public interface Names {

        Part actor(Audit.Entry entry, Locale locale);

        Part subject(Audit.Entry entry, Locale locale);
    }

    static final String ARROW = "→";
    private static final Pattern CHANGES = Pattern.compile("[a-zA-Z]+=[^,]*(, [a-zA-Z]+=[^,]*)*");
    private static final Pattern MARKER = Pattern.compile("\u0001(\\d)\u0001");
    private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z_]{2,}\\b");
    private static final Pattern IN_ROOM = Pattern.compile("(.+) \\(room participant \\d+\\)");
    private static final Pattern REFERENCE = Pattern.compile("\\b(event|registration):\\d+\\s*");

    private final MessageSource messages;

    AuditSentences(MessageSource messages) {
        this.messages = messages;
    }

    /** The message key of an action's sentence: {@code room.qa.approved} → {@code room.audit.qa.approved}. */
    public static String key(String action) {
        int dot = action.indexOf('.');
        return dot < 0 ? "shared.audit.unknown" : action.substring(0, dot) + ".audit" + action.substring(dot);
    }

    /** One field of a detail that lists changes: {@code capacity=2→300}, or {@code capacity=300} when unchanged. */
    public static String change(String field, Object before, Object after) {
        return Objects.equals(before, after) ? field + "=" + after : field + "=" + before + ARROW + after;
    }

    public Sentence of(Audit.Entry entry, Names names, Locale locale) {
        String marked = messages.getMessage(key(entry.action()), new Object[] {mark(0), mark(1), mark(2), mark(3)},
                null, locale);
        if (marked == null) {
            marked = messages.getMessage("shared.audit.unknown", new Object[] {mark(0), mark(1), mark(2), mark(3)},
                    locale);
        }
        Part[] arguments = {names.actor(entry, locale), names.subject(entry, locale),
                Part.text(detail(entry, locale)), Part.text(entry.action())};
        List<Part> parts = new ArrayList<>();
        Matcher matcher = MARKER.matcher(marked);
        int from = 0;
        while (matcher.find()) {
            if (matcher.start() > from) {
                parts.add(Part.text(marked.substring(from, matcher.start())));
            }
            parts.add(arguments[Integer.parseInt(matcher.group(1))]);
            from = matcher.end();
        }
        if (from < marked.length()) {
            parts.add(Part.text(marked.substring(from)));
        }
        return new Sentence(entry.occurredAt(), entry.action(), List.copyOf(parts));
    }

    /** The detail in words: a list of changes as changes, references to the subject left out, codes translated. */
    String detail(Audit.Entry entry, Locale locale) {
        String detail = entry.detail() == null ? "" : entry.detail().strip();
        String module = entry.action().contains(".") ? entry.action().substring(0, entry.action().indexOf('.')) : "";
        if (CHANGES.matcher(detail).matches()) {
            return changes(module, detail, locale);
        }
        String words = REFERENCE.matcher(detail).replaceAll("").strip();
        return CODE.matcher(words).replaceAll(code -> Matcher.quoteReplacement(value(module, "", code.group(), locale)));
    }

    private String changes(String module, String detail, Locale locale) {
        List<String[]> fields = new ArrayList<>();
        for (String field : detail.split(", ")) {
            int equals = field.indexOf('=');
            String value = field.substring(equals + 1);
            int arrow = value.indexOf(ARROW);
            fields.add(arrow < 0 ? new String[] {field.substring(0, equals), value}
                    : new String[] {field.substring(0, equals), value.substring(0, arrow), value.substring(arrow + 1)});
        }
        boolean anyChange = fields.stream().anyMatch(field -> field.length == 3);
        return fields.stream().filter(field -> !anyChange || field.length == 3)
                .map(field -> field.length == 3
                        ? messages.getMessage("shared.audit.changed", new Object[] {field(module, field[0], locale),
                                value(module, field[0], field[1], locale), value(module, field[0], field[2], locale)}, locale)
                        : messages.getMessage("shared.audit.set", new Object[] {field(module, field[0], locale),
                                value(module, field[0], field[1], locale)}, locale))
                .reduce((list, next) -> messages.getMessage("shared.audit.list", new Object[] {list, next}, locale))
                .orElse("");
    }

    private String field(String module, String field, Locale locale) {
        return messages.getMessage(module + ".audit.field." + field, null, field, locale);
    }

    private String value(String module, String field, String value, Locale locale) {
        if (field.equals("language") && value.matches("[a-z]{2}")) {
            return Languages.name(value, locale);
        }
        return switch (value) {
            case "true" -> messages.getMessage("shared.audit.yes", null, locale);
            case "false" -> messages.getMessage("shared.audit.no", null, locale);
            case "", "null" -> messages.getMessage("shared.audit.none", null, locale);
            default -> CODE.matcher(value).matches()
                    ? messages.getMessage(module + ".audit.value." + value.toLowerCase(Locale.ROOT), null, value,
                    locale)
                    : value;
        };
    }

    private static String mark(int argument) {
        return "\u0001" + argument + "\u0001";
    }

    /** Names as the entry holds them, with the few fixed actors ("system") in words. */
    public Names plain() {
        return new Names() {
            @Override
            public Part actor(Audit.Entry entry, Locale locale) {
                return Part.text(actorName(entry.actor(), locale));
            }

            @Override
            public Part subject(Audit.Entry entry, Locale locale) {
                return Part.text(entry.subject());
            }
        };
    }

    /** "system", "anonymous", "participant" and the room's timers in the reader's language; anyone else as written. */
    public String actorName(String actor, Locale locale) {
        if (actor == null || actor.isBlank()) {
            return messages.getMessage("shared.audit.actor.anonymous", null, locale);
        }
        Matcher inRoom = IN_ROOM.matcher(actor);
        if (inRoom.matches()) {
            return inRoom.group(1);
        }
        return messages.getMessage("shared.audit.actor." + actor.replace(' ', '_'), null, actor, locale);
    }
}
