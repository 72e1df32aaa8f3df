package nl.dialoog.registration.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ZoneChoicesTests {

    @Test
    void marksTheChosenZoneOnly() {
        String html = ZoneChoices.options("Africa/Dakar");

        assertThat(html).contains("<option value=\"Africa/Dakar\" selected>Africa/Dakar</option>")
                .contains("<option value=\"Europe/Amsterdam\">Europe/Amsterdam</option>");
        assertThat(html.split(" selected", -1)).hasSize(2);
    }

    @Test
    void offersEveryRegionZoneAndUtc() {
        assertThat(ZoneChoices.options(null)).contains("value=\"UTC\"", "value=\"America/Bogota\"")
                .doesNotContain("selected", "Etc/", "SystemV/");
    }

    @Test
    void escapesAChosenValueOutsideTheList() {
        assertThat(ZoneChoices.options("<script>x</script>"))
                .startsWith("<option value=\"&lt;script&gt;x&lt;/script&gt;\" selected>")
                .doesNotContain("<script>");
    }
}
