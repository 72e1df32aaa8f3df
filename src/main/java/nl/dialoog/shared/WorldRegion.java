package nl.dialoog.shared;

/**
 * Where a country lies in the UN M49 standard: region (Africa, Americas, Asia, Europe, Oceania), sub-region (e.g.
 * Sub-Saharan Africa, Western Europe) and, where M49 has one, intermediate region (e.g. Eastern Africa). Names are
 * M49's English names; {@link #UNKNOWN} stands for a blank or unlisted country. {@code south} follows the rule in
 * {@link WorldRegions}.
 */
public record WorldRegion(String country, String m49, String region, String subRegion, String intermediateRegion,
                          boolean south) {

    public static final String UNKNOWN_NAME = "unknown";

    public static final WorldRegion UNKNOWN =
            new WorldRegion("", "", UNKNOWN_NAME, UNKNOWN_NAME, UNKNOWN_NAME, false);

    public boolean known() {
        return !UNKNOWN_NAME.equals(region);
    }

    /** The intermediate region where M49 has one (Eastern Africa, Caribbean …), else the sub-region. */
    public String smallestRegion() {
        return intermediateRegion.isEmpty() ? subRegion : intermediateRegion;
    }
}
