package nl.dialoog.shared;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.web.ErrorProperties;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Every error that reaches the servlet container: browsers get the translated error page (templates/error), all
 * other clients an RFC 9457 problem document with a translated title. Never a stack trace.
 */
@Controller
@RequestMapping("${server.error.path:/error}")
class ErrorPages extends BasicErrorController {

    private final MessageSource messages;

    ErrorPages(ErrorAttributes errorAttributes, List<ErrorViewResolver> resolvers, MessageSource messages) {
        super(errorAttributes, new ErrorProperties(), resolvers);
        this.messages = messages;
    }

    @Override
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        HttpStatus status = getStatus(request);
        if (status == HttpStatus.NO_CONTENT) {
            return new ResponseEntity<>(status);
        }
        String key = switch (status.series()) {
            case SERVER_ERROR -> "server";
            default -> status == HttpStatus.NOT_FOUND ? "notFound" : "badRequest";
        };
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", text("shared.error." + key + ".title"));
        problem.put("status", status.value());
        problem.put("detail", text(detail(request, status, "shared.error." + key + ".text")));
        Object path = request.getAttribute("jakarta.servlet.error.request_uri");
        if (path != null) {
            problem.put("instance", path);
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** A visit to the error page itself, without an error, finds nothing (a 404, not a 500). */
    @Override
    protected HttpStatus getStatus(HttpServletRequest request) {
        return request.getAttribute("jakarta.servlet.error.status_code") == null ? HttpStatus.NOT_FOUND
                : super.getStatus(request);
    }

    /** The page's model gets {@code detail}: what was wrong, when the refusal said so. */
    @Override
    protected Map<String, Object> getErrorAttributes(HttpServletRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = new LinkedHashMap<>(super.getErrorAttributes(request, options));
        attributes.put("status", getStatus(request).value());
        attributes.put("detail", detail(request, getStatus(request), null));
        return attributes;
    }

    private static String detail(HttpServletRequest request, HttpStatus status, String otherwise) {
        if (request.getAttribute(ClientErrors.DETAIL) instanceof String key) {
            return key;
        }
        return status.value() == 413 ? "shared.error.tooLarge" : otherwise;
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
