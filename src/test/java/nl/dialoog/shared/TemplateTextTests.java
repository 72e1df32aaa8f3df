package nl.dialoog.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The template checks of MessageBundleTests must catch what they claim to catch, and nothing more. */
class TemplateTextTests {

    @TempDir
    Path root;

    @Test
    void findsTextWrittenStraightIntoAnElementWithItsLine() throws IOException {
        Path page = write("""
                <main>
                  <h1 th:text="#{event.title}">Prototype title</h1>
                  <p class="lead">Welcome to the dialogue</p>
                  <p>[[#{event.intro}]] &mdash; [(${name})]</p>
                </main>""");

        assertThat(TemplateText.hardCodedText(root, page)).extracting(TemplateText.Finding::toString)
                .containsExactly("page.html:3 <p class=\"lead\"> has hard-coded text \"Welcome to the dialogue\":"
                        + " use th:text=\"#{...}\"");
    }

    @Test
    void ignoresPrototypeContentThatIsNeverRendered() throws IOException {
        Path page = write("""
                <table><tbody th:remove="all-but-first"><tr th:each="x : ${xs}"><td th:text="${x}"></td></tr>
                </tbody></table>
                <div th:text="${a}"><b>replaced</b></div>
                <ul th:remove="all"><li>Example row</li></ul>
                <p th:remove="body">Lorem ipsum</p>
                <script>const label = "not for people";</script>""");

        assertThat(TemplateText.hardCodedText(root, page)).isEmpty();
    }

    @Test
    void findsLiteralsInsideExpressionsButNotFormatPatterns() throws IOException {
        Path page = write("""
                <p th:text="${open} ? 'Open' : 'Closed'"></p>
                <p th:text="|Hello ${name}|"></p>
                <p th:text="${#temporals.format(start, 'd MMMM yyyy')} + ' — ' + #{event.at(${zone})}"></p>""");

        assertThat(TemplateText.hardCodedText(root, page)).extracting(TemplateText.Finding::what).containsExactly(
                "th:text holds the literal \"Open\": put it in a message bundle",
                "th:text holds the literal \"Hello\": put it in a message bundle");
    }

    @Test
    void findsReadAttributesThatAreNotTranslated() throws IOException {
        Path page = write("""
                <input name="q" placeholder="Search">
                <input type="submit" value="Send">
                <input type="hidden" name="x" value="kept">
                <img src="a.png" alt="" th:title="#{event.logo}">
                <button aria-label="Close" th:aria-label="#{shared.close}"></button>""");

        List<String> findings = TemplateText.untranslatedAttributes(root, page).stream()
                .map(TemplateText.Finding::toString).toList();

        assertThat(findings).containsExactly(
                "page.html:1 <input> placeholder=\"Search\" is hard-coded: use th:placeholder=\"#{...}\"",
                "page.html:2 <input> value=\"Send\" is hard-coded: use th:value=\"#{...}\"");
    }

    @Test
    void findsStaticMessageKeysOnly() throws IOException {
        Path page = write("""
                <p th:text="#{shared.a}"></p><p th:text="#{event.b(${x})}"></p>
                <p th:text="#{${dynamic}}"></p>""");

        assertThat(TemplateText.messageKeys(root, page)).extracting(TemplateText.Finding::what)
                .containsExactly("shared.a", "event.b");
    }

    private Path write(String html) throws IOException {
        return Files.writeString(root.resolve("page.html"), html);
    }
}
