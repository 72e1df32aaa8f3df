package nl.dialoog.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Asking for a one-time sign-in link, and using it. Opening the link shows a button rather than signing in at once:
 * mail scanners that fetch every link in a message would otherwise spend it before its owner clicks.
 */
@Controller
class SignInLinkPage {

    private final SignInLinks links;
    private final AccountUserDetails users;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SignInLinkPage(SignInLinks links, AccountStore accounts) {
        this.links = links;
        this.users = new AccountUserDetails(accounts);
    }

    @GetMapping("/login/link")
    String form(Model model) {
        model.addAttribute("state", "form");
        model.addAttribute("minutes", SignInLinks.VALIDITY.toMinutes());
        return "account/sign-in-link";
    }

    @PostMapping("/login/link")
    String request(@RequestParam(name = "email", defaultValue = "") String email, HttpServletRequest request,
                   Locale locale, Model model) {
        links.request(email.length() > 320 ? "" : email, request.getRemoteAddr(), locale);
        model.addAttribute("state", "sent");
        model.addAttribute("minutes", SignInLinks.VALIDITY.toMinutes());
        return "account/sign-in-link";
    }

    @GetMapping("/login/link/{token}")
    String open(@PathVariable String token, Model model, HttpServletResponse response) {
        if (!links.usable(token)) {
            return invalid(model, response);
        }
        model.addAttribute("state", "confirm");
        model.addAttribute("token", token);
        return "account/sign-in-link";
    }

    /** Spends the link and signs its account in, in a new session (the old session id is never reused). */
    @PostMapping("/login/link/{token}")
    String use(@PathVariable String token, HttpServletRequest request, HttpServletResponse response, Model model) {
        Optional<String> email = links.use(token);
        if (email.isEmpty()) {
            return invalid(model, response);
        }
        UserDetails user = users.loadUserByUsername(email.get());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        request.getSession();
        request.changeSessionId();
        contexts.saveContext(context, request, response);
        return "redirect:/organiser";
    }

    private static String invalid(Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_GONE);
        model.addAttribute("state", "invalid");
        return "account/sign-in-link";
    }
}
