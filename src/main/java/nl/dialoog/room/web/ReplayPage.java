package nl.dialoog.room.web;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.dialoog.event.EditableEvent;
import nl.dialoog.event.EventView;
import nl.dialoog.room.RoomRecord;
import nl.dialoog.room.Rooms;
import nl.dialoog.stage.RecordingView;
import nl.dialoog.stage.Stage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The replay of an event for its organisers: the stage's recording (served by the stage, with Range requests) and
 * beside it the room's chat and questions at their moments, measured from when recording began. It lives in the
 * room because it needs both: the room owns the chat and questions and may use the stage, while the stage may not
 * know the room, and the results module may not know the stage.
 */
@Controller
class ReplayPage {

    /** A chat message or question, placed on the recording's time line. */
    record Moment(String kind, long seconds, String clock, String name, String body) {
    }

    private final Rooms rooms;
    private final Stage stage;

    ReplayPage(Rooms rooms, Stage stage) {
        this.rooms = rooms;
        this.stage = stage;
    }

    @GetMapping("/organiser/events/{id}/replay")
    String replay(EditableEvent editable, Model model, Locale locale) {
        EventView event = editable.event();
        long id = event.id().value();
        var title = event.title().resolve(event.languageFor(locale.getLanguage()), event.defaultLanguage());
        RecordingView recording = stage.recording(event.id()).orElse(null);
        model.addAttribute("eventId", id);
        model.addAttribute("eventTitle", title.text());
        model.addAttribute("eventTitleLanguage", title.language());
        model.addAttribute("recording", recording);
        model.addAttribute("moments", recording == null ? List.of() : moments(rooms.record(event.id()), recording));
        return "room/replay";
    }

    /** What was said while the recording ran, in order; what came before its start shows at its first second. */
    static List<Moment> moments(RoomRecord record, RecordingView recording) {
        Map<Long, String> names = record.people().stream()
                .collect(Collectors.toMap(RoomRecord.Person::id, RoomRecord.Person::displayName, (a, b) -> a));
        Instant start = recording.startedAt();
        Instant end = recording.durationMs() != null ? start.plusMillis(recording.durationMs())
                : recording.stoppedAt() != null ? recording.stoppedAt() : Instant.MAX;
        List<Moment> moments = new ArrayList<>();
        Function<Instant, Long> seconds = at -> Math.max(0, Duration.between(start, at).toSeconds());
        for (RoomRecord.Chat chat : record.chat()) {
            if (!chat.at().isAfter(end)) {
                long s = seconds.apply(chat.at());
                moments.add(new Moment("chat", s, clock(s), names.getOrDefault(chat.personId(), ""), chat.body()));
            }
        }
        for (RoomRecord.Question question : record.questions()) {
            if (!question.at().isAfter(end) && question.mergedInto() == null) {
                long s = seconds.apply(question.at());
                moments.add(new Moment("question", s, clock(s),
                        question.anonymous() ? "" : names.getOrDefault(question.personId(), ""), question.body()));
            }
        }
        moments.sort(Comparator.comparingLong(Moment::seconds));
        return moments;
    }

    private static String clock(long seconds) {
        return seconds >= 3600 ? String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format("%d:%02d", seconds / 60, seconds % 60);
    }
}
