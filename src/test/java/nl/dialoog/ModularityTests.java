package nl.dialoog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module graph is the architecture: it must verify, and the pictures of it (docs/architecture and the Mermaid
 * diagram in README.md) must show what the code really is.
 */
class ModularityTests {

    // Production code only: test helpers (nl.dialoog.support) are no module, and tests may inject fields.
    static final ApplicationModules MODULES = ApplicationModules.of(DialoogApplication.class, new ProductionCode());

    static final Path README = Path.of("README.md");
    static final String START = "<!-- modules:start -->";
    static final String END = "<!-- modules:end -->";

    @Test
    void modulesOnlyUseEachOthersPublicApiWithoutCycles() {
        MODULES.verify();
    }

    @Test
    void writesModuleDocumentationToDocsArchitecture() {
        // Documenter empties this folder first, so a removed module leaves no stale diagram behind.
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/architecture"))
                .writeDocumentation();

        assertThat(Path.of("docs/architecture/components.puml")).isNotEmptyFile();
    }

    @Test
    void readmeShowsTheCurrentModuleDiagram() throws IOException {
        String block = START + "\n" + ModuleDiagram.mermaid(MODULES) + END;
        Optional<String> readme = Files.exists(README)
                ? Optional.of(Files.readString(README, StandardCharsets.UTF_8)) : Optional.empty();

        Optional<String> current = readme.flatMap(ModularityTests::markedBlock);
        if (current.isEmpty()) {
            // A first run, or a README written before the markers: add the block rather than fail.
            String text = readme.map(r -> r.stripTrailing() + "\n\n").orElse("# Dialoog\n\n") + block + "\n";
            Files.writeString(README, text, StandardCharsets.UTF_8);
            return;
        }
        if (!normalised(current.get()).equals(normalised(block))) {
            String text = readme.get();
            int start = text.indexOf(START);
            int end = text.indexOf(END, start) + END.length();
            Files.writeString(README, text.substring(0, start) + block + text.substring(end), StandardCharsets.UTF_8);
            throw new AssertionError("The module diagram in README.md did not match the code and has been "
                    + "regenerated: review README.md and commit it.");
        }
    }

    private static Optional<String> markedBlock(String readme) {
        int start = readme.indexOf(START);
        int end = start < 0 ? -1 : readme.indexOf(END, start);
        return end < 0 ? Optional.empty() : Optional.of(readme.substring(start, end + END.length()));
    }

    /** Line endings and trailing blanks may change in an editor or on checkout; the diagram has not. */
    private static String normalised(String text) {
        return text.replace("\r\n", "\n").lines().map(String::stripTrailing).reduce("", (a, b) -> a + b + "\n");
    }
}
