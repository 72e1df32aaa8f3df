package nl.dialoog.registration;

import static nl.dialoog.registration.TestEvents.email;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import nl.dialoog.account.AccountView;
import nl.dialoog.account.Accounts;
import nl.dialoog.event.EventCatalog;
import nl.dialoog.event.EventView;
import nl.dialoog.event.LocalizedText;
import nl.dialoog.registration.desk.RegistrationAdmin;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Invite codes from the organiser's list of invitees work only for the invitee's own address. */
@SpringBootTest
class InviteBindingTests {

    @Autowired
    Registrations registrations;

    @Autowired
    RegistrationAdmin admin;

    @Autowired
    EventCatalog catalog;

    @Autowired
    Accounts accounts;

    AccountView organiser;
    EventView event;

    @BeforeEach
    void inviteOnlyEvent() {
        organiser = accounts.firstAdmin().orElseThrow();
        event = TestEvents.published(catalog, accounts, admin, new RegistrationOptions(null, null, null, false, true,
                false, LocalizedText.EMPTY, 0, List.of()));
    }

    @Test
    void refusesAnImportedCodeForAnotherAddressAndChangesNothing() {
        String invitee = email();
        admin.importInvites(event.id(), "email,name\n" + invitee + ",Ama Mensah\n", organiser);
        String code = admin.invites(event.id(), organiser).getFirst().code();

        assertThatThrownBy(() -> registrations.register(event, person(email(), code)))
                .isInstanceOfSatisfying(InvalidRegistration.class, refused -> {
                    assertThat(refused.field()).isEqualTo("inviteCode");
                    assertThat(refused.messageKey()).isEqualTo("registration.error.inviteOtherAddress");
                });

        assertThat(admin.registrations(event.id(), organiser)).isEmpty();
        assertThat(admin.invites(event.id(), organiser)).singleElement()
                .satisfies(invite -> assertThat(invite.used()).isFalse());
    }

    @Test
    void acceptsAnImportedCodeForItsOwnAddressWrittenDifferently() {
        String invitee = email();
        admin.importInvites(event.id(), invitee + ";Ama Mensah", organiser);
        String code = admin.invites(event.id(), organiser).getFirst().code();

        RegistrationOutcome outcome = registrations.register(event, person("  " + invitee.toUpperCase() + " ", code));

        assertThat(outcome.kind()).isEqualTo(RegistrationOutcome.Kind.CONFIRMED);
        assertThat(admin.invites(event.id(), organiser).getFirst().used()).isTrue();
    }

    @Test
    void keepsGenericCodesWorkingForAnyAddress() {
        String code = admin.createInvite(event.id(), null, null, organiser);

        RegistrationOutcome outcome = registrations.register(event, person(email(), code));

        assertThat(outcome.kind()).isEqualTo(RegistrationOutcome.Kind.CONFIRMED);
    }

    @Test
    void keepsACodeBoundToItsInviteeAfterACancellation() {
        String invitee = email();
        admin.importInvites(event.id(), invitee + ",Ama", organiser);
        String code = admin.invites(event.id(), organiser).getFirst().code();
        RegistrationOutcome first = registrations.register(event, person(invitee, code));
        registrations.cancel(first.manageToken());

        // cancelling frees the code again, but still only for the invitee
        assertThatThrownBy(() -> registrations.register(event, person(email(), code)))
                .isInstanceOf(InvalidRegistration.class);
        assertThat(registrations.register(event, person(invitee, code)).kind())
                .isEqualTo(RegistrationOutcome.Kind.CONFIRMED);
    }

    private static NewRegistration person(String address, String code) {
        return new NewRegistration("Ama Mensah", address, "en", "Africa/Accra", Map.of(), true, 0, code);
    }
}
