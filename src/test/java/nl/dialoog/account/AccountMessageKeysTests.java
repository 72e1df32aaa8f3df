package nl.dialoog.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The message keys this module builds in code, which the site-wide bundle checks (shared.MessageBundleTests)
 * cannot see in templates or constraint annotations: rejected-field codes, and keys made from a role or a reason.
 */
class AccountMessageKeysTests {

    static final Path SOURCES = Path.of("src/main/java/nl/dialoog/account");
    static final Pattern REJECTED = Pattern.compile("Forms\\.reject\\(errors, \"\\w+\", \"(account\\.[\\w.]+)\"\\)");

    @Test
    void everyKeyBuiltInCodeExistsInEveryLanguage() throws IOException {
        Set<String> used = new TreeSet<>(rejectedCodes());
        for (Role role : Role.values()) {
            used.add("account.role." + role);
            used.add("account.role." + role + ".hint");
        }
        for (InvitationUnavailable.Reason reason : InvitationUnavailable.Reason.values()) {
            String page = new InvitationUnavailable(reason).messageKey();
            used.add(page + ".title");
            used.add(page + ".text");
        }

        assertThat(rejectedCodes()).contains("account.invite.email.taken", "account.accept.confirmation.mismatch");
        for (String language : List.of("", "_nl", "_fr", "_es")) {
            assertThat(keys(language)).as("messages%s", language).containsAll(used);
        }
    }

    private static Set<String> rejectedCodes() throws IOException {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path file : files.toList()) {
                Matcher matcher = REJECTED.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (matcher.find()) {
                    found.add(matcher.group(1));
                }
            }
        }
        return found;
    }

    private static Set<String> keys(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(
                Path.of("src/main/resources/i18n/account/messages" + language + ".properties"))) {
            properties.load(in);
        }
        return properties.stringPropertyNames();
    }
}
