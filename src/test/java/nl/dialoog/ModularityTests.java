package nl.dialoog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The module graph is the architecture: it must verify, and the diagram in README.md must show what the code
 * really is. This test only reads; {@code bin/docs} ({@link ModuleDocs}) writes the diagram and docs/architecture.
 */
class ModularityTests {

    // Production code only: test helpers (nl.dialoog.support) are no module, and tests may inject fields.
    static final ApplicationModules MODULES = ApplicationModules.of(DialoogApplication.class, new ProductionCode());

    @Test
    void modulesOnlyUseEachOthersPublicApiWithoutCycles() {
        MODULES.verify();
    }

    @Test
    void readmeShowsTheCurrentModuleDiagram() throws IOException {
        String readme = Files.readString(ModuleDocs.README, StandardCharsets.UTF_8);

        assertThat(ModuleDocs.markedBlock(readme).map(ModularityTests::normalised))
                .as("the module diagram in README.md is out of date: run bin/docs and commit README.md")
                .contains(normalised(ModuleDocs.block(MODULES)));
    }

    /** Line endings and trailing blanks may change in an editor or on checkout; the diagram has not. */
    private static String normalised(String text) {
        return text.replace("\r\n", "\n").lines().map(String::stripTrailing).reduce("", (a, b) -> a + b + "\n");
    }
}
