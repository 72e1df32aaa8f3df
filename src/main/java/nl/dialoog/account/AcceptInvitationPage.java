package nl.dialoog.account;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The invitee's page behind the link: choose a name and password, and the account exists. A link that cannot be
 * used gets its own page with 404 (never valid) or 410 (no longer valid), rendered here rather than by an
 * exception handler so the layout keeps its language switcher.
 */
@Controller
@RequestMapping("/invitations/{token}")
class AcceptInvitationPage {

    private static final String VIEW = "account/accept";

    private final Invitations invitations;
    private final PasswordEncoder passwords;
    private final Validator validator;

    AcceptInvitationPage(Invitations invitations, PasswordEncoder passwords, Validator validator) {
        this.invitations = invitations;
        this.passwords = passwords;
        this.validator = validator;
    }

    @GetMapping
    String show(@PathVariable String token, Model model, HttpServletResponse response) {
        try {
            model.addAttribute("invitation", invitations.open(token));
        } catch (InvitationUnavailable unavailable) {
            return unavailable(unavailable, model, response);
        }
        model.addAttribute("form", AcceptForm.empty());
        return VIEW;
    }

    @PostMapping
    String accept(@PathVariable String token, @ModelAttribute("form") AcceptForm form, BindingResult errors,
                  Model model, HttpServletResponse response) {
        try {
            Invitation invitation = invitations.open(token);
            Forms.check(validator, form, errors);
            if (Passwords.tooLong(form.password())) {
                Forms.reject(errors, "password", "account.accept.password.tooLong");
            }
            if (!form.password().equals(form.confirmation())) {
                Forms.reject(errors, "confirmation", "account.accept.confirmation.mismatch");
            }
            if (errors.hasErrors()) {
                model.addAttribute("invitation", invitation);
                return VIEW;
            }
            // Hashing takes a moment: done before the transaction, so the invitation row is locked only briefly.
            invitations.accept(token, form.displayName(), passwords.encode(form.password()));
        } catch (InvitationUnavailable unavailable) {
            return unavailable(unavailable, model, response);
        }
        return "redirect:/login?accepted";
    }

    private static String unavailable(InvitationUnavailable unavailable, Model model, HttpServletResponse response) {
        response.setStatus(unavailable.status());
        model.addAttribute("reason", unavailable.messageKey());
        return "account/invitation-unavailable";
    }
}
