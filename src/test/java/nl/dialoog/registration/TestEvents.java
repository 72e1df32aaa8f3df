package nl.dialoog.registration;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.dialoog.account.AccountView;
import nl.dialoog.account.Accounts;
import nl.dialoog.event.EventCatalog;
import nl.dialoog.event.EventDetails;
import nl.dialoog.event.EventId;
import nl.dialoog.event.EventView;
import nl.dialoog.event.LocalizedText;
import nl.dialoog.registration.desk.RegistrationAdmin;

/** Published events and people that never collide: the suite shares one database and never assumes it empty. */
public final class TestEvents {

    public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private TestEvents() {
    }

    /** A published English/French/Dutch event a month from now with the given options. */
    public static EventView published(EventCatalog catalog, Accounts accounts, RegistrationAdmin admin,
                                      RegistrationOptions options) {
        AccountView organiser = accounts.firstAdmin().orElseThrow();
        LocalDateTime start = LocalDateTime.now(AMSTERDAM).plusMonths(1).withHour(11).withMinute(0).withSecond(0)
                .withNano(0);
        EventId id = catalog.create(new EventDetails("reg-" + UUID.randomUUID().toString().substring(0, 12), "en",
                List.of("en", "fr", "nl"), AMSTERDAM, start, start.plusHours(2),
                new LocalizedText(Map.of("en", "Changing roles", "fr", "Rôles changeants", "nl", "Veranderende rollen")),
                LocalizedText.EMPTY, LocalizedText.EMPTY, LocalizedText.EMPTY), organiser);
        catalog.publish(id, organiser);
        admin.saveOptions(id, options, organiser);
        return catalog.find(id).orElseThrow();
    }

    public static RegistrationOptions capacity(Integer places) {
        return new RegistrationOptions(places, null, null, false, false, false, LocalizedText.EMPTY, 0, List.of());
    }

    public static String email() {
        return "p-" + UUID.randomUUID() + "@dialoog.test";
    }

    public static NewRegistration person(String email, int privacyVersion) {
        return new NewRegistration("Ama Mensah", email, "en", "Africa/Accra", Map.of(), true, privacyVersion, null);
    }
}
