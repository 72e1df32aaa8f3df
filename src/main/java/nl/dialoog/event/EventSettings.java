package nl.dialoog.event;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the events module ({@code dialoog.event.*}).
 *
 * @param demo             load the scenario's demo events: {@code auto} (only into an embedded H2 database),
 *                         {@code on} or {@code off}
 * @param contentLanguages the languages an event's texts may be written in, offered to organisers
 */
@ConfigurationProperties("dialoog.event")
record EventSettings(String demo, List<String> contentLanguages) {

    public EventSettings {
        demo = demo == null ? "auto" : demo;
        contentLanguages = contentLanguages == null || contentLanguages.isEmpty()
                ? List.of("en", "nl", "fr", "es", "pt", "de", "ar", "sw", "id")
                : List.copyOf(contentLanguages);
    }
}
