package nl.dialoog.event;

import nl.dialoog.account.AccountView;

/**
 * The event of an organiser's page ({@code /organiser/events/{id}/…}) with the signed-in organiser who may edit
 * it. A handler takes it as a parameter: it is resolved once per request, and the access check
 * ({@link EventCatalog#editable}) is made in that one place — no such event, or not this organiser's, is a 404.
 */
public record EditableEvent(EventView event, AccountView organiser) {

    public EventId id() {
        return event.id();
    }
}
