package nl.dialoog.shared;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * ISO 3166-1 alpha-2 country codes to UN M49 regions, from the classpath table {@code shared/m49.csv} (one row per
 * ISO country or area, written from the M49 standard at unstats.un.org/unsd/methodology/m49).
 *
 * <p>{@code south} is M49's own note on developed and developing regions, applied literally: "In common practice,
 * Japan in Asia, Canada and the United States in northern America, Australia and New Zealand in Oceania, and Europe
 * are considered 'developed' regions or areas". So a country is southern when it lies in Africa, in Latin America and
 * the Caribbean, in Asia except Japan, or in Oceania except Australia and New Zealand (and their external
 * territories in the sub-region "Australia and New Zealand"). Europe and Northern America (including Bermuda,
 * Greenland and Saint Pierre and Miquelon) are northern. The rule is geographic: it makes Israel, the Republic of
 * Korea and Singapore southern, as M49's grouping does; a report that needs another line says so itself.
 * Antarctica, a blank and an unlisted code map to {@link WorldRegion#UNKNOWN}.
 */
public final class WorldRegions {

    private static final String RESOURCE = "/shared/m49.csv";

    private static final WorldRegions STANDARD = load();

    private final Map<String, WorldRegion> byCountry;

    private WorldRegions(Map<String, WorldRegion> byCountry) {
        this.byCountry = Collections.unmodifiableMap(byCountry);
    }

    /** The M49 table shipped with Dialoog. */
    public static WorldRegions standard() {
        return STANDARD;
    }

    /** The region of an ISO alpha-2 code in any case; {@link WorldRegion#UNKNOWN} for blank, unlisted or Antarctica. */
    public WorldRegion of(String country) {
        if (country == null || country.isBlank()) {
            return WorldRegion.UNKNOWN;
        }
        return byCountry.getOrDefault(country.strip().toUpperCase(Locale.ROOT), WorldRegion.UNKNOWN);
    }

    /** Every alpha-2 code the table lists, Antarctica included. */
    public Set<String> countries() {
        return byCountry.keySet();
    }

    static boolean south(String country, String region, String subRegion) {
        return switch (region) {
            case "Africa" -> true;
            case "Americas" -> subRegion.equals("Latin America and the Caribbean");
            case "Asia" -> !country.equals("JP");
            case "Oceania" -> !subRegion.equals("Australia and New Zealand");
            default -> false;
        };
    }

    private static WorldRegions load() {
        Map<String, WorldRegion> regions = new TreeMap<>();
        try (InputStream in = WorldRegions.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean header = true;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] cell = line.split(",", -1);
                String country = cell[0];
                if (cell[3].isEmpty()) {
                    regions.put(country, new WorldRegion(country, cell[1], WorldRegion.UNKNOWN_NAME,
                            WorldRegion.UNKNOWN_NAME, WorldRegion.UNKNOWN_NAME, false));
                } else {
                    regions.put(country, new WorldRegion(country, cell[1], cell[3], cell[5], cell[7],
                            south(country, cell[3], cell[5])));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new WorldRegions(regions);
    }
}
