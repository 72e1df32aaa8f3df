package nl.dialoog.room.poll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.dialoog.room.live.RoomRefusal;
import nl.dialoog.room.protocol.Command;
import nl.dialoog.room.protocol.PollCommand;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class PollDraftTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void readsAQuestionWithItsOptionsTrimmedAndBlankOnesLeftOut() {
        PollDraft draft = PollDraft.read(json("""
                {"question":"  Which theme? ","multiple":true,"options":[" Funding ","", "Evaluation","  "]}"""));

        assertThat(draft.question()).isEqualTo("Which theme?");
        assertThat(draft.multiple()).isTrue();
        assertThat(draft.options()).containsExactly("Funding", "Evaluation");
    }

    @Test
    void isSingleChoiceUnlessSaidOtherwise() {
        assertThat(PollDraft.read(json("{\"question\":\"Q\",\"options\":[\"A\",\"B\"]}")).multiple()).isFalse();
    }

    @Test
    void needsAQuestion() {
        assertRefused("{\"question\":\"  \",\"options\":[\"A\",\"B\"]}", "room.poll.error.noQuestion");
    }

    @Test
    void needsBetweenTwoAndTenOptions() {
        assertRefused("{\"question\":\"Q\",\"options\":[\"A\"]}", "room.poll.error.optionCount");
        assertRefused("{\"question\":\"Q\",\"options\":\"A,B\"}", "room.poll.error.optionCount");
        assertRefused("{\"question\":\"Q\",\"options\":[\"1\",\"2\",\"3\",\"4\",\"5\",\"6\",\"7\",\"8\",\"9\",\"10\","
                + "\"11\"]}", "room.poll.error.optionCount");
        assertThat(PollDraft.read(json("{\"question\":\"Q\",\"options\":[\"1\",\"2\",\"3\",\"4\",\"5\",\"6\",\"7\","
                + "\"8\",\"9\",\"10\"]}")).options()).hasSize(10);
    }

    @Test
    void refusesTheSameOptionTwiceWhateverItsCase() {
        assertRefused("{\"question\":\"Q\",\"options\":[\"Yes\",\"no\",\" YES \"]}", "room.poll.error.sameOption");
    }

    @Test
    void refusesOverlongTexts() {
        assertRefused("{\"question\":\"" + "q".repeat(301) + "\",\"options\":[\"A\",\"B\"]}",
                "room.poll.error.questionTooLong");
        assertRefused("{\"question\":\"Q\",\"options\":[\"A\",\"" + "b".repeat(201) + "\"]}",
                "room.poll.error.optionTooLong");
    }

    @Test
    void refusesOptionsThatAreNotText() {
        assertRefused("{\"question\":\"Q\",\"options\":[1,2]}", "room.poll.error.optionCount");
    }

    private static void assertRefused(String body, String code) {
        assertThatThrownBy(() -> PollDraft.read(json(body)))
                .isInstanceOf(RoomRefusal.class)
                .extracting(refusal -> ((RoomRefusal) refusal).messageKey())
                .isEqualTo(code);
    }

    private static PollCommand.Create json(String text) {
        return Command.reader(JSON, PollCommand.Create.class).readValue(text);
    }
}
