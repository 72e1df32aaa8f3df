package nl.dialoog.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.dialoog.shared.Bundles.Bundle;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Every screen speaks every UI language: each module's bundle exists in en, nl, fr and es with the same keys, and
 * the templates take all the text a person reads from those bundles. Findings name file, line and element.
 */
class MessageBundleTests {

    static final Bundles BUNDLES = Bundles.load();
    static final Path TEMPLATES = TemplateText.DEFAULT_ROOT;

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)[^}]*}");
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");
    private static final Pattern VALIDATION_KEY = Pattern.compile("message\\s*=\\s*\"\\{([^}\"]+)}\"");

    @Test
    void everyModuleHasABundleInEveryUiLanguageAndNoOther() {
        assertThat(BUNDLES.modules()).as("modules with bundles under " + BUNDLES.root().toAbsolutePath())
                .contains("shared");
        List<String> problems = new ArrayList<>();
        for (String module : BUNDLES.modules()) {
            Set<String> languages = BUNDLES.of(module).stream().map(Bundle::language).collect(Collectors.toSet());
            for (String language : Languages.UI) {
                if (!languages.contains(language)) {
                    problems.add("i18n/" + module + "/" + Bundles.fileName(language) + " is missing");
                }
            }
            languages.stream().filter(language -> !Languages.UI.contains(language)).sorted().forEach(language ->
                    problems.add("i18n/" + module + "/" + Bundles.fileName(language)
                            + " is not a UI language " + Languages.UI + " (English is messages.properties)"));
        }
        assertNone("bundle files", problems);
    }

    @Test
    void translationsHaveExactlyTheKeysOfEnglish() {
        List<String> problems = new ArrayList<>();
        for (String module : BUNDLES.modules()) {
            List<Bundle> bundles = BUNDLES.of(module);
            Set<String> english = bundles.stream().filter(b -> b.language().equals("en")).findFirst()
                    .map(b -> b.messages().keySet()).orElse(Set.of());
            for (Bundle bundle : bundles) {
                difference(english, bundle.messages().keySet()).forEach(key ->
                        problems.add(name(bundle) + " lacks " + key));
                difference(bundle.messages().keySet(), english).forEach(key ->
                        problems.add(name(bundle) + " has " + key + ", which the English bundle lacks"));
            }
        }
        assertNone("missing or extra keys", problems);
    }

    @Test
    void noMessageIsBlankOrDefinedTwice() {
        List<String> problems = new ArrayList<>();
        for (Bundle bundle : BUNDLES.all()) {
            bundle.messages().forEach((key, value) -> {
                if (value.isBlank()) {
                    problems.add(name(bundle) + ": " + key + " is blank");
                }
            });
            bundle.duplicates().forEach(key -> problems.add(name(bundle) + ": " + key
                    + " is defined more than once (only the last one counts)"));
        }
        assertNone("blank or duplicate messages", problems);
    }

    @Test
    void keysStartWithTheirModuleName() {
        List<String> problems = new ArrayList<>();
        for (Bundle bundle : BUNDLES.all()) {
            bundle.messages().keySet().stream().filter(key -> !key.startsWith(bundle.module() + "."))
                    .forEach(key -> problems.add(name(bundle) + ": " + key + " should start with "
                            + bundle.module() + "."));
        }
        assertNone("keys outside their module", problems);
    }

    @Test
    void translationsUseTheArgumentsOfEnglishAndSurviveMessageFormat() {
        List<String> problems = new ArrayList<>();
        for (String module : BUNDLES.modules()) {
            List<Bundle> bundles = BUNDLES.of(module);
            Map<String, String> english = bundles.stream().filter(b -> b.language().equals("en")).findFirst()
                    .map(Bundle::messages).orElse(Map.of());
            for (Bundle bundle : bundles) {
                bundle.messages().forEach((key, value) -> {
                    Set<String> expected = arguments(english.getOrDefault(key, ""));
                    if (english.containsKey(key) && !arguments(value).equals(expected)) {
                        problems.add(name(bundle) + ": " + key + " uses arguments " + arguments(value)
                                + " but English uses " + expected);
                    }
                    // Spring applies MessageFormat only when arguments are passed, and MessageFormat eats a lone '.
                    if (!arguments(value).isEmpty() && LONE_APOSTROPHE.matcher(value).find()) {
                        problems.add(name(bundle) + ": " + key + " has arguments, so write ' as '' (or use ’)");
                    } else if (arguments(value).isEmpty() && value.contains("''")) {
                        problems.add(name(bundle) + ": " + key + " has no arguments, so '' would show as two"
                                + " apostrophes");
                    }
                });
            }
        }
        assertNone("message arguments", problems);
    }

    @Test
    void springLoadsEveryModuleBundle() throws IOException {
        Set<String> basenames = basenames(Path.of("src/main/resources/application.yml"));
        List<String> problems = BUNDLES.modules().stream()
                .filter(module -> !basenames.contains("i18n/" + module + "/messages"))
                .map(module -> "i18n/" + module + "/messages is not listed in spring.messages.basename of"
                        + " src/main/resources/application.yml, so its messages are never found")
                .toList();
        assertNone("bundles Spring does not load", problems);
    }

    @Test
    void everyMessageKeyUsedInATemplateExists() {
        Set<String> keys = BUNDLES.englishKeys();
        List<String> problems = TemplateText.templates(TEMPLATES).stream()
                .flatMap(template -> TemplateText.messageKeys(TEMPLATES, template).stream())
                .filter(use -> !keys.contains(use.what()))
                .map(use -> use.where() + " uses #{" + use.what() + "}, which no English bundle defines")
                .toList();
        assertNone("unknown message keys in templates", problems);
    }

    @Test
    void templatesHoldNoHardCodedText() {
        assertNone("hard-coded text in templates", findings(TemplateText::hardCodedText));
    }

    @Test
    void attributesPeopleReadComeFromTheBundles() {
        assertNone("hard-coded attributes in templates", findings(TemplateText::untranslatedAttributes));
    }

    @Test
    void validationMessageKeysExist() throws IOException {
        Set<String> keys = BUNDLES.englishKeys();
        List<String> problems = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                Matcher matcher = VALIDATION_KEY.matcher(Files.readString(source, StandardCharsets.UTF_8));
                while (matcher.find()) {
                    String key = matcher.group(1);
                    boolean standard = key.startsWith("jakarta.validation.") || key.startsWith("org.hibernate.");
                    if (!standard && !keys.contains(key)) {
                        problems.add(source + ": message = \"{" + key + "}\" is in no English bundle");
                    }
                }
            }
        }
        assertNone("unknown validation message keys", problems);
    }

    private static List<String> findings(BiFunction<Path, Path, List<TemplateText.Finding>> check) {
        assertThat(TemplateText.templates(TEMPLATES)).as("templates under " + TEMPLATES.toAbsolutePath())
                .isNotEmpty();
        return TemplateText.templates(TEMPLATES).stream()
                .flatMap(template -> check.apply(TEMPLATES, template).stream())
                .map(TemplateText.Finding::toString)
                .toList();
    }

    private static Set<String> basenames(Path applicationYml) throws IOException {
        Set<String> basenames = new HashSet<>();
        for (Object document : new Yaml().loadAll(Files.readString(applicationYml, StandardCharsets.UTF_8))) {
            Object value = path(document, "spring", "messages", "basename");
            if (value != null) {
                Arrays.stream(value.toString().split(",")).map(String::strip).forEach(basenames::add);
            }
        }
        return basenames;
    }

    private static Object path(Object node, String... keys) {
        for (String key : keys) {
            node = node instanceof Map<?, ?> map ? map.get(key) : null;
        }
        return node;
    }

    private static Set<String> arguments(String message) {
        Set<String> indexes = new TreeSet<>();
        ARGUMENT.matcher(message).results().forEach(match -> indexes.add("{" + match.group(1) + "}"));
        return indexes;
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
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
