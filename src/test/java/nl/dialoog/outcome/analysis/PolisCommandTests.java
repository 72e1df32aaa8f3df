package nl.dialoog.outcome.analysis;

import static nl.dialoog.outcome.analysis.PolisExports.BREXIT;
import static nl.dialoog.outcome.analysis.PolisExports.LONDON;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code bin/analyse-polis DIR} and the class behind it, on Pol.is's open-data format. */
class PolisCommandTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @ParameterizedTest
    @ValueSource(strings = {BREXIT, LONDON})
    void printsOneJsonDocumentWithEveryVoterTheGroupsAndTheConsensus(String conversation) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        PolisCommand.run(PolisExports.folder(conversation), new PrintStream(out, true, StandardCharsets.UTF_8));

        JsonNode json = JSON.readTree(out.toString(StandardCharsets.UTF_8));
        Set<String> voters = new HashSet<>();
        List<List<String>> votes = PolisExports.csv(conversation, "votes.csv");
        int voter = votes.getFirst().indexOf("voter-id");
        votes.subList(1, votes.size()).forEach(row -> voters.add(row.get(voter)));
        assertThat(json.get("participants").propertyNames()).containsExactlyInAnyOrderElementsOf(voters);
        int groups = json.get("groups").size();
        assertThat(groups).isBetween(2, 5);
        int grouped = 0;
        for (JsonNode group : json.get("participants")) {
            if (!group.isNull()) {
                assertThat(group.asInt()).isBetween(0, groups - 1);
                grouped++;
            }
        }
        int members = 0;
        Set<Long> comments = PolisExports.comments(conversation).keySet();
        for (JsonNode group : json.get("groups")) {
            members += group.get("members").asInt();
            for (JsonNode r : group.get("representative")) {
                assertThat(comments).contains(r.get("comment").asLong());
                assertThat(r.get("direction").asString()).isIn("agree", "disagree");
            }
        }
        assertThat(members).isEqualTo(grouped);
        assertThat(json.get("consensus").get("agree")).isNotEmpty()
                .allSatisfy(id -> assertThat(comments).contains(id.asLong()));
        assertThat(json.get("consensus").get("disagree").isArray()).isTrue();
        assertThat(json.get("millis").asLong()).isNotNegative();
    }

    @Test
    void theScriptPrintsOnlyTheJsonOnStandardOutput() throws Exception {
        ProcessBuilder script = new ProcessBuilder("bin/analyse-polis", PolisExports.folder(LONDON).toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        // The test's own classpath: the classes are built already, and no second Maven may run in this build.
        script.environment().put("DIALOOG_CLASSPATH", System.getProperty("java.class.path"));
        Process process = script.start();
        byte[] stdout = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        JsonNode json = JSON.readTree(new String(stdout, StandardCharsets.UTF_8));

        assertThat(process.exitValue()).isZero();
        PolisResult expected = Polis.analyse(PolisExports.votes(LONDON));
        assertThat(json.get("participants").size()).isEqualTo(expected.participants().size());
        assertThat(json.get("groups").size()).isEqualTo(expected.groups().size());
        assertThat(json.get("participants").get("1").asInt()).isEqualTo(expected.groupOf().get(1L));
    }

    @Test
    void readsQuotedFieldsWithCommasLineBreaksAndDoubledQuotes() throws IOException {
        String csv = "id,text\r\n1,\"a, b\"\r\n2,\"line\nbreak \"\"quoted\"\"\"\n3,plain\n";

        List<List<String>> rows = PolisCsv.read(new StringReader(csv));

        assertThat(rows).containsExactly(List.of("id", "text"), List.of("1", "a, b"),
                List.of("2", "line\nbreak \"quoted\""), List.of("3", "plain"));
    }

    @Test
    void takesEachVotersLatestVoteAndLeavesOutRejectedComments(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("comments.csv"), """
                timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,comment-body
                1,x,1,0,1,0,1,"Kept, with a comma"
                2,x,2,0,0,0,-1,Rejected
                """);
        Files.writeString(dir.resolve("votes.csv"), """
                timestamp,datetime,comment-id,voter-id,vote
                30,x,1,7,1
                10,x,1,7,-1
                20,x,1,8,-1
                25,x,1,8,0
                5,x,2,7,1
                """);

        List<PolisVote> votes = PolisCommand.read(dir);

        assertThat(votes).containsExactlyInAnyOrder(new PolisVote(7, 1, 1), new PolisVote(8, 1, 0));
    }
}
