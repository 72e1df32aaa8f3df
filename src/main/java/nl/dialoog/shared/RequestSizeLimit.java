package nl.dialoog.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses oversized bodies with 413 and the translated error page. Without it Tomcat would silently drop the form
 * fields of an oversized post and the form would fail with misleading errors. An organiser's file upload (a
 * multipart form under {@code /organiser/}, such as a co-host's logo) may be as large as the multipart settings
 * allow ({@code spring.servlet.multipart.max-request-size}), so that a file somewhat over the form's own limit gets
 * that form's message in words rather than this page.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeLimit extends OncePerRequestFilter {

    private final long maxBytes;
    private final long maxUploadBytes;

    RequestSizeLimit(SharedSettings settings, ObjectProvider<MultipartProperties> multipart) {
        this.maxBytes = settings.maxRequestBytes();
        MultipartProperties uploads = multipart.getIfAvailable();
        long uploadBytes = uploads == null || uploads.getMaxRequestSize() == null ? -1
                : uploads.getMaxRequestSize().toBytes();
        this.maxUploadBytes = Math.max(maxBytes, uploadBytes);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > (organiserUpload(request) ? maxUploadBytes : maxBytes)) {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean organiserUpload(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")
                && request.getRequestURI().startsWith(request.getContextPath() + "/organiser/");
    }
}
