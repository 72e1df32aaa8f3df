package nl.dialoog.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTests {

    @Test
    void rendersFormattingListsAndLinks() {
        assertThat(Markdown.toSafeHtml("**Bold** and *soft*\n\n- one\n- two\n\n[Partos](https://www.partos.nl)"))
                .contains("<strong>Bold</strong>", "<em>soft</em>", "<li>one</li>")
                .contains("href=\"https://www.partos.nl\"")
                .containsPattern("rel=\"(nofollow noopener|noopener nofollow)\"");
    }

    @Test
    void neverLetsScriptThrough() {
        String html = Markdown.toSafeHtml("""
                <script>alert(1)</script>
                <img src=x onerror=alert(2)>
                [click](javascript:alert(3))
                <a href="javascript:alert(4)">x</a>
                """);

        assertThat(html).doesNotContain("<script", "<img", "href=\"javascript").contains("&lt;script&gt;");
    }

    @Test
    void startsHeadingsAtLevelThreeBelowThePagesOwnHeadings() {
        assertThat(Markdown.toSafeHtml("# Big\n\n## Smaller\n\n#### Small"))
                .contains("<h3>Big</h3>", "<h3>Smaller</h3>", "<h4>Small</h4>").doesNotContain("<h1>", "<h2>");
    }

    @Test
    void turnsNothingIntoNothing() {
        assertThat(Markdown.toSafeHtml(null)).isEmpty();
        assertThat(Markdown.toSafeHtml("   ")).isEmpty();
    }
}
