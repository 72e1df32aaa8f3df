package nl.dialoog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Writes the pictures of the module graph from the code: docs/architecture (Spring Modulith's PlantUML and
 * AsciiDoc) and the Mermaid diagram between the markers in README.md. Run by {@code bin/docs}, on purpose, never by
 * a test: a test run leaves the working tree as it found it ({@link ModularityTests} only checks the README's
 * diagram and says to run this when it is out of date).
 */
public final class ModuleDocs {

    static final Path README = Path.of("README.md");
    static final String START = "<!-- modules:start -->";
    static final String END = "<!-- modules:end -->";

    private ModuleDocs() {
    }

    /** Writes both into the current directory, which must be the project's. */
    public static void main(String[] arguments) throws IOException {
        ApplicationModules modules = ModularityTests.MODULES;
        // Documenter empties the folder first, so a removed module leaves no stale diagram behind.
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/architecture"))
                .writeDocumentation();
        String readme = Files.exists(README) ? Files.readString(README, StandardCharsets.UTF_8) : "# Dialoog\n";
        Files.writeString(README, withDiagram(readme, block(modules)), StandardCharsets.UTF_8);
        System.out.println("Wrote docs/architecture and the module diagram in README.md");
    }

    /** The README's diagram with its markers, as the code is now. */
    static String block(ApplicationModules modules) {
        return START + "\n" + ModuleDiagram.mermaid(modules) + END;
    }

    /** The diagram between the markers in the README, if it has them. */
    static Optional<String> markedBlock(String readme) {
        int start = readme.indexOf(START);
        int end = start < 0 ? -1 : readme.indexOf(END, start);
        return end < 0 ? Optional.empty() : Optional.of(readme.substring(start, end + END.length()));
    }

    private static String withDiagram(String readme, String block) {
        int start = readme.indexOf(START);
        int end = start < 0 ? -1 : readme.indexOf(END, start);
        if (end < 0) {
            // a README written before the markers: add the block at its end
            return readme.stripTrailing() + "\n\n" + block + "\n";
        }
        return readme.substring(0, start) + block + readme.substring(end + END.length());
    }
}
