package nl.dialoog.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.util.Locale;
import java.util.Map;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.apache.tomcat.util.http.fileupload.FileUploadException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.util.InvalidUrlException;

/**
 * Bad input never becomes a server error: text that cannot be stored (see {@link TextRules}) in the address or a
 * parameter is refused before anything reads it, and the failures that only malformed requests cause — escapes
 * that decode to nothing, invalid UTF-8, a field name that names no field ({@code name[0]}), a multipart body
 * without its boundary — become a 4xx with the translated error page or problem JSON instead of a 500 with a stack
 * trace. Each is logged as one short line at DEBUG: they say something about the client, not about the server.
 */
// after Spring Boot's character encoding filter (HIGHEST_PRECEDENCE): parameters read before it would decode wrongly
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class ClientErrors extends OncePerRequestFilter {

    /** A request attribute naming the message key that says what was wrong, shown on the error page. */
    static final String DETAIL = ClientErrors.class.getName() + ".detail";

    private static final Logger log = LoggerFactory.getLogger(ClientErrors.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            if (!storableAddress(request.getRequestURI()) || !storableParameters(request)) {
                refuse(request, response, HttpServletResponse.SC_BAD_REQUEST, TextRules.INVALID, "control character");
                return;
            }
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException failure) {
            int status = statusFor(failure);
            if (status == 0 || response.isCommitted()) {
                throw failure;
            }
            response.resetBuffer();
            refuse(request, response, status, status == 413 ? "shared.error.tooLarge" : null, summary(failure));
        }
    }

    private static boolean storableAddress(String uri) {
        return uri == null || !uri.toLowerCase(Locale.ROOT).contains("%00") && TextRules.storable(uri);
    }

    /** Reads the parameters (of the address and of a form body); unreadable ones fail the request (statusFor). */
    private static boolean storableParameters(HttpServletRequest request) {
        try {
            for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
                if (!TextRules.storable(parameter.getKey())) {
                    return false;
                }
                for (String value : parameter.getValue()) {
                    if (value != null && !TextRules.storable(value)) {
                        return false;
                    }
                }
            }
            return true;
        } catch (RuntimeException unreadable) {
            String type = request.getContentType();
            if (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
                // parts are read only by a handler that takes them, which then fails the same way (see statusFor);
                // the JSON endpoints answer 415 without reading them
                return true;
            }
            throw unreadable;
        }
    }

    /** The status a failure caused by the request itself deserves; 0 when it may be the server's own fault. */
    static int statusFor(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof InvalidParameterException invalid) {
                int code = invalid.getErrorCode();
                return code >= 400 && code < 500 ? code : HttpServletResponse.SC_BAD_REQUEST;
            }
            if (cause instanceof MaxUploadSizeExceededException) {
                return HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE;
            }
            if (cause instanceof MultipartException || cause instanceof FileUploadException
                    || cause instanceof CharacterCodingException || cause instanceof InvalidPropertyException
                    || cause instanceof HttpMessageNotReadableException || cause instanceof InvalidUrlException) {
                return HttpServletResponse.SC_BAD_REQUEST;
            }
        }
        return 0;
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String detail,
                               String why) throws IOException {
        if (detail != null) {
            request.setAttribute(DETAIL, detail);
        }
        log.debug("{} {} {}: {}", status, request.getMethod(), request.getRequestURI(), why);
        response.sendError(status);
    }

    private static String summary(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = String.valueOf(root.getMessage());
        return root.getClass().getSimpleName() + " " + (message.length() > 120 ? message.substring(0, 120) : message);
    }
}
