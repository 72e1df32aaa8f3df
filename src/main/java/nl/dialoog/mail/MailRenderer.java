package nl.dialoog.mail;

import java.util.Locale;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Service;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.templateresolver.SpringResourceTemplateResolver;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * Renders a mail from two templates of the module that sends it, in the recipient's language:
 * {@code templates/<name>.html} (its {@code <title>} is the subject) and {@code templates/<name>.txt}.
 * Example: {@code render("registration/mail/confirmation", locale, model)}. Other modules reach it through
 * {@link MailQueue#render}, the module's one API.
 */
@Service
class MailRenderer {

    private final TemplateEngine html;
    private final TemplateEngine text;

    MailRenderer(SpringTemplateEngine pages, ApplicationContext context) {
        this.html = pages;
        this.text = textEngine(context);
    }

    MailContent render(String name, Locale locale, Map<String, Object> model) {
        Context context = new Context(locale, model);
        if (!model.containsKey("dir")) {
            // the shared mail layout (templates/mail/layout.html) writes it on <html> for right-to-left languages
            context.setVariable("dir", nl.dialoog.shared.Languages.direction(locale.getLanguage()));
        }
        String body = html.process(name, context);
        return new MailContent(MailContent.subjectOf(body), text.process(name, context), body);
    }

    private static TemplateEngine textEngine(ApplicationContext context) {
        SpringResourceTemplateResolver resolver = new SpringResourceTemplateResolver();
        resolver.setApplicationContext(context);
        resolver.setPrefix("classpath:/templates/");
        resolver.setSuffix(".txt");
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCheckExistence(true);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(context);
        return engine;
    }
}
