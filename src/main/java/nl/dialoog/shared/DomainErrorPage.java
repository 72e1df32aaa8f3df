package nl.dialoog.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The page (a template name) that shows a {@link DomainError} of this type to a browser, when the shared error page
 * does not fit; the page reads the refusal's message key as {@code detail}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface DomainErrorPage {

    String value();
}
