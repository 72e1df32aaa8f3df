package nl.dialoog.shared;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;

/**
 * The one place where a {@link DomainError} that no controller caught becomes an answer: browsers (whose request
 * accepts text/html) get the translated error page — or the page its type names with {@link DomainErrorPage} — and
 * every other client (fetch, API) an RFC 9457 problem document whose detail is the translated message, with the message
 * key as {@code code} and the {@code field}. The status is the one the type declares with {@link ResponseStatus},
 * else 400. As {@link ErrorPages} does for the container's errors, so both answer alike.
 */
@ControllerAdvice
class DomainErrors {

    private static final Logger log = LoggerFactory.getLogger(DomainErrors.class);

    private final MessageSource messages;

    DomainErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(DomainError.class)
    Object refused(DomainError error, HttpServletRequest request, Locale locale) {
        HttpStatus status = status(error);
        log.debug("{} {} {}: {}", status.value(), request.getMethod(), request.getRequestURI(), error.getMessage());
        if (wantsPage(request)) {
            DomainErrorPage page = AnnotatedElementUtils.findMergedAnnotation(error.getClass(), DomainErrorPage.class);
            ModelAndView view = new ModelAndView(page == null ? "error/4xx" : page.value(), status);
            view.addObject("status", status.value());
            view.addObject("detail", error.messageKey());
            view.addObject("field", error.field());
            return view;
        }
        ProblemDetail problem = ProblemDetail.forStatus(status);
        String kind = status == HttpStatus.NOT_FOUND ? "notFound" : "badRequest";
        problem.setTitle(messages.getMessage("shared.error." + kind + ".title", null, locale));
        problem.setDetail(messages.getMessage(error.messageKey(), error.arguments(), error.messageKey(), locale));
        try {
            problem.setInstance(URI.create(request.getRequestURI()));
        } catch (IllegalArgumentException notAnAddress) {
            // the problem stands without it
        }
        problem.setProperty("code", error.messageKey());
        if (error.field() != null) {
            problem.setProperty("field", error.field());
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static HttpStatus status(DomainError error) {
        ResponseStatus declared = AnnotatedElementUtils.findMergedAnnotation(error.getClass(), ResponseStatus.class);
        return declared == null ? HttpStatus.BAD_REQUEST : declared.code();
    }

    /** A browser names text/html in its Accept header; fetch and API clients do not (or send {@code *}/{@code *}). */
    private static boolean wantsPage(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept == null) {
            return false;
        }
        try {
            return MediaType.parseMediaTypes(accept).stream()
                    .anyMatch(type -> MediaType.TEXT_HTML.equalsTypeAndSubtype(type) && type.getQualityValue() > 0);
        } catch (InvalidMediaTypeException unreadable) {
            return false;
        }
    }
}
