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
 * Absolute addresses the site writes into redirects use the configured public address
 * ({@code dialoog.shared.base-url}), never the request's {@code Host} header. Spring Security, for one, writes the
 * sign-in page and the page saved for after sign-in as full URLs from the request's host: a forged {@code Host}
 * would send the visitor (and a poisoned cache's every visitor) to another site. A redirect that names the host the
 * request claimed is rewritten to the public address; one to anywhere else, and every relative one, is left alone.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class PublicAddress extends OncePerRequestFilter {

    private final URI base;

    PublicAddress(SharedSettings settings) {
        this.base = URI.create(settings.baseUrl() == null || settings.baseUrl().isBlank() ? "http://localhost"
                : settings.baseUrl().strip());
    }

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

    /** The location with the public scheme, host and port, when it pointed at the host the request named. */
    String rewrite(HttpServletRequest request, String location) {
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
        if (target.getHost() == null || !target.getHost().equalsIgnoreCase(request.getServerName())
                || sameAuthority(target, base)) {
            return location;
        }
        StringBuilder rewritten = new StringBuilder(base.getScheme()).append("://").append(base.getRawAuthority());
        rewritten.append(target.getRawPath() == null || target.getRawPath().isEmpty() ? "/"
                : target.getRawPath());
        if (target.getRawQuery() != null) {
            rewritten.append('?').append(target.getRawQuery());
        }
        if (target.getRawFragment() != null) {
            rewritten.append('#').append(target.getRawFragment());
        }
        return rewritten.toString();
    }

    private static boolean sameAuthority(URI one, URI other) {
        return one.getScheme() != null && one.getScheme().equalsIgnoreCase(other.getScheme())
                && one.getRawAuthority() != null && one.getRawAuthority().equalsIgnoreCase(other.getRawAuthority());
    }
}
