package nl.dialoog.room.moderation;

import static nl.dialoog.room.moderation.ModerationTests.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import nl.dialoog.event.EventView;
import nl.dialoog.room.RoomClient;
import nl.dialoog.room.RoomClosed;
import nl.dialoog.room.RoomDoor;
import nl.dialoog.room.RoomFixture;
import nl.dialoog.room.RoomRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class OrganiserPagesTests {

    @LocalServerPort
    int port;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    RoomFixture fixture;

    @Autowired
    RoomInvitations invitations;

    @Autowired
    JdbcClient jdbc;

    @Test
    void attendanceShowsFirstJoinLastLeaveAndMinutesFromTheVisits() {
        EventView event = fixture.openEvent();
        RoomDoor ama = fixture.attendee(event, "Ama Mensah");
        RoomDoor formula = fixture.attendee(event, "=HYPERLINK(\"http://evil\")");
        Instant start = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(2, ChronoUnit.HOURS);
        visit(event, ama, start, start.plus(30, ChronoUnit.MINUTES));
        visit(event, ama, start.plus(20, ChronoUnit.MINUTES), start.plus(50, ChronoUnit.MINUTES));
        visit(event, formula, start, start.plus(5, ChronoUnit.MINUTES));
        String page = "/organiser/events/" + event.id().value() + "/attendance";

        assertThat(mvc.get().uri(page).with(organiser())).hasStatusOk().bodyText()
                .contains("Ama Mensah", ">50<", ">5<", "2 attendees came", "Peak audience: 2 at once");

        MvcTestResult csv = mvc.get().uri(page + ".csv").with(organiser()).exchange();
        assertThat(csv).hasStatusOk().hasContentType("text/csv;charset=UTF-8");
        byte[] body = csv.getResponse().getContentAsByteArray();
        assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(body, StandardCharsets.UTF_8).substring(1);
        assertThat(text.lines().toList()).first().asString().startsWith("Name,Role,Organisation,Country");
        assertThat(text).contains("Ama Mensah,participant,", ",50,\r\n")
                .contains("\"'=HYPERLINK(\"\"http://evil\"\")\"");
    }

    @Test
    void attendanceShowsTheMinutesEachPersonWatchedTheStage() throws Exception {
        EventView event = fixture.openEvent();
        RoomDoor ama = fixture.attendee(event, "Ama Mensah");
        RoomDoor kofi = fixture.attendee(event, "Kofi Boateng");
        Instant start = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(2, ChronoUnit.HOURS);
        visit(event, ama, start, start.plus(60, ChronoUnit.MINUTES));
        visit(event, kofi, start, start.plus(40, ChronoUnit.MINUTES));
        stageVisit(event, ama, start.plus(5, ChronoUnit.MINUTES), start.plus(15, ChronoUnit.MINUTES));
        stageVisit(event, ama, start.plus(30, ChronoUnit.MINUTES), start.plus(45, ChronoUnit.MINUTES));

        String body = mvc.get().uri("/organiser/events/" + event.id().value() + "/attendance").with(organiser())
                .exchange().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(body).contains("Minutes watching the stage");
        assertThat(row(body, "Ama Mensah")).as("two stage visits of 10 and 15 minutes")
                .contains("<td>60</td>", "<td>25</td>");
        assertThat(row(body, "Kofi Boateng")).as("never reached the stage").contains("<td>40</td>", "<td>None</td>");

        String csv = mvc.get().uri("/organiser/events/" + event.id().value() + "/attendance.csv").with(organiser())
                .exchange().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.lines().toList()).first().asString().endsWith(",Minutes present,Minutes watching the stage");
        assertThat(csv).contains(",60,25\r\n").as("Kofi never reached the stage").contains(",40,\r\n");
    }

    @Test
    void attendanceIsForTheEventsOrganisersOnly() {
        EventView event = fixture.openEvent();

        assertThat(mvc.get().uri("/organiser/events/" + event.id().value() + "/attendance"))
                .hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/organiser/events/" + event.id().value() + "/attendance.csv"))
                .hasStatus3xxRedirection();
    }

    @Test
    void anInvitationLinkEntersWithItsRoleUntilRevoked() {
        EventView event = fixture.openEvent();
        String path;
        long invitation;
        try (RoomClient host = RoomClient.connect(port, fixture.host(event).pass(), 0)) {
            host.awaitKind("snapshot");
            var invited = ok(host, "moderation.invite", "\"role\":\"PANELIST\",\"name\":\"Dr. Ngozi Okafor\"");
            path = invited.path("path").asString();
            invitation = invited.path("id").asLong();
            String token = path.substring(path.lastIndexOf('/') + 1);
            assertThat(token).hasSizeGreaterThanOrEqualTo(43);

            RoomDoor first = invitations.enter(token);
            RoomDoor again = invitations.enter(token);
            assertThat(first.role()).isEqualTo(RoomRole.PANELIST);
            assertThat(first.displayName()).isEqualTo("Dr. Ngozi Okafor");
            assertThat(again.participantId()).isEqualTo(first.participantId());
            assertThat(mvc.get().uri(path)).hasStatusOk().bodyText()
                    .contains("Dr. Ngozi Okafor · panelist");

            ok(host, "moderation.revokeInvitation", "\"id\":" + invitation);
            assertThatThrownBy(() -> invitations.enter(token)).isInstanceOf(RoomClosed.class);
        }
        assertThat(mvc.get().uri(path)).hasStatus(403).bodyText().contains("not valid");
        assertThat(mvc.get().uri("/room/invite/" + "A".repeat(43))).hasStatus(403);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM room_invitation WHERE token_hash = :t")
                .param("t", path.substring(path.lastIndexOf('/') + 1)).query(Integer.class).single()).isZero();
    }

    private void visit(EventView event, RoomDoor door, Instant joined, Instant left) {
        jdbc.sql("""
                        INSERT INTO room_visit (event_id, participant_id, joined_at, last_seen_at, left_at)
                        VALUES (:event, :p, :joined, :left, :left)""")
                .param("event", event.id().value())
                .param("p", door.participantId())
                .param("joined", joined.atOffset(ZoneOffset.UTC))
                .param("left", left.atOffset(ZoneOffset.UTC))
                .update();
    }

    private void stageVisit(EventView event, RoomDoor door, Instant joined, Instant left) {
        jdbc.sql("""
                        INSERT INTO room_stage_visit (event_id, participant_id, role, joined_at, left_at)
                        VALUES (:event, :p, 'ATTENDEE', :joined, :left)""")
                .param("event", event.id().value())
                .param("p", door.participantId())
                .param("joined", joined.atOffset(ZoneOffset.UTC))
                .param("left", left.atOffset(ZoneOffset.UTC))
                .update();
    }

    /** The attendance table's row for one name, from its header cell to the row's end. */
    private static String row(String page, String name) {
        int at = page.indexOf(">" + name + "</th>");
        assertThat(at).as(name + " in the table").isPositive();
        return page.substring(at, page.indexOf("</tr>", at));
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor organiser() {
        return user(fixture.organiser().email()).roles("ADMIN");
    }
}
