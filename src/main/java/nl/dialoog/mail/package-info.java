/**
 * Outgoing mail: an outbox written in the caller's transaction, rendered in the recipient's language, sent after
 * commit with retries; outbox pages show each mail as the recipient sees it. The administrator's pages are here; an
 * event's pages are served through {@link nl.dialoog.mail.MailQueue} to a controller in the module that checks who
 * may read the event's mail, since mail knows nothing of events or organisers.
 *
 * <h2>Writing a mail in another module</h2>
 * Two templates per mail under the module's own folder, e.g. {@code templates/registration/mail/confirmed.html}
 * and {@code confirmed.txt}, texts from the module's bundle. The HTML one uses the shared mail layout; its
 * {@code <title>} becomes the subject, its {@code <main>} the body:
 * <pre>{@code
 * <!DOCTYPE html>
 * <html xmlns:th="http://www.thymeleaf.org" th:replace="~{mail/layout :: mail(~{::title}, ~{::main})}">
 * <head><title th:text="#{registration.mail.confirmed.subject(${title})}"></title></head>
 * <body><main>
 *   <p style="margin:0 0 16px;" th:text="#{registration.mail.confirmed.hello(${name})}"></p>
 *   <p><a th:replace="~{mail/layout :: button(${manageUrl}, #{registration.mail.confirmed.manage})}"></a></p>
 * </main></body></html>
 * }</pre>
 * The text twin uses Thymeleaf's text mode: {@code [(#{registration.mail.confirmed.hello(${name})})]}. Then, inside
 * the transaction that caused the mail:
 * <pre>{@code
 * MailContent content = mailQueue.render("registration/mail/confirmed", recipientLocale, model);
 * mailQueue.enqueue(new OutgoingMail(email, name, null, content, recipientLocale.getLanguage(),
 *         List.of(new Attachment("invite.ics", "text/calendar; method=REQUEST; charset=UTF-8", ics)),
 *         "registration:" + id, eventId.value()));
 * }</pre>
 * Times in a mail go through {@code nl.dialoog.shared.Times} in the recipient's zone, with the zone's name.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mail",
        allowedDependencies = {"shared"})
package nl.dialoog.mail;
