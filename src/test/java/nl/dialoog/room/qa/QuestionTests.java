package nl.dialoog.room.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nl.dialoog.event.EventView;
import nl.dialoog.room.RoomClient;
import nl.dialoog.room.RoomDoor;
import nl.dialoog.room.RoomFixture;
import nl.dialoog.room.live.ParticipantStore;
import nl.dialoog.room.live.RoomSettings;
import nl.dialoog.room.live.RoomStore;
import nl.dialoog.shared.Audit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class QuestionTests {

    @LocalServerPort
    int port;

    @Autowired
    RoomFixture fixture;

    @Autowired
    RoomSettings settings;

    @Autowired
    RoomStore rooms;

    @Autowired
    ParticipantStore participants;

    @Autowired
    Audit audit;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAskedQuestionReachesEveryoneWithItsAuthor() {
        EventView event = fixture.openEvent();
        try (RoomClient ama = connect(fixture.attendee(event, "Ama Mensah"));
             RoomClient juan = connect(fixture.attendee(event, "Juan Perez"))) {

            long id = QaSteps.ask(ama, "What changes for small NGOs?", false);

            JsonNode question = QaSteps.question(juan, id);
            assertThat(question.path("text").asString()).isEqualTo("What changes for small NGOs?");
            assertThat(question.path("state").asString()).isEqualTo("OPEN");
            assertThat(question.path("author").path("name").asString()).isEqualTo("Ama Mensah");
            assertThat(question.path("votes").asInt()).isZero();
        }
    }

    @Test
    void anAnonymousQuestionHidesItsAuthorFromParticipantsButNeverFromModerators() {
        EventView event = fixture.openEvent();
        RoomDoor asker = fixture.attendee(event, "Kofi Hidden-Asker");
        try (RoomClient host = connect(fixture.host(event));
             RoomClient kofi = connect(asker);
             RoomClient juan = connect(fixture.attendee(event, "Juan Perez"))) {

            long id = QaSteps.ask(kofi, "Who decides the budget?", true);

            JsonNode seenByJuan = QaSteps.question(juan, id);
            JsonNode seenByHost = QaSteps.question(host, id);
            assertThat(seenByJuan.path("anonymous").asBoolean()).isTrue();
            assertThat(seenByJuan.path("author").isNull()).isTrue();
            assertThat(seenByHost.path("author").path("name").asString()).isEqualTo("Kofi Hidden-Asker");
            assertThat(seenByHost.path("author").path("id").asLong()).isEqualTo(asker.participantId());
            assertThat(juan.frames().toString()).doesNotContain("Hidden-Asker");
            assertThat(kofi.frames().stream().filter(frame -> frame.has("seq")).toList().toString())
                    .doesNotContain("Hidden-Asker");
        }
        try (RoomClient late = connect(fixture.attendee(event, "Late Comer"));
             RoomClient lateHost = connect(fixture.host(event))) {
            JsonNode snapshot = late.awaitKind("snapshot").path("data").path("qa");
            assertThat(snapshot.path("questions")).singleElement()
                    .satisfies(question -> assertThat(question.path("author").isNull()).isTrue());
            assertThat(snapshot.toString()).doesNotContain("Hidden-Asker");
            assertThat(lateHost.awaitKind("snapshot").path("data").path("qa").toString()).contains("Hidden-Asker");
        }
    }

    @Test
    void upvotesCountOncePerPersonAndCanBeWithdrawn() {
        EventView event = fixture.openEvent();
        RoomDoor juanDoor = fixture.attendee(event, "Juan");
        long id;
        try (RoomClient ama = connect(fixture.attendee(event, "Ama"));
             RoomClient juan = connect(juanDoor)) {
            id = QaSteps.ask(ama, "Can the report be translated?", false);

            assertThat(QaSteps.ok(juan, "qa.vote", "\"id\":" + id + ",\"up\":true").path("votes").asInt()).isOne();
            assertThat(QaSteps.ok(juan, "qa.vote", "\"id\":" + id + ",\"up\":true").path("votes").asInt()).isOne();
            assertThat(QaSteps.ok(ama, "qa.vote", "\"id\":" + id + ",\"up\":true").path("votes").asInt())
                    .isEqualTo(2);
            assertThat(QaSteps.ok(ama, "qa.vote", "\"id\":" + id + ",\"up\":false").path("votes").asInt())
                    .isOne();

            ama.await(frame -> QaSteps.votes(ama, id) == 1 && ama.logged("qa.votes").size() == 3);
            assertThat(ama.logged("qa.votes")).extracting(frame -> frame.path("data").path("votes").asInt())
                    .containsExactly(1, 2, 1);
            juan.await(frame -> "qa.mine".equals(RoomClient.kind(frame)));
        }
        try (RoomClient juanAgain = connect(juanDoor)) {
            JsonNode snapshot = juanAgain.awaitKind("snapshot").path("data").path("qa");
            assertThat(snapshot.path("mine")).extracting(JsonNode::asLong).containsExactly(id);
            assertThat(snapshot.path("questions").get(0).path("votes").asInt()).isOne();
        }
    }

    @Test
    void parallelUpvotesByOnePersonFromEveryWindowTheyMayOpenCountOnce() {
        EventView event = fixture.openEvent();
        RoomDoor juan = fixture.attendee(event, "Juan");
        long id;
        try (RoomClient ama = connect(fixture.attendee(event, "Ama"))) {
            id = QaSteps.ask(ama, "Is there a follow-up meeting?", false);
        }
        List<RoomClient> tabs = new ArrayList<>();
        try {
            // as many windows as one person may have open at once (the room refuses more)
            for (int i = 0; i < settings.socketsPerPerson(); i++) {
                tabs.add(connect(juan));
            }
            // every tab is its own connection, handled on its own thread: the votes race on the server
            List<String> refs = tabs.stream()
                    .map(tab -> tab.send("qa.vote", "\"id\":" + id + ",\"up\":true"))
                    .toList();
            for (int i = 0; i < tabs.size(); i++) {
                assertThat(RoomClient.kind(tabs.get(i).answer(refs.get(i)))).isEqualTo("ack");
            }
        } finally {
            tabs.forEach(RoomClient::close);
        }

        assertThat(jdbc.sql("SELECT COUNT(*) FROM room_question_vote WHERE question_id = :id").param("id", id)
                .query(Long.class).single()).isOne();
        try (RoomClient reader = connect(fixture.attendee(event, "Reader"))) {
            JsonNode snapshot = reader.awaitKind("snapshot").path("data").path("qa");
            assertThat(snapshot.path("questions").get(0).path("votes").asInt()).isOne();
        }
    }

    @Test
    void parallelUpvotesByDifferentPeopleEndInTheTrueCount() {
        EventView event = fixture.openEvent();
        List<RoomClient> voters = new ArrayList<>();
        try (RoomClient ama = connect(fixture.attendee(event, "Ama"))) {
            long id = QaSteps.ask(ama, "Will the slides be shared?", false);
            for (int i = 0; i < 8; i++) {
                voters.add(connect(fixture.attendee(event, "Voter " + i)));
            }
            List<String> refs = voters.stream().map(voter -> voter.send("qa.vote", "\"id\":" + id)).toList();
            for (int i = 0; i < voters.size(); i++) {
                assertThat(RoomClient.kind(voters.get(i).answer(refs.get(i)))).isEqualTo("ack");
            }

            // each count is taken under the question's lock, so the last frame in the log carries all eight
            ama.await(frame -> ama.logged("qa.votes").size() == 8);
            assertThat(ama.logged("qa.votes")).extracting(frame -> frame.path("data").path("votes").asInt())
                    .containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        } finally {
            voters.forEach(RoomClient::close);
        }
    }

    @Test
    void withPremoderationAQuestionReachesOnlyStaffUntilApproved() {
        EventView event = fixture.openEvent();
        rooms.setQaPremoderated(event.id().value(), true);
        RoomDoor askerDoor = fixture.attendee(event, "Ama");
        RoomDoor otherDoor = fixture.attendee(event, "Juan");
        try (RoomClient host = connect(fixture.host(event));
             RoomClient ama = connect(askerDoor);
             RoomClient juan = connect(otherDoor)) {

            JsonNode asked = QaSteps.ok(ama, "qa.ask", "\"text\":\"May I ask about funding?\"");
            long id = asked.path("id").asLong();
            assertThat(asked.path("question").path("state").asString()).isEqualTo("PENDING");
            assertThat(QaSteps.question(host, id).path("state").asString()).isEqualTo("PENDING");
            // the pending question's number reaches everyone as a bare skip, so nobody sees a gap
            juan.await(frame -> frame.path("seq").asLong() == asked.path("seq").asLong());
            assertThat(juan.logged("qa.question")).isEmpty();
            assertThat(QaSteps.refusal(juan, "qa.vote", "\"id\":" + id).path("code").asString())
                    .isEqualTo("room.qa.error.noSuchQuestion");

            try (RoomClient juanLate = connect(otherDoor); RoomClient amaLate = connect(askerDoor)) {
                assertThat(juanLate.awaitKind("snapshot").path("data").path("qa").path("questions")).isEmpty();
                JsonNode own = amaLate.awaitKind("snapshot").path("data").path("qa");
                assertThat(own.path("questions")).singleElement().satisfies(question ->
                        assertThat(question.path("state").asString()).isEqualTo("PENDING"));
                assertThat(own.path("asked")).extracting(JsonNode::asLong).containsExactly(id);
            }

            QaSteps.ok(host, "qa.approve", "\"id\":" + id);

            JsonNode approved = juan.await(frame -> "qa.question".equals(RoomClient.kind(frame)));
            assertThat(approved.path("data").path("state").asString()).isEqualTo("OPEN");
            assertThat(juan.gaps()).isZero();
            assertThat(ama.gaps()).isZero();
        }
    }

    @Test
    void aModeratorAnswersDismissesAndReopensQuestions() {
        EventView event = fixture.openEvent();
        try (RoomClient host = connect(fixture.host(event));
             RoomClient ama = connect(fixture.attendee(event, "Ama"));
             RoomClient juan = connect(fixture.attendee(event, "Juan"))) {
            long answered = QaSteps.ask(ama, "First question", false);
            long dismissed = QaSteps.ask(ama, "Second question", false);

            QaSteps.ok(host, "qa.answer", "\"id\":" + answered + ",\"live\":true");
            QaSteps.ok(host, "qa.dismiss", "\"id\":" + dismissed);

            juan.await(frame -> frame.path("data").path("id").asLong() == dismissed
                    && frame.path("data").path("gone").asBoolean(false));
            JsonNode answeredView = juan.logged("qa.question").stream()
                    .filter(frame -> frame.path("data").path("id").asLong() == answered).toList().getLast();
            assertThat(answeredView.path("data").path("state").asString()).isEqualTo("ANSWERED");
            assertThat(answeredView.path("data").path("answeredLive").asBoolean()).isTrue();
            assertThat(QaSteps.question(host, dismissed, "DISMISSED").path("author").path("name").asString())
                    .isEqualTo("Ama");
            assertThat(QaSteps.refusal(juan, "qa.vote", "\"id\":" + answered).path("code").asString())
                    .isEqualTo("room.qa.error.notOpen");

            QaSteps.ok(host, "qa.reopen", "\"id\":" + dismissed);
            juan.await(frame -> frame.path("data").path("id").asLong() == dismissed
                    && "OPEN".equals(frame.path("data").path("state").asString("")));
        }
        assertThat(audit.forSubject("event:" + event.id().value())).extracting(Audit.Entry::action)
                .contains("room.qa.answered", "room.qa.dismissed", "room.qa.reopened");
    }

    @Test
    void mergingMovesTheVotesOverAndCountsEachVoterOnce() {
        EventView event = fixture.openEvent();
        try (RoomClient host = connect(fixture.host(event));
             RoomClient ama = connect(fixture.attendee(event, "Ama"));
             RoomClient juan = connect(fixture.attendee(event, "Juan"))) {
            long target = QaSteps.ask(ama, "How is the money spent?", false);
            long duplicate = QaSteps.ask(juan, "Where does the money go?", false);
            QaSteps.ok(ama, "qa.vote", "\"id\":" + target);
            QaSteps.ok(ama, "qa.vote", "\"id\":" + duplicate);
            QaSteps.ok(juan, "qa.vote", "\"id\":" + duplicate);

            QaSteps.ok(host, "qa.merge", "\"id\":" + duplicate + ",\"into\":" + target);

            ama.await(frame -> frame.path("data").path("id").asLong() == duplicate
                    && frame.path("data").path("gone").asBoolean(false));
            JsonNode merged = ama.await(frame -> frame.path("data").path("id").asLong() == target
                    && !frame.path("data").path("merged").isEmpty());
            assertThat(merged.path("data").path("votes").asInt()).isEqualTo(2);
            assertThat(merged.path("data").path("merged").get(0).path("text").asString())
                    .isEqualTo("Where does the money go?");
            assertThat(QaSteps.refusal(host, "qa.merge", "\"id\":" + target + ",\"into\":" + target)
                    .path("code").asString()).isEqualTo("room.qa.error.mergeSelf");
        }
        try (RoomClient late = connect(fixture.attendee(event, "Late"))) {
            JsonNode questions = late.awaitKind("snapshot").path("data").path("qa").path("questions");
            assertThat(questions).singleElement().satisfies(question -> {
                assertThat(question.path("votes").asInt()).isEqualTo(2);
                assertThat(question.path("merged")).hasSize(1);
            });
        }
    }

    @Test
    void atMostOneQuestionIsPinnedAndAnsweringItUnpinsIt() {
        EventView event = fixture.openEvent();
        try (RoomClient host = connect(fixture.host(event));
             RoomClient ama = connect(fixture.attendee(event, "Ama"))) {
            long first = QaSteps.ask(ama, "First", false);
            long second = QaSteps.ask(ama, "Second", false);

            QaSteps.ok(host, "qa.pin", "\"id\":" + first);
            QaSteps.ok(host, "qa.pin", "\"id\":" + second);

            assertThat(jdbc.sql("SELECT id FROM room_question WHERE pinned_in = :event")
                    .param("event", event.id().value()).query(Long.class).list()).containsExactly(second);
            ama.await(frame -> ama.logged("qa.pin").size() == 2);
            assertThat(ama.logged("qa.pin")).extracting(frame -> frame.path("data").path("id").asLong())
                    .containsExactly(first, second);

            QaSteps.ok(host, "qa.answer", "\"id\":" + second);
            ama.await(frame -> ama.logged("qa.pin").size() == 3);
            assertThat(ama.logged("qa.pin").getLast().path("data").path("id").isNull()).isTrue();
            assertThat(QaSteps.refusal(host, "qa.pin", "\"id\":" + second).path("code").asString())
                    .isEqualTo("room.qa.error.wrongState");
        }
    }

    @Test
    void mutedPeopleCannotAsk() {
        EventView event = fixture.openEvent();
        RoomDoor door = fixture.attendee(event, "Ama");
        participants.setMuted(door.participantId(), true);
        try (RoomClient ama = connect(door)) {
            JsonNode refusal = QaSteps.refusal(ama, "qa.ask", "\"text\":\"Can I ask?\"");
            assertThat(refusal.path("code").asString()).isEqualTo("room.error.muted");
            assertThat(refusal.path("message").asString()).contains("muted");
        }
        assertThat(questionsIn(event)).isZero();
    }

    @Test
    void refusesEmptyOverlongRepeatedAndTooFrequentQuestionsWithATranslatedReason() {
        EventView event = fixture.openEvent();
        try (RoomClient ama = connect(fixture.attendee(event, "Ama"))) {
            JsonNode empty = QaSteps.refusal(ama, "qa.ask", "\"text\":\"   \"");
            JsonNode tooLong = QaSteps.refusal(ama, "qa.ask", "\"text\":\"" + "x".repeat(501) + "\"");
            assertThat(empty.path("code").asString()).isEqualTo("room.qa.error.empty");
            assertThat(tooLong.path("message").asString()).contains("500");
            assertThat(questionsIn(event)).isZero();

            QaSteps.ask(ama, "One", false);
            assertThat(QaSteps.refusal(ama, "qa.ask", "\"text\":\"  ONE \"").path("code").asString())
                    .isEqualTo("room.qa.error.repeated");
            QaSteps.ask(ama, "Two", false);
            QaSteps.ask(ama, "Three", false);
            assertThat(QaSteps.refusal(ama, "qa.ask", "\"text\":\"Four\"").path("code").asString())
                    .isEqualTo("room.qa.error.tooFast");
            assertThat(questionsIn(event)).isEqualTo(3);
        }
    }

    @Test
    void onlyStaffModerateAndAModeratorsDeletionIsAudited() {
        EventView event = fixture.openEvent();
        try (RoomClient host = connect(fixture.host(event));
             RoomClient ama = connect(fixture.attendee(event, "Ama"));
             RoomClient juan = connect(fixture.attendee(event, "Juan"))) {
            long id = QaSteps.ask(ama, "Rude question", false);

            for (String command : List.of("qa.approve", "qa.answer", "qa.dismiss", "qa.pin", "qa.merge")) {
                assertThat(QaSteps.refusal(juan, command, "\"id\":" + id).path("code").asString())
                        .isEqualTo("room.error.notAllowed");
            }
            assertThat(QaSteps.refusal(juan, "qa.delete", "\"id\":" + id).path("code").asString())
                    .isEqualTo("room.error.notAllowed");

            QaSteps.ok(host, "qa.delete", "\"id\":" + id);

            juan.await(frame -> frame.path("data").path("gone").asBoolean(false));
            assertThat(QaSteps.refusal(host, "qa.answer", "\"id\":" + id).path("code").asString())
                    .isEqualTo("room.qa.error.noSuchQuestion");
        }
        assertThat(audit.forSubject("event:" + event.id().value()))
                .anySatisfy(entry -> {
                    assertThat(entry.action()).isEqualTo("room.qa.deleted");
                    assertThat(entry.detail()).contains("Rude question");
                });
    }

    private int questionsIn(EventView event) {
        return jdbc.sql("SELECT COUNT(*) FROM room_question WHERE event_id = :event")
                .param("event", event.id().value()).query(Long.class).single().intValue();
    }

    private RoomClient connect(RoomDoor door) {
        RoomClient client = RoomClient.connect(port, door.pass(), 0);
        client.awaitKind("snapshot");
        return client;
    }
}
