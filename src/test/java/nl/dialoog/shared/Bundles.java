package nl.dialoog.shared;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The message bundles as files: src/main/resources/i18n/&lt;module&gt;/messages[_&lt;lang&gt;].properties, read as
 * UTF-8 the way spring.messages.encoding says. English is the base file without a language suffix.
 */
record Bundles(Path root) {

    static final Path DEFAULT_ROOT = Path.of("src/main/resources/i18n");

    /** One file: its module, language, messages in key order, and keys that appear more than once. */
    record Bundle(String module, String language, Path file, Map<String, String> messages, Set<String> duplicates) {
    }

    static Bundles load() {
        return new Bundles(DEFAULT_ROOT);
    }

    /** The modules that have a bundle: folders under i18n holding at least one messages*.properties. */
    List<String> modules() {
        try (Stream<Path> dirs = Files.list(root)) {
            return dirs.filter(Files::isDirectory).map(dir -> dir.getFileName().toString())
                    .filter(module -> !of(module).isEmpty()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every messages*.properties of a module, whatever its language suffix. */
    List<Bundle> of(String module) {
        try (Stream<Path> files = Files.list(root.resolve(module))) {
            List<Bundle> bundles = new ArrayList<>();
            files.filter(f -> f.getFileName().toString().matches("messages(_.+)?\\.properties")).sorted()
                    .forEach(file -> bundles.add(read(module, file)));
            return bundles;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Bundle> all() {
        return modules().stream().flatMap(module -> of(module).stream()).toList();
    }

    /** Every key of every English bundle: what a template or validation annotation may refer to. */
    Set<String> englishKeys() {
        return all().stream().filter(b -> b.language().equals("en"))
                .flatMap(b -> b.messages().keySet().stream())
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
    }

    static String fileName(String language) {
        return language.equals("en") ? "messages.properties" : "messages_" + language + ".properties";
    }

    private static Bundle read(String module, Path file) {
        String name = file.getFileName().toString();
        String language = name.equals("messages.properties") ? "en"
                : name.substring("messages_".length(), name.length() - ".properties".length());
        Set<String> duplicates = new java.util.TreeSet<>();
        // Properties silently keeps the last of two equal keys; catching it here turns that into a finding.
        Properties properties = new Properties() {
            @Override
            public synchronized Object put(Object key, Object value) {
                if (containsKey(key)) {
                    duplicates.add(key.toString());
                }
                return super.put(key, value);
            }
        };
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + " as UTF-8 properties", e);
        }
        Map<String, String> messages = new TreeMap<>();
        properties.forEach((key, value) -> messages.put(key.toString(), value.toString()));
        return new Bundle(module, language, file, messages, duplicates);
    }
}
