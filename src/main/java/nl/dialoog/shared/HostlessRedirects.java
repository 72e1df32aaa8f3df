package nl.dialoog.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * No redirect carries the request's {@code Host} header. Spring Security writes the page saved for after sign-in
 * (and, with Tomcat's help, other redirects) as full URLs built from the request's host: a forged {@code Host} would
 * send the visitor — and, through a poisoned cache, every visitor — to another site. A redirect that names the host
 * the request claimed becomes a path, which the browser resolves against the address it really asked; one to any
 * other site is left alone. Links that leave the site (mails, calendar files) use the configured public address
 * ({@code dialoog.shared.base-url}) instead, never the request.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class HostlessRedirects extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void sendRedirect(String location) throws IOException {
                super.sendRedirect(rewrite(request, location));
            }

            @Override
            public void sendRedirect(String location, int status, boolean clearBuffer) throws IOException {
                super.sendRedirect(rewrite(request, location), status, clearBuffer);
            }

            @Override
            public void setHeader(String name, String value) {
                super.setHeader(name, isLocation(name) ? rewrite(request, value) : value);
            }

            @Override
            public void addHeader(String name, String value) {
                super.addHeader(name, isLocation(name) ? rewrite(request, value) : value);
            }
        });
    }

    private static boolean isLocation(String header) {
        return "Location".equalsIgnoreCase(header);
    }

    /** The location as a path (with its query and fragment) when it pointed at the host the request named. */
    static String rewrite(HttpServletRequest request, String location) {
        if (location == null) {
            return null;
        }
        String lower = location.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://") && !lower.startsWith("//")) {
            return location;
        }
        URI target;
        try {
            target = URI.create(lower.startsWith("//") ? request.getScheme() + ":" + location : location);
        } catch (IllegalArgumentException unparsable) {
            return location;
        }
        if (target.getHost() == null || !target.getHost().equalsIgnoreCase(request.getServerName())) {
            return location;
        }
        StringBuilder path = new StringBuilder(target.getRawPath() == null || target.getRawPath().isEmpty() ? "/"
                : target.getRawPath());
        if (target.getRawQuery() != null) {
            path.append('?').append(target.getRawQuery());
        }
        if (target.getRawFragment() != null) {
            path.append('#').append(target.getRawFragment());
        }
        // a path that starts with two slashes would read as another host
        return path.toString().replaceFirst("^/+", "/");
    }
}
