/**
 * Registration: per-event options and questions, the public form, capacity with a waiting list, approval, invite
 * codes, e-mail verification, personal manage and join links, and the mails that go with them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Registration",
        allowedDependencies = {"event", "mail", "account", "shared"})
package nl.dialoog.registration;
