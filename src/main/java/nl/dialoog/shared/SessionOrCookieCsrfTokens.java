package nl.dialoog.shared;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * Where the CSRF token is kept: in the server session when the visitor has one (signed-in organisers), otherwise in
 * a cookie. Spring's default keeps it in the session, so every anonymous view of a public form (registration,
 * contact, a personal link) made a server session of its own, about 620 bytes for 30 minutes, only to hold one
 * token. With the cookie a visitor costs the server nothing until they sign in; the form still needs the token
 * (the cookie and the field must match, and a forged page cannot read the cookie), and the anti-bot stamp is
 * signed in the form itself ({@link FormGuard}).
 */
final class SessionOrCookieCsrfTokens implements CsrfTokenRepository {

    private final HttpSessionCsrfTokenRepository session = new HttpSessionCsrfTokenRepository();
    private final CookieCsrfTokenRepository cookie = new CookieCsrfTokenRepository();

    SessionOrCookieCsrfTokens() {
        cookie.setCookieName("dialoog-csrf");
        // the session store's header name, so a script need not know which store holds its token
        cookie.setHeaderName("X-CSRF-TOKEN");
        cookie.setCookieCustomizer(settings -> settings.sameSite("Lax"));
    }

    @Override
    public CsrfToken generateToken(HttpServletRequest request) {
        return store(request).generateToken(request);
    }

    @Override
    public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
        store(request).saveToken(token, request, response);
    }

    @Override
    public CsrfToken loadToken(HttpServletRequest request) {
        return store(request).loadToken(request);
    }

    private CsrfTokenRepository store(HttpServletRequest request) {
        return request.getSession(false) != null ? session : cookie;
    }
}
