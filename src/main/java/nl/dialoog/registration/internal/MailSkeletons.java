package nl.dialoog.registration.internal;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import nl.dialoog.mail.MailContent;
import org.springframework.stereotype.Component;
import org.unbescape.html.HtmlEscape;

/**
 * Registration mails rendered once, with slots for what differs per person, then filled in per person.
 *
 * <p>Why: every registration writes its mail into the outbox inside the registration transaction, while the event's
 * admission lock is held. Rendering two Thymeleaf templates (HTML and text, in the shared mail layout) for each one
 * cost about 9 % of the server's CPU in a registration rush and lengthened the part that runs one at a time; filling
 * a rendered skeleton is a few string appends.
 *
 * <p>Why it is the same mail: a skeleton is rendered by the templates themselves, with private-use characters as
 * the person's name and personal links, for one {@link Key} — everything else the templates read is fixed by the
 * event's version (which grows with every change to the event or its parts), the reader's language and zone, and
 * which links the mail carries. The site's address and the templates do not change while the application runs.
 * The name and links appear only as element text ({@code th:text}, message arguments) and attribute values
 * ({@code th:href}); Thymeleaf escapes both with {@link HtmlEscape#escapeHtml4Xml}, which works character by
 * character, so the HTML gets the values escaped the same way; the text part gets them as they are; the subject
 * is taken from the filled HTML as {@link MailContent#subjectOf} takes it. Values are inserted in one pass and never
 * scanned again, so a name holding the slot characters stays as it is. A skeleton whose other inputs (an
 * organiser's title) hold a slot character cannot be told apart from its slots: such mails are rendered directly.
 *
 * <p>The cache keeps the most recently used few hundred skeletons (events × languages × zones); it is safe for
 * concurrent use, and two threads missing the same key at once merely both render it.
 */
@Component
public class MailSkeletons {

    /** Stands for the person's name while rendering a skeleton. */
    static final String NAME = "\uE000";
    /** Stands for the personal manage link. */
    static final String MANAGE_URL = "\uE001";
    /** Stands for the personal join link. */
    static final String JOIN_URL = "\uE002";

    private static final String SLOTS = NAME + MANAGE_URL + JOIN_URL;
    /** A few hundred (kinds × events × languages × zones) cover a rush, in a few MB. */
    private static final int CAPACITY = 512;

    /**
     * What a registration mail's rendering depends on, apart from the person's name and links; {@code custom} is the
     * organisers' own text of the mail ({@link CustomMailText}: subject and body), null for the default.
     */
    public record Key(String kind, long eventId, long eventVersion, String language, ZoneId zone, boolean manage,
               boolean join, String custom) {

        public Key(String kind, long eventId, long eventVersion, String language, ZoneId zone, boolean manage,
                   boolean join) {
            this(kind, eventId, eventVersion, language, zone, manage, join, null);
        }
    }

    private final ReentrantLock lock = new ReentrantLock();
    private final Map<Key, Optional<Skeleton>> skeletons;

    public MailSkeletons() {
        this(CAPACITY);
    }

    public MailSkeletons(int capacity) {
        this.skeletons = new LinkedHashMap<>(capacity * 4 / 3 + 1, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Optional<Skeleton>> eldest) {
                return size() > capacity;
            }
        };
    }

    /**
     * The skeleton for {@code key}, rendered by {@code render} (with {@link #NAME}, {@link #MANAGE_URL} and
     * {@link #JOIN_URL} as the personal values) when not kept; empty when {@code render} found it cannot be one.
     */
    public Optional<Skeleton> get(Key key, Supplier<Optional<MailContent>> render) {
        Optional<Skeleton> kept = locked(() -> skeletons.get(key));
        if (kept != null) {
            return kept;
        }
        Optional<Skeleton> made = render.get().map(Skeleton::new);
        return locked(() -> {
            Optional<Skeleton> raced = skeletons.putIfAbsent(key, made);
            return raced == null ? made : raced;
        });
    }

    /** Whether a text holds a slot character, so that a skeleton rendered with it would be ambiguous. */
    static boolean holdsSlot(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (SLOTS.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private <T> T locked(Supplier<T> action) {
        lock.lock();
        try {
            return action.get();
        } finally {
            lock.unlock();
        }
    }

    /** A mail rendered with slots for the person's name and links. */
    static final class Skeleton {

        private final Part html;
        private final Part text;
        private final String subject;

        private Skeleton(MailContent rendered) {
            this.html = Part.of(rendered.html());
            this.text = Part.of(rendered.text());
            this.subject = holdsSlot(rendered.subject()) ? null : rendered.subject();
        }

        /** The mail for one person; links are null when the key says the mail carries none. */
        MailContent fill(String name, String manageUrl, String joinUrl) {
            String filled = html.fill(new String[] {escape(name), escape(manageUrl), escape(joinUrl)});
            return new MailContent(subject == null ? MailContent.subjectOf(filled) : subject,
                    text.fill(new String[] {name, manageUrl, joinUrl}), filled);
        }

        private static String escape(String value) {
            // what th:text and th:href do to a value in HTML mode
            return value == null ? null : HtmlEscape.escapeHtml4Xml(value);
        }
    }

    /** A rendered text cut at its slots: literals[0], slot 0, literals[1], …; filling it is one pass of appends. */
    private record Part(String[] literals, int[] slots, int length) {

        static Part of(String rendered) {
            List<String> literals = new ArrayList<>();
            List<Integer> slots = new ArrayList<>();
            int from = 0;
            for (int i = 0; i < rendered.length(); i++) {
                int slot = SLOTS.indexOf(rendered.charAt(i));
                if (slot >= 0) {
                    literals.add(rendered.substring(from, i));
                    slots.add(slot);
                    from = i + 1;
                }
            }
            literals.add(rendered.substring(from));
            return new Part(literals.toArray(String[]::new), slots.stream().mapToInt(Integer::intValue).toArray(),
                    rendered.length());
        }

        String fill(String[] values) {
            if (slots.length == 0) {
                return literals[0];
            }
            StringBuilder out = new StringBuilder(length + 64 * slots.length);
            out.append(literals[0]);
            for (int i = 0; i < slots.length; i++) {
                out.append(values[slots[i]]).append(literals[i + 1]);
            }
            return out.toString();
        }
    }
}
