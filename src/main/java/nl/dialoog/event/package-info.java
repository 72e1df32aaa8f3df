/**
 * Events: multilingual texts, time zones, co-hosts, speakers and agenda; publication, the public event page, the
 * home page listing and the calendar (.ics) file.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Events",
        allowedDependencies = {"account", "shared"})
package nl.dialoog.event;
