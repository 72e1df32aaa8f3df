package nl.dialoog.shared;

import java.util.List;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the shared layout needs on every page: language, direction, the switcher and who is signed in. */
@ControllerAdvice
class LayoutAttributes {

    record LanguageChoice(String code, String name) {
    }

    @ModelAttribute("lang")
    String lang() {
        return LocaleContextHolder.getLocale().getLanguage();
    }

    @ModelAttribute("dir")
    String dir() {
        return Languages.direction(LocaleContextHolder.getLocale().getLanguage());
    }

    @ModelAttribute("uiLanguages")
    List<LanguageChoice> uiLanguages() {
        return Languages.UI.stream().map(code -> new LanguageChoice(code, Languages.endonym(code))).toList();
    }

    @ModelAttribute("signedIn")
    boolean signedIn() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
    }

    @ModelAttribute("isAdmin")
    boolean isAdmin() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return signedIn() && auth.getAuthorities().stream().anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
    }

    static Locale current() {
        return LocaleContextHolder.getLocale();
    }
}
