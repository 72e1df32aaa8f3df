package nl.dialoog.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class WorldRegionsTests {

    private final WorldRegions regions = WorldRegions.standard();

    @Test
    void mapsKenyaToEasternAfricaInSubSaharanAfrica() {
        WorldRegion kenya = regions.of("KE");

        assertThat(kenya).isEqualTo(new WorldRegion("KE", "404", "Africa", "Sub-Saharan Africa", "Eastern Africa", true));
    }

    @Test
    void mapsTheNetherlandsToWesternEuropeInTheNorth() {
        WorldRegion netherlands = regions.of("nl");

        assertThat(netherlands).isEqualTo(new WorldRegion("NL", "528", "Europe", "Western Europe", "", false));
    }

    @Test
    void mapsSomeCountriesOfEachRegion() {
        assertThat(regions.of("BR").smallestRegion()).isEqualTo("South America");
        assertThat(regions.of("MX").smallestRegion()).isEqualTo("Central America");
        assertThat(regions.of("HT").subRegion()).isEqualTo("Latin America and the Caribbean");
        assertThat(regions.of("CA").subRegion()).isEqualTo("Northern America");
        assertThat(regions.of("IN").subRegion()).isEqualTo("Southern Asia");
        assertThat(regions.of("VN").subRegion()).isEqualTo("South-eastern Asia");
        assertThat(regions.of("EG").subRegion()).isEqualTo("Northern Africa");
        assertThat(regions.of("JE").smallestRegion()).isEqualTo("Channel Islands");
        assertThat(regions.of("FJ").subRegion()).isEqualTo("Melanesia");
    }

    @Test
    void marksTheSouthByM49sDevelopingRegions() {
        assertThat(regions.of("BD").south()).isTrue();
        assertThat(regions.of("BO").south()).isTrue();
        assertThat(regions.of("PG").south()).isTrue();
        assertThat(regions.of("JP").south()).isFalse();
        assertThat(regions.of("AU").south()).isFalse();
        assertThat(regions.of("US").south()).isFalse();
        assertThat(regions.of("UA").south()).isFalse();
    }

    @Test
    void hasARowForEveryIsoCountry() {
        String[] iso = Locale.getISOCountries();

        assertThat(regions.countries()).contains(iso);
        assertThat(regions.countries()).allSatisfy(code -> assertThat(iso).contains(code));
    }

    @Test
    void mapsBlankUnlistedAndAntarcticaToUnknown() {
        assertThat(regions.of("").region()).isEqualTo("unknown");
        assertThat(regions.of(null).known()).isFalse();
        assertThat(regions.of("XX").region()).isEqualTo("unknown");
        assertThat(regions.of("AQ").known()).isFalse();
    }
}
