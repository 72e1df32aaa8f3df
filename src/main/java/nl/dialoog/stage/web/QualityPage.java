package nl.dialoog.stage.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import nl.dialoog.event.EditableEvent;
import nl.dialoog.event.EventView;
import nl.dialoog.stage.MediaQuality;
import nl.dialoog.stage.Stage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The organisers' media-quality summary of an event's stage: a table per publisher (bit rate reaching Janus, packets
 * lost) and the audience over time as a line drawn on the server (SVG, with the figures as its text alternative).
 */
@Controller
class QualityPage {

    static final int WIDTH = 600;
    static final int HEIGHT = 120;

    private final Stage stage;

    QualityPage(Stage stage) {
        this.stage = stage;
    }

    /** A point of the audience line, placed in the chart, with its label. */
    record Point(int x, int y, String time, int watchers) {
    }

    @GetMapping("/organiser/events/{id}/stage/quality")
    String quality(EditableEvent editable, Model model) {
        EventView event = editable.event();
        long id = event.id().value();
        MediaQuality quality = stage.mediaQuality(event.id(), editable.organiser());
        model.addAttribute("eventId", id);
        model.addAttribute("quality", quality);
        model.addAttribute("zoneName", event.zone().getId());
        model.addAttribute("points", points(quality.audience(), quality.peakAudience(), event.zone()));
        model.addAttribute("width", WIDTH);
        model.addAttribute("height", HEIGHT);
        return "stage/quality";
    }

    static List<Point> points(List<MediaQuality.Point> audience, int peak, ZoneId zone) {
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm").withZone(zone);
        int n = audience.size();
        return java.util.stream.IntStream.range(0, n).mapToObj(i -> {
            MediaQuality.Point p = audience.get(i);
            int x = n == 1 ? 0 : i * WIDTH / (n - 1);
            int y = HEIGHT - (peak == 0 ? 0 : p.watchers() * (HEIGHT - 10) / peak);
            return new Point(x, y, time.format(p.minute()), p.watchers());
        }).toList();
    }
}
