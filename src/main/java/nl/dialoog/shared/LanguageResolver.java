package nl.dialoog.shared;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * Remembers the visitor's chosen language in a cookie; without a choice, takes the best match from Accept-Language.
 * Only UI languages are ever set, so a forged ?lang= cannot switch the site into an untranslated language.
 */
class LanguageResolver extends CookieLocaleResolver {

    static final String COOKIE = "dialoog-lang";

    LanguageResolver() {
        super(COOKIE);
        setCookieMaxAge(Duration.ofDays(365));
        setCookieSameSite("Lax");
        // a cookie that names no language ("en" in quotes, %ZZ, ../../etc) is ignored, not a server error
        setRejectInvalidCookies(false);
        setDefaultLocaleFunction(request -> Locale.forLanguageTag(
                Languages.bestMatch(request.getHeader("Accept-Language"))));
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        Locale locale = super.resolveLocale(request);
        return Languages.isUiLanguage(locale.getLanguage()) ? Locale.forLanguageTag(locale.getLanguage())
                : Locale.forLanguageTag(Languages.bestMatch(request.getHeader("Accept-Language")));
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        if (locale == null || Languages.isUiLanguage(locale.getLanguage())) {
            super.setLocale(request, response, locale == null ? null : Locale.forLanguageTag(locale.getLanguage()));
        }
    }
}
