package nl.dialoog.account;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.dialoog.account.AccountStore.Member;
import nl.dialoog.shared.Times;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The administrator's overview: every organisation with its accounts and pending invitations. */
@Controller
class AdminDashboard {

    record Overview(OrganisationView organisation, List<Member> members, List<PendingRow> invitations) {
    }

    record PendingRow(long id, String email, Role role, String expiresIso, String expires) {
    }

    private final Organisations organisations;
    private final AccountStore accounts;
    private final Invitations invitations;
    private final Clock clock;

    AdminDashboard(Organisations organisations, AccountStore accounts, Invitations invitations, Clock clock) {
        this.organisations = organisations;
        this.accounts = accounts;
        this.invitations = invitations;
        this.clock = clock;
    }

    @GetMapping("/admin")
    String show(Model model, Locale locale) {
        Map<OrganisationId, List<Member>> members = accounts.members().stream()
                .collect(Collectors.groupingBy(Member::organisationId));
        Map<OrganisationId, List<PendingRow>> pending = invitations.pending().stream()
                .collect(Collectors.groupingBy(Invitation::organisationId, Collectors.mapping(
                        invitation -> row(invitation, locale), Collectors.toList())));
        model.addAttribute("organisations", organisations.all().stream()
                .map(organisation -> new Overview(organisation,
                        members.getOrDefault(organisation.id(), List.of()),
                        pending.getOrDefault(organisation.id(), List.of())))
                .toList());
        return "account/admin";
    }

    private PendingRow row(Invitation invitation, Locale locale) {
        return new PendingRow(invitation.id(), invitation.email(), invitation.role(),
                invitation.expiresAt().toString(), Times.moment(invitation.expiresAt(), clock.getZone(), locale));
    }
}
