package nl.dialoog.room.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The room's scripts and the server speak one protocol: every frame kind a script handles is one the server
 * defines ({@link Frame}), every kind the server defines is handled by a script, and the same for the commands the
 * scripts send and the server accepts ({@link Command}, {@link SocketMessage}). The scripts are read as text: a
 * kind is handled where it is compared with {@code frame.kind} or is a {@code case} label (the scripts' only
 * switches are on frame kinds); a command is sent where it is the first argument of {@code send}, or of the
 * panels' helpers around it ({@code act}, {@code decide}); a socket message where it is a {@code type}.
 */
class RoomScriptsProtocolTests {

    private static final List<Path> FOLDERS = List.of(Path.of("src/main/resources/static/js/room"),
            Path.of("src/main/resources/static/js/stage"));

    /**
     * A stage script speaks the room's protocol when it is a room feature (it imports from the room's scripts); the
     * others speak Janus's, whose {@code kind} and {@code type} words are not the room's.
     */
    private static boolean speaksRoomProtocol(Path script, String text) {
        return script.getParent().endsWith("room") || text.contains("from '../room/");
    }

    /**
     * Kinds the server sends that no script needs to name. A {@code skip} is applied by its number alone (the
     * connection only notes that the number was seen); {@code refused} and {@code garbled} answer a command posted
     * without a valid pass or as broken JSON, which the page treats, as every answer but {@code ack}, as a failure.
     */
    private static final Set<String> UNNAMED_BY_SCRIPTS = Set.of("skip", "refused", "garbled");

    private static final Pattern KIND = Pattern.compile("\\bkind\\s*[!=]==?\\s*'([^']+)'|\\bcase\\s+'([^']+)'\\s*:");
    private static final Pattern COMMAND = Pattern.compile(
            "\\b(?:send|act|decide)\\(\\s*(?:[\\w.!]+\\s*\\?\\s*)?'([\\w.]+)'(?:\\s*:\\s*'([\\w.]+)')?");
    private static final Pattern SOCKET_MESSAGE = Pattern.compile("\\btype:\\s*'([\\w.]+)'|\"type\":\"([\\w.]+)\"");

    @Test
    void theScriptsHandleOnlyFrameKindsTheServerDefines() throws IOException {
        assertThat(found(KIND)).as("kinds the scripts handle").isNotEmpty().isSubsetOf(Frame.kinds());
    }

    @Test
    void everyFrameKindTheServerDefinesIsHandledByAScript() throws IOException {
        Set<String> unhandled = new TreeSet<>(Frame.kinds());
        unhandled.removeAll(found(KIND));
        assertThat(unhandled).as("kinds the server defines but no script handles").isEqualTo(UNNAMED_BY_SCRIPTS);
    }

    @Test
    void theScriptsSendOnlyCommandsTheServerAcceptsAndTheServerAcceptsOnlyCommandsTheySend() throws IOException {
        Set<String> accepted = Command.types().stream().map(Command::typeOf)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(found(COMMAND)).as("commands the scripts send").isEqualTo(accepted);
    }

    @Test
    void theScriptsSayHelloResumeAndPingAsTheSocketExpects() throws IOException {
        Set<String> expected = Stream.of(SocketMessage.class.getPermittedSubclasses())
                .map(type -> SocketMessage.typeOf(type.asSubclass(SocketMessage.class)))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(found(SOCKET_MESSAGE)).as("socket messages the scripts send").isEqualTo(expected);
    }

    @Test
    void eachKindAndEachCommandIsNamedByOneTypeOnly() {
        Set<String> kinds = new TreeSet<>();
        Deque<Class<?>> types = new ArrayDeque<>(List.of(Frame.class));
        while (!types.isEmpty()) {
            Class<?> type = types.pop();
            JsonTypeName name = type.getAnnotation(JsonTypeName.class);
            assertThat(name == null || kinds.add(name.value())).as("a second type names " + name).isTrue();
            if (type.isSealed()) {
                types.addAll(List.of(type.getPermittedSubclasses()));
            }
        }
        Set<String> commands = new TreeSet<>();
        for (Class<? extends Command> type : Command.types()) {
            assertThat(commands.add(Command.typeOf(type))).as("a second record names " + type).isTrue();
        }
    }

    /** Every name the pattern captures, in every script. */
    private static Set<String> found(Pattern pattern) throws IOException {
        Set<String> names = new TreeSet<>();
        for (Path folder : FOLDERS) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> scripts = Files.list(folder)) {
                for (Path script : scripts.filter(path -> path.toString().endsWith(".js")).toList()) {
                    String text = Files.readString(script);
                    if (!speaksRoomProtocol(script, text)) {
                        continue;
                    }
                    Matcher matcher = pattern.matcher(text);
                    while (matcher.find()) {
                        for (int group = 1; group <= matcher.groupCount(); group++) {
                            if (matcher.group(group) != null) {
                                names.add(matcher.group(group));
                            }
                        }
                    }
                }
            }
        }
        return names;
    }
}
