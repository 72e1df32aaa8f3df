package nl.dialoog.room.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.dialoog.event.DemoEventLoaded;
import nl.dialoog.event.EventCatalog;
import nl.dialoog.event.EventView;
import nl.dialoog.registration.DemoRegistrationsLoaded;
import nl.dialoog.registration.RegistrantProfile;
import nl.dialoog.registration.RegistrationStatus;
import nl.dialoog.registration.Registrations;
import nl.dialoog.room.RoomRecord;
import nl.dialoog.room.RoomRole;
import nl.dialoog.room.Rooms;
import nl.dialoog.shared.Audit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** With the demo on, the scenario's 2017 edition comes with a whole recorded session, once. */
@SpringBootTest(properties = "dialoog.event.demo=on")
class DemoSessionTests {

    static final String SLUG_2017 = "changing-roles-of-csos-and-partners-2017";

    @Autowired
    EventCatalog catalog;

    @Autowired
    Registrations registrations;

    @Autowired
    Rooms rooms;

    @Autowired
    RoomDemo demo;

    @Autowired
    Audit audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationEventPublisher events;

    @Test
    void gives150RegistrationsFromManyCountriesMostlyConfirmedAndNoneReachable() {
        EventView webinar = recorded();

        List<RegistrantProfile> profiles = registrations.profiles(webinar.id());

        assertThat(profiles).hasSize(150);
        Map<RegistrationStatus, Long> statuses = profiles.stream()
                .collect(Collectors.groupingBy(RegistrantProfile::status, Collectors.counting()));
        assertThat(statuses).containsEntry(RegistrationStatus.CONFIRMED, 140L)
                .containsEntry(RegistrationStatus.CANCELLED, 6L).containsEntry(RegistrationStatus.WAITLISTED, 4L);
        assertThat(profiles).extracting(RegistrantProfile::country).contains("KE", "UG", "GH", "NG", "ZA", "ET",
                "BD", "IN", "NP", "ID", "PH", "BO", "CO", "GT", "PE", "BR", "NL", "BE", "GB");
        assertThat(profiles.stream().map(RegistrantProfile::organisationType).distinct()).hasSize(7);
        assertThat(profiles).extracting(RegistrantProfile::registeredAt)
                .allSatisfy(at -> assertThat(at).isBefore(Instant.parse("2017-11-09T10:00:00Z")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM registration WHERE event_id = :e AND email NOT LIKE '%@demo.invalid'")
                .param("e", webinar.id().value()).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE recipient LIKE '%@demo.invalid'")
                .query(Long.class).single()).as("no mail for invented people").isZero();
    }

    @Test
    void recordsAbout110PeopleWithStaffAndVisitsWithinTheWebinar() {
        RoomRecord record = rooms.record(recorded().id());

        Map<RoomRole, Long> roles = record.people().stream()
                .collect(Collectors.groupingBy(RoomRecord.Person::role, Collectors.counting()));
        assertThat(roles).containsEntry(RoomRole.HOST, 1L).containsEntry(RoomRole.MODERATOR, 2L)
                .containsEntry(RoomRole.PANELIST, 4L);
        assertThat(roles.get(RoomRole.ATTENDEE)).isBetween(95L, 125L);
        assertThat(record.people()).filteredOn(p -> p.role() == RoomRole.ATTENDEE)
                .allSatisfy(p -> assertThat(p.registrationId()).isNotNull());
        assertThat(record.visits().stream().map(RoomRecord.Visit::personId).collect(Collectors.toSet()))
                .isEqualTo(record.people().stream().map(RoomRecord.Person::id).collect(Collectors.toSet()));
        Instant opens = DemoSession.at(LocalTime.of(10, 30));
        Instant closes = DemoSession.at(LocalTime.of(13, 15));
        assertThat(record.visits()).allSatisfy(visit -> {
            assertThat(visit.joinedAt()).isAfter(opens);
            assertThat(visit.leftAt()).isAfter(visit.joinedAt()).isBefore(closes);
        });
    }

    @Test
    void recordsChatInFourLanguagesQuestionsWithUpvotesAndThreePolls() {
        RoomRecord record = rooms.record(recorded().id());

        assertThat(record.chat()).hasSizeBetween(220, 280);
        assertThat(record.chat()).filteredOn(message -> message.replyTo() != null).hasSizeGreaterThan(50);
        List<String> bodies = record.chat().stream().map(RoomRecord.Chat::body).toList();
        assertThat(bodies).contains("Bonjour à tous, depuis Ouagadougou.", "Goedemiddag vanuit Utrecht!",
                "Saludos desde La Paz, Bolivia. Gracias por organizar esto.", "Good afternoon from Kisumu, Kenya!");
        assertThat(bodies).as("the deleted spam").noneMatch(body -> body.contains("Make money online"));
        assertThat(record.chat()).extracting(RoomRecord.Chat::at).isSorted();

        assertThat(record.questions()).hasSizeBetween(20, 30);
        assertThat(record.questions()).filteredOn(RoomRecord.Question::answeredLive).hasSize(1);
        assertThat(record.questions()).filteredOn(q -> q.mergedInto() != null).isNotEmpty();
        assertThat(record.questions()).filteredOn(q -> "ANSWERED".equals(q.state())).hasSizeGreaterThan(3);
        assertThat(record.questions().stream().mapToInt(RoomRecord.Question::upvotes).max().orElse(0))
                .isGreaterThan(25);

        assertThat(record.polls()).hasSize(3).allSatisfy(poll -> {
            assertThat(poll.ballots()).isGreaterThan(50);
            assertThat(poll.options().stream().mapToInt(RoomRecord.PollOption::votes).sum())
                    .isGreaterThanOrEqualTo(poll.ballots());
        });
        assertThat(record.polls().getFirst().question())
                .isEqualTo("Do southern partners have a say in your organisation's strategy?");
    }

    @Test
    void recordsStatementsThatSplitTheRoomAndSomeThatEveryoneAgreesWith() {
        RoomRecord record = rooms.record(recorded().id());

        assertThat(record.statements()).hasSizeBetween(18, 25);
        assertThat(record.statements()).filteredOn(RoomRecord.Statement::seeded).hasSizeBetween(8, 15);
        assertThat(record.votes().stream().map(RoomRecord.StatementVote::personId).distinct().count())
                .isGreaterThanOrEqualTo(80);
        Map<Long, String> texts = record.statements().stream()
                .collect(Collectors.toMap(RoomRecord.Statement::id, RoomRecord.Statement::body));
        Map<String, Double> agreement = record.votes().stream().collect(Collectors.groupingBy(
                vote -> texts.get(vote.statementId()), Collectors.averagingDouble(vote -> vote.vote() == 1 ? 1 : 0)));
        assertThat(agreement.get("Southern partners should help set strategy, not only carry out programmes."))
                .isGreaterThan(0.85);
        double direct = agreement.get("Donors should fund southern organisations directly, without a northern "
                + "intermediary.");
        assertThat(direct).as("a divisive statement").isBetween(0.3, 0.7);
        assertThat(record.votes()).allSatisfy(vote -> assertThat(Set.of(-1, 0, 1)).contains(vote.vote()));
    }

    @Test
    void recordsItOnceAndSaysSoInTheAuditTrail() {
        EventView webinar = recorded();
        Function<String, Long> count = table -> jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE event_id = :e")
                .param("e", webinar.id().value()).query(Long.class).single();
        long people = count.apply("room_participant");
        long messages = count.apply("room_chat_message");
        long registered = count.apply("registration");

        transactions.executeWithoutResult(status -> {
            events.publishEvent(new DemoEventLoaded(webinar.id(), false));
            events.publishEvent(new DemoRegistrationsLoaded(webinar.id()));
        });
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("""
                SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL
                AND (listener_id LIKE '%RoomDemo%' OR listener_id LIKE '%RegistrationDemo%')""")
                .query(Long.class).single() == 0);

        Boolean again = transactions.execute(status -> demo.record(new DemoRegistrationsLoaded(webinar.id())));
        assertThat(again).isFalse();
        assertThat(count.apply("room_participant")).isEqualTo(people);
        assertThat(count.apply("room_chat_message")).isEqualTo(messages);
        assertThat(count.apply("registration")).isEqualTo(registered);
        assertThat(audit.forSubject("event:" + webinar.id().value())).extracting(Audit.Entry::action)
                .containsOnlyOnce("registration.demo.loaded", "room.demo.recorded");
        assertThat(webinar.summary().in("en")).contains("Demo data");
    }

    /** The 2017 edition, once its session is written (the demo loads at start, its parts after that). */
    private EventView recorded() {
        await().atMost(Duration.ofSeconds(60)).until(() -> catalog.findPublished(SLUG_2017)
                .map(event -> !rooms.record(event.id()).votes().isEmpty()).orElse(false));
        return catalog.findPublished(SLUG_2017).orElseThrow();
    }
}
