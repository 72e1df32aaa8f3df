package nl.dialoog.contact;

import static org.assertj.core.api.Assertions.assertThat;

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
import nl.dialoog.mail.MailQueue;
import nl.dialoog.mail.MailView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;

/**
 * The contact module at its API, booted with only events, mail, accounts and the shared kernel: a message to an
 * event's organisers is kept for them and queued as one mail per contact person, answering to the sender.
 */
// contact uses only account's types (AccountView), so Spring Modulith would leave the module out; it is included by
// name as the events module needs its beans. The module graph itself is verified (production code only) by
// ModularityTests
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "account",
        verifyAutomatically = false)
class ContactModuleTests {

    @Autowired
    ContactMessages messages;

    @Autowired
    EventCatalog catalog;

    @Autowired
    Accounts accounts;

    @Autowired
    MailQueue mail;

    @Test
    void keepsAMessageForTheOrganisersAndQueuesAMailToEachContactPerson() {
        AccountView admin = accounts.firstAdmin().orElseThrow();
        EventView event = publishedEventWithContacts(admin, List.of("iob@example.org", "partos@example.org"));
        String sender = "s-" + UUID.randomUUID() + "@dialoog.test";

        long id = messages.receive(event, new NewContactMessage("Kofi Boateng", sender, "en", "Is there a ramp?"));

        assertThat(messages.forEvent(event.id(), admin)).singleElement().satisfies(message -> {
            assertThat(message.id()).isEqualTo(id);
            assertThat(message.senderEmail()).isEqualTo(sender);
            assertThat(message.body()).isEqualTo("Is there a ramp?");
        });
        assertThat(mail.about("contact:" + id))
                .extracting(MailView::to).containsExactlyInAnyOrder("iob@example.org", "partos@example.org");
        assertThat(mail.about("contact:" + id))
                .allSatisfy(queued -> assertThat(queued.replyTo()).isEqualTo(sender));
    }

    private EventView publishedEventWithContacts(AccountView admin, List<String> contacts) {
        LocalDateTime start = LocalDateTime.now().plusDays(20).withNano(0);
        EventId id = catalog.create(new EventDetails("contact-mod-" + UUID.randomUUID().toString().substring(0, 8),
                "en", List.of("en", "nl"), ZoneId.of("Europe/Amsterdam"), start, start.plusHours(2),
                new LocalizedText(Map.of("en", "Roles of CSOs", "nl", "Rollen")),
                LocalizedText.EMPTY, LocalizedText.EMPTY, LocalizedText.EMPTY), admin);
        catalog.setContactAddresses(id, contacts, admin);
        catalog.publish(id, admin);
        return catalog.find(id).orElseThrow();
    }
}
