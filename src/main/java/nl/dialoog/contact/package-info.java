/**
 * Questions and suggestions about an event: a form on the event's page whose messages are kept for the organisers
 * and mailed to the event's contact people with Reply-To set to the sender, so no address is ever published.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Contact",
        allowedDependencies = {"event", "mail", "account", "shared"})
package nl.dialoog.contact;
