package nl.dialoog.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * The public registration form as the load generator fills it in. The organiser's questions do not change during a
 * run, so they are read once, with regular expressions, from the first form page; what is new for every visitor
 * (CSRF token, signed form stamp, privacy version) is found on each page with plain byte scans, which cost a few
 * microseconds instead of the milliseconds of regular expressions over the whole ≈ 44 KB page.
 */
final class RegistrationForm {

    /** The organiser's questions on the form (fields named q + id): selects, text fields, radio buttons. */
    private static final Pattern QUESTION_SELECT = Pattern.compile(
            "<select[^>]*\\bname=\"(q\\d+)\"[^>]*>(.*?)</select>", Pattern.DOTALL);
    private static final Pattern CHOICE = Pattern.compile("<option value=\"([^\"]+)\"");
    private static final Pattern QUESTION_TEXT = Pattern.compile(
            "<(?:input type=\"text\"|textarea)[^>]*\\bname=\"(q\\d+)\"");
    private static final Pattern QUESTION_RADIO = Pattern.compile(
            "<input type=\"(?:radio|checkbox)\"[^>]*\\bname=\"(q\\d+)\" value=\"([^\"]+)\"");
    private static final byte[] CSRF = ascii("name=\"_csrf\"");
    private static final byte[] STARTED = ascii("name=\"started\"");
    private static final byte[] PRIVACY_VERSION = ascii("name=\"privacyVersion\"");
    private static final byte[] VALUE = ascii("value=\"");

    private final String path;
    private final String authority;
    private final byte[] formRequest;
    private final List<Question> questions;

    private RegistrationForm(String path, String authority, List<Question> questions) {
        this.path = path;
        this.authority = authority;
        this.questions = questions;
        this.formRequest = ascii("GET " + path + " HTTP/1.1\r\nHost: " + authority + "\r\nUser-Agent: dialoog-bench\r\n"
                + "Accept: text/html\r\nAccept-Encoding: gzip\r\nAccept-Language: en\r\n\r\n");
    }

    /** The form at path on the server at authority (host:port), with the questions its first page (html) asks. */
    static RegistrationForm of(String path, String authority, String html) {
        Map<String, Question> questions = new LinkedHashMap<>();
        for (Matcher select = QUESTION_SELECT.matcher(html); select.find(); ) {
            List<String> choices = CHOICE.matcher(select.group(2)).results().map(m -> encode(m.group(1))).toList();
            if (!choices.isEmpty()) {
                questions.put(select.group(1), new Question(select.group(1), choices));
            }
        }
        // a name for text fields, varying a little with the participant, as before
        List<String> organisations = IntStream.range(0, 500).mapToObj(i -> encode("Bench organisation " + i)).toList();
        for (Matcher text = QUESTION_TEXT.matcher(html); text.find(); ) {
            questions.put(text.group(1), new Question(text.group(1), organisations));
        }
        for (Matcher radio = QUESTION_RADIO.matcher(html); radio.find(); ) {
            questions.putIfAbsent(radio.group(1), new Question(radio.group(1), List.of(encode(radio.group(2)))));
        }
        return new RegistrationForm(path, authority, List.copyOf(questions.values()));
    }

    int questionCount() {
        return questions.size();
    }

    /** The GET of the form as a browser sends it, without a cookie: a new visitor. */
    byte[] formRequest() {
        return formRequest;
    }

    /**
     * What one form page gives its visitor, or null when the page is not the form (it lacks the CSRF token or the
     * signed stamp).
     */
    static Visitor visitor(byte[] page, int length, String session) {
        // each name occurs once; the CSRF token opens the form, the stamp and the privacy version close it, after
        // the ≈ 600 time-zone options: looking for those from the end makes it a few hundred bytes instead of 44 KB
        String csrf = inputValue(page, length, indexOf(page, length, CSRF));
        String started = inputValue(page, length, lastIndexOf(page, length, STARTED));
        if (csrf == null || started == null || session == null) {
            return null;
        }
        String privacyVersion = inputValue(page, length, lastIndexOf(page, length, PRIVACY_VERSION));
        return new Visitor(session, csrf, started, privacyVersion == null ? "0" : privacyVersion);
    }

    /** The CSRF cookie, CSRF token, signed stamp and privacy version one form page gave its visitor. */
    record Visitor(String session, String csrf, String started, String privacyVersion) {
    }

    /**
     * The POST a participant sends (name, a unique e-mail address, language, time zone, consent, privacy version, the
     * empty honeypot, the stamp, the CSRF token, and an answer to every question: a choice that varies with the
     * participant for lists), with the visitor's session cookie.
     */
    byte[] registration(Visitor visitor, String email) {
        int person = Math.abs(email.hashCode());
        StringBuilder body = new StringBuilder(512).append("_csrf=").append(encode(visitor.csrf()))
                .append("&name=").append(encode("Bench Participant " + email.substring(0, email.indexOf('@'))))
                .append("&email=").append(encode(email))
                .append("&language=en&zone=Europe%2FAmsterdam&consent=true")
                .append("&privacyVersion=").append(encode(visitor.privacyVersion()))
                .append("&website=&started=").append(encode(visitor.started()));
        for (Question question : questions) {
            body.append('&').append(question.field()).append('=')
                    .append(question.choices().get(person % question.choices().size()));
        }
        return ascii("POST " + path + " HTTP/1.1\r\nHost: " + authority + "\r\nUser-Agent: dialoog-bench\r\n"
                + "Accept: text/html\r\nAccept-Encoding: gzip\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\n"
                + "Cookie: dialoog-csrf=" + visitor.session() + "\r\nContent-Length: " + body.length() + "\r\n\r\n"
                + body);
    }

    /** A question's field name and its possible answers, URL-encoded; a participant takes one by its number. */
    private record Question(String field, List<String> choices) {
    }

    /** The value attribute of the element whose name attribute is at index name (or -1: none); null without one. */
    private static String inputValue(byte[] page, int length, int name) {
        if (name < 0) {
            return null;
        }
        int start = name;
        while (start > 0 && page[start] != '<') {
            start--;
        }
        int end = name;
        while (end < length && page[end] != '>') {
            end++;
        }
        int value = indexOf(page, start, end, VALUE);
        if (value < 0) {
            return null;
        }
        int from = value + VALUE.length;
        int to = from;
        while (to < end && page[to] != '"') {
            to++;
        }
        String text = new String(page, from, to - from, StandardCharsets.UTF_8);
        return text.indexOf('&') < 0 ? text : unescape(text);
    }

    private static int indexOf(byte[] page, int length, byte[] needle) {
        return indexOf(page, 0, length, needle);
    }

    /** The first index of needle in page[from, to), or -1. */
    private static int indexOf(byte[] page, int from, int to, byte[] needle) {
        for (int i = from, last = to - needle.length; i <= last; i++) {
            if (matches(page, i, needle)) {
                return i;
            }
        }
        return -1;
    }

    /** The last index of needle in page[0, length), or -1. */
    private static int lastIndexOf(byte[] page, int length, byte[] needle) {
        for (int i = length - needle.length; i >= 0; i--) {
            if (matches(page, i, needle)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean matches(byte[] page, int at, byte[] needle) {
        if (page[at] != needle[0]) {
            return false;
        }
        for (int j = 1; j < needle.length; j++) {
            if (page[at + j] != needle[j]) {
                return false;
            }
        }
        return true;
    }

    /** Text of an HTML attribute or element with the entities Thymeleaf writes turned back into characters. */
    static String unescape(String html) {
        return html.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
