package nl.dialoog.room.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * A command reads as its record whatever the client sent: a field left out, or of a kind that does not fit, reads
 * as empty, so the handler refuses it with its own message and nothing escapes as an exception.
 */
class CommandReadingTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void readsAFieldLeftOutAsEmptyAndKeepsStatedDefaults() {
        assertThat(read("{\"type\":\"chat.post\"}", ChatCommand.Post.class)).isEqualTo(new ChatCommand.Post("", 0));
        assertThat(read("{}", QaCommand.Vote.class).up()).isTrue();
        assertThat(read("{\"id\":null}", QaCommand.Delete.class).id()).isZero();
    }

    @Test
    void readsAFieldOfTheWrongKindAsLeftOut() {
        assertThat(read("{\"id\":\"nope\",\"text\":\"x\"}", ChatCommand.Delete.class).id()).isZero();
        assertThat(read("{\"text\":{\"a\":[1]},\"replyTo\":[1,2]}", ChatCommand.Post.class))
                .isEqualTo(new ChatCommand.Post("", 0));
        assertThat(read("{\"id\":{\"x\":1},\"up\":\"maybe\"}", QaCommand.Vote.class))
                .isEqualTo(new QaCommand.Vote(0, true));
        assertThat(read("{\"anonymous\":{},\"text\":\"Why?\"}", QaCommand.Ask.class))
                .isEqualTo(new QaCommand.Ask("Why?", false));
    }

    @Test
    void readsNumbersAndTextsAsTheClientMeantThem() {
        assertThat(read("{\"id\":\"12\",\"into\":3.0}", QaCommand.Merge.class)).isEqualTo(new QaCommand.Merge(12, 3));
        assertThat(read("{\"text\":42}", StatementCommand.Submit.class).text()).isEqualTo("42");
    }

    @Test
    void readsAHelloWithAnUnreadableNumberAsAskingForASnapshot() {
        SocketMessage.Hello hello = SocketMessage.reader(JSON, SocketMessage.Hello.class)
                .readValue("{\"type\":\"hello\",\"pass\":\"p\",\"since\":\"abc\"}");

        assertThat(hello).isEqualTo(new SocketMessage.Hello("p", 0, ""));
    }

    private static <C extends Command> C read(String json, Class<C> type) {
        return Command.reader(JSON, type).readValue(json);
    }
}
