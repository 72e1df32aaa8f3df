package nl.dialoog.room.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AttendanceTests {

    private static final Instant T = Instant.parse("2026-11-27T10:00:00Z");
    private static final Map<Long, Attendance.Person> PEOPLE = Map.of(
            1L, new Attendance.Person(1, "Ama", "ATTENDEE", "", "GH"),
            2L, new Attendance.Person(2, "Juan", "ATTENDEE", "", "PE"));

    @Test
    void overlappingVisitsCountOnceAndGapsNotAtAll() {
        List<Attendance.Row> rows = Attendance.rows(PEOPLE, List.of(
                visit(1, 0, 30, false),
                visit(1, 10, 40, false),
                visit(1, 60, 75, false)));

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.minutes()).isEqualTo(55);
            assertThat(row.firstJoined()).isEqualTo(T);
            assertThat(row.lastLeft()).isEqualTo(T.plusSeconds(75 * 60));
        });
    }

    @Test
    void someoneStillInTheRoomHasNoLastLeaveYet() {
        List<Attendance.Row> rows = Attendance.rows(PEOPLE, List.of(
                visit(2, 5, 20, false),
                visit(2, 15, 45, true),
                visit(1, 0, 10, false)));

        assertThat(rows).extracting(Attendance.Row::name).containsExactly("Ama", "Juan");
        assertThat(rows.get(1).present()).isTrue();
        assertThat(rows.get(1).lastLeft()).isNull();
        assertThat(rows.get(1).minutes()).isEqualTo(40);
    }

    private static Attendance.Visit visit(long participant, int fromMinute, int toMinute, boolean open) {
        return new Attendance.Visit(participant, T.plusSeconds(fromMinute * 60L), T.plusSeconds(toMinute * 60L),
                open);
    }
}
