package nl.dialoog.room.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Frames keep the JSON shape the room's log already holds and the scripts read: a field that was left out before
 * (a reply, a card, votes not yet revealed) is still left out, and one that was null is still null.
 */
class FrameShapeTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aMessageWithoutReplyOrCardLeavesThemOut() {
        var posted = new ChatFrame.Posted(7, new Author(3, "Ama", "ATTENDEE", null), "Hello", "2026-12-07T10:00:00Z",
                null);

        assertThat(JSON.writeValueAsString(posted)).isEqualTo("""
                {"id":7,"author":{"id":3,"name":"Ama","role":"ATTENDEE"},"text":"Hello",\
                "at":"2026-12-07T10:00:00Z"}""");
    }

    @Test
    void aCardShowsOrganisationAndCountryBesideTheName() {
        var author = new Author(3, "Ama", "ATTENDEE", new Author.Card("Oxfam", null));

        assertThat(JSON.writeValueAsString(author)).isEqualTo("""
                {"id":3,"name":"Ama","role":"ATTENDEE","organisation":"Oxfam","country":null}""");
    }

    @Test
    void anAnonymousQuestionSaysItsAuthorIsNull() {
        var question = new QaFrame.Question(5, "Why?", "2026-12-07T10:00:00Z", "OPEN", false, 2, true, null, List.of());

        assertThat(JSON.writeValueAsString(question)).contains("\"anonymous\":true,\"author\":null,\"merged\":[]");
    }

    @Test
    void votesPerOptionAreLeftOutUntilTheReaderMaySeeThem() {
        var hidden = new PollFrame.Tally(4, 12, null);
        var option = new PollFrame.Option(9, "Yes", null);

        assertThat(JSON.writeValueAsString(hidden)).isEqualTo("{\"id\":4,\"ballots\":12}");
        assertThat(JSON.writeValueAsString(option)).isEqualTo("{\"id\":9,\"label\":\"Yes\"}");
    }

    @Test
    void aRemovalByAModeratorGivesNoReason() {
        assertThat(JSON.writeValueAsString(new YouFrame.Removed(null))).isEqualTo("{}");
        assertThat(JSON.writeValueAsString(new YouFrame.Removed("erased"))).isEqualTo("{\"reason\":\"erased\"}");
    }

    @Test
    void aKindWithSeveralShapesIsNamedByItsInterface() {
        assertThat(Frame.kindOf(QaFrame.Gone.class)).isEqualTo("qa.question");
        assertThat(Frame.kindOf(QaFrame.Question.class)).isEqualTo("qa.question");
        assertThat(Frame.kindOf(StatementFrame.Withdrawn.class)).isEqualTo("statement");
        assertThat(JSON.writeValueAsString(new QaFrame.Gone(5))).isEqualTo("{\"id\":5,\"gone\":true}");
    }

    @Test
    void aSnapshotPutsEachFeaturesPartBesideTheConnectionsOwnFields() {
        SnapshotParts parts = new SnapshotParts();
        parts.chat(List.of());
        parts.polls(new PollFrame.Snapshot(List.of(), java.util.Map.of(), "2026-12-07T10:00:00Z"));
        var snapshot = SessionFrame.Snapshot.of(12, new SessionFrame.You(3, "Ama", "ATTENDEE", false, false),
                new ModerationFrame.Settings(true, 0, false, false), 4, parts);

        assertThat(JSON.writeValueAsString(snapshot)).isEqualTo("""
                {"seq":12,"you":{"id":3,"name":"Ama","role":"ATTENDEE","muted":false,"handRaised":false},\
                "room":{"chatEnabled":true,"slowModeSeconds":0,"qaPremoderated":false,"statementsPremoderated":false},\
                "presence":4,"chat":[],"qa":null,"polls":{"polls":[],"mine":{},"now":"2026-12-07T10:00:00Z"},"statements":null,"opinionMap":null,\
                "moderation":null,"onstage":null}""");
    }

    @Test
    void anAcknowledgementCarriesItsReplyAsFields() {
        assertThat(JSON.writeValueAsString(new SessionFrame.Ack("r1", new Reply.Upvoted(5, true, 3))))
                .isEqualTo("{\"ref\":\"r1\",\"result\":{\"id\":5,\"voted\":true,\"votes\":3}}");
        assertThat(JSON.writeValueAsString(new SessionFrame.Ack("r2", null)))
                .isEqualTo("{\"ref\":\"r2\",\"result\":null}");
    }
}
