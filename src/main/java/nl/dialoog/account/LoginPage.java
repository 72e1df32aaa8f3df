package nl.dialoog.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Map;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in page. Spring Security handles the form's POST and comes back here with {@code ?error}; the failure
 * it kept in the session tells a wrong password from a throttled attempt.
 */
@Controller
class LoginPage {

    private final AccountSettings settings;

    LoginPage(AccountSettings settings) {
        this.settings = settings;
    }

    /** The page's flags are bare parameters ({@code /login?error}), so only their presence counts. */
    @GetMapping("/login")
    String show(HttpServletRequest request, Model model) {
        Map<String, String[]> flags = request.getParameterMap();
        boolean error = flags.containsKey("error");
        boolean throttled = error && lastFailure(request) instanceof LoginThrottled;
        model.addAttribute("failed", error && !throttled);
        model.addAttribute("throttled", throttled);
        model.addAttribute("waitMinutes", Math.max(1, (settings.loginWindow().toSeconds() + 59) / 60));
        model.addAttribute("signedOut", flags.containsKey("signedOut"));
        model.addAttribute("accepted", flags.containsKey("accepted"));
        return "account/login";
    }

    private static Object lastFailure(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }
}
