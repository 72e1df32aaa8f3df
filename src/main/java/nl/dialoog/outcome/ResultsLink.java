package nl.dialoog.outcome;

import java.util.Optional;
import nl.dialoog.event.EventPageLink;
import nl.dialoog.event.EventView;
import org.springframework.stereotype.Component;

/** An event whose report is on its public results page links to it from its own page. */
@Component
class ResultsLink implements EventPageLink.Source {

    private final ReportStore store;

    ResultsLink(ReportStore store) {
        this.store = store;
    }

    @Override
    public Optional<EventPageLink> linkFor(EventView event) {
        return store.isPublic(event.id().value())
                ? Optional.of(new EventPageLink("/events/" + event.slug() + "/results", "outcome.results.link"))
                : Optional.empty();
    }
}
