package nl.dialoog.event.web;

import java.util.List;
import java.util.Map;
import nl.dialoog.account.Accounts;
import nl.dialoog.event.EditableEvent;
import nl.dialoog.event.EventCatalog;
import nl.dialoog.event.EventId;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Resolves an {@link EditableEvent} handler parameter from the address's {@code {id}} and the signed-in organiser,
 * once per request: the organiser's pages in every module start from it instead of repeating the lookup and the
 * access check. An id that is not a number is a 400, as a {@code @PathVariable long} would be.
 */
@Configuration(proxyBeanMethods = false)
class EditableEvents implements WebMvcConfigurer, HandlerMethodArgumentResolver {

    private static final String RESOLVED = EditableEvents.class.getName() + ".resolved";

    private final EventCatalog catalog;
    private final Accounts accounts;

    EditableEvents(EventCatalog catalog, Accounts accounts) {
        this.catalog = catalog;
        this.accounts = accounts;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == EditableEvent.class;
    }

    @Override
    public EditableEvent resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                                         NativeWebRequest request, WebDataBinderFactory binders) {
        if (request.getAttribute(RESOLVED, RequestAttributes.SCOPE_REQUEST) instanceof EditableEvent resolved) {
            return resolved;
        }
        @SuppressWarnings("unchecked")
        Map<String, String> variables = (Map<String, String>) request.getAttribute(
                HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        String raw = variables == null ? null : variables.get("id");
        long id;
        try {
            id = Long.parseLong(raw);
        } catch (NumberFormatException notANumber) {
            throw new MethodArgumentTypeMismatchException(raw, long.class, "id", parameter, notANumber);
        }
        var organiser = accounts.signedIn(request.getUserPrincipal());
        EditableEvent editable = new EditableEvent(catalog.editable(new EventId(id), organiser), organiser);
        request.setAttribute(RESOLVED, editable, RequestAttributes.SCOPE_REQUEST);
        return editable;
    }
}
