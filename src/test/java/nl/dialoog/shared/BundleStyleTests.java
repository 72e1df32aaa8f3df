package nl.dialoog.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.dialoog.shared.Bundles.Bundle;
import org.junit.jupiter.api.Test;

/**
 * House style per language that a reader notices at once: Dutch speaks to the reader as "u", never "je" or
 * "jij"; French puts a non-breaking space before : ; ! ? (U+00A0, or the narrow U+202F that the bundles use before
 * ; ! ?), so the sign never starts a line or sticks to the word. Findings name the file, key and the words around the fault.
 */
class BundleStyleTests {

    private static final Pattern INFORMAL_DUTCH = Pattern.compile("(?iu)\\b(je|jij|jou|jouw|jezelf)\\b");
    private static final Pattern HIGH_PUNCTUATION = Pattern.compile("[:;!?]");

    @Test
    void dutchAddressesTheReaderAsU() {
        List<String> problems = new ArrayList<>();
        for (Bundle bundle : bundles("nl")) {
            bundle.messages().forEach((key, value) -> {
                Matcher informal = INFORMAL_DUTCH.matcher(value);
                while (informal.find()) {
                    problems.add(name(bundle) + ": " + key + " says \"" + informal.group() + "\": "
                            + around(value, informal.start()));
                }
            });
        }
        assertNone("informal Dutch words", problems);
    }

    @Test
    void frenchPutsANonBreakingSpaceBeforeHighPunctuation() {
        List<String> problems = new ArrayList<>();
        for (Bundle bundle : bundles("fr")) {
            bundle.messages().forEach((key, value) -> {
                Matcher sign = HIGH_PUNCTUATION.matcher(value);
                while (sign.find()) {
                    int at = sign.start();
                    char before = at == 0 ? ' ' : value.charAt(at - 1);
                    char after = at + 1 < value.length() ? value.charAt(at + 1) : ' ';
                    // inside a token — an address (https://, watch?v=) or a time (10:30) — is not punctuation
                    boolean addressOrTime = !Character.isWhitespace(before) && at + 1 < value.length()
                            && (after == '/' || Character.isLetterOrDigit(after));
                    if (!addressOrTime && before != '\u00a0' && before != '\u202f') {
                        problems.add(name(bundle) + ": " + key + " wants a non-breaking space before \""
                                + sign.group() + "\": " + around(value, at));
                    }
                }
            });
        }
        assertNone("French punctuation without its non-breaking space", problems);
    }

    private static List<Bundle> bundles(String language) {
        List<Bundle> bundles = Bundles.load().all().stream().filter(b -> b.language().equals(language)).toList();
        assertThat(bundles).as(language + " bundles").isNotEmpty();
        return bundles;
    }

    private static String around(String value, int at) {
        return "…" + value.substring(Math.max(0, at - 20), Math.min(value.length(), at + 10)) + "…";
    }

    private static String name(Bundle bundle) {
        return "i18n/" + bundle.module() + "/" + bundle.file().getFileName();
    }

    private static void assertNone(String what, List<String> problems) {
        assertThat(problems)
                .withFailMessage(() -> problems.size() + " " + what + ":\n  - " + String.join("\n  - ", problems))
                .isEmpty();
    }
}
