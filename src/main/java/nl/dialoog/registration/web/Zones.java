package nl.dialoog.registration.web;

import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;

/** The time zones a person can pick: the region-based IANA zones, and UTC. */
final class Zones {

    static final List<String> ALL = ZoneId.getAvailableZoneIds().stream()
            .filter(id -> id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/"))
            .filter(id -> Character.isUpperCase(id.charAt(0)))
            .sorted()
            .collect(Collectors.collectingAndThen(Collectors.toList(), list -> {
                list.addFirst("UTC");
                return List.copyOf(list);
            }));

    private Zones() {
    }
}
