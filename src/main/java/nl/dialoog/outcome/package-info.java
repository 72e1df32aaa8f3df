/**
 * Results: turns what was said and voted in an event's room into policy input — the Pol.is analysis of statement
 * votes, themes across chat and questions, participation by region and organisation type (small cells suppressed),
 * polls and questions — and a report whose every finding links to the contributions behind it, with Markdown, PDF,
 * CSV and JSON exports, an optional public results page and a follow-up mail to registrants. The live opinion map
 * reaches the room through the room's own API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Results",
        allowedDependencies = {"event", "registration", "room", "account", "shared"})
package nl.dialoog.outcome;
