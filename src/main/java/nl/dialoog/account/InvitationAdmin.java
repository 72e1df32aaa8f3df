package nl.dialoog.account;

import jakarta.validation.Validator;
import java.io.Serializable;
import java.security.Principal;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import nl.dialoog.shared.SharedSettings;
import nl.dialoog.shared.Times;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An administrator invites someone into an organisation, or revokes an invitation that is still pending. */
@Controller
@RequestMapping("/admin")
class InvitationAdmin {

    /** Shown once on the dashboard after the redirect; the link exists nowhere else. */
    record Created(String email, String link, String expires) implements Serializable {
    }

    private static final String VIEW = "account/invite";

    private final Invitations invitations;
    private final Organisations organisations;
    private final Accounts accounts;
    private final SharedSettings site;
    private final AccountSettings settings;
    private final Clock clock;
    private final Validator validator;

    InvitationAdmin(Invitations invitations, Organisations organisations, Accounts accounts, SharedSettings site,
                    AccountSettings settings, Clock clock, Validator validator) {
        this.invitations = invitations;
        this.organisations = organisations;
        this.accounts = accounts;
        this.site = site;
        this.settings = settings;
        this.clock = clock;
        this.validator = validator;
    }

    @GetMapping("/organisations/{id}/invitations/new")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("form", InvitationForm.empty());
        return form(organisation(id), model);
    }

    @PostMapping("/organisations/{id}/invitations")
    String invite(@PathVariable long id, @ModelAttribute("form") InvitationForm form, BindingResult errors,
                  Model model, Principal admin, Locale locale, RedirectAttributes redirect) {
        OrganisationView organisation = organisation(id);
        Forms.check(validator, form, errors);
        if (!errors.hasFieldErrors("email") && accounts.findByEmail(form.email()).isPresent()) {
            Forms.reject(errors, "email", "account.invite.email.taken");
        }
        if (errors.hasErrors()) {
            return form(organisation, model);
        }
        Invitations.Created created = invitations.invite(organisation.id(), form.email(), Role.valueOf(form.role()),
                admin.getName());
        Invitation invitation = created.invitation();
        redirect.addFlashAttribute("invitationCreated", new Created(invitation.email(),
                SiteLinks.to(site, "/invitations/" + created.token()),
                Times.moment(invitation.expiresAt(), clock.getZone(), locale)));
        return "redirect:/admin";
    }

    @PostMapping("/invitations/{id}/revoke")
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        Invitation invitation = invitations.find(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        redirect.addFlashAttribute(invitations.revoke(id) ? "invitationRevoked" : "invitationNotPending",
                invitation.email());
        return "redirect:/admin";
    }

    private String form(OrganisationView organisation, Model model) {
        model.addAttribute("organisation", organisation);
        model.addAttribute("roles", List.of(Role.values()));
        model.addAttribute("validDays", settings.invitationValidity().toDays());
        return VIEW;
    }

    private OrganisationView organisation(long id) {
        return organisations.find(new OrganisationId(id))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
