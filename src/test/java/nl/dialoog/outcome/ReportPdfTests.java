package nl.dialoog.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.dialoog.event.EventId;
import nl.dialoog.event.EventStatus;
import nl.dialoog.event.EventView;
import nl.dialoog.event.LocalizedText;
import nl.dialoog.room.RoomRecord;
import nl.dialoog.room.RoomRole;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The PDF prints every contribution whatever its script: accented Latin through the embedded font as it is, and a
 * report with text that needs shaping (Arabic) through the font's glyph substitutions. No Spring context: the
 * report is composed from a room's record as the builder does.
 */
class ReportPdfTests {

    private static final Instant START = Instant.parse("2026-11-12T13:00:00Z");
    private static final String ACCENTS = "Café in Tromsø: el año pasado, señora Müller";
    private static final String ARABIC = "يجب أن يذهب التمويل مباشرة إلى المنظمات المحلية";

    private final ReportSteps steps = new ReportSteps();

    @Test
    void accentedLatinAndMarkupCharactersPrintAsWritten() throws Exception {
        Report report = report(ACCENTS, "R&D <budgets> \"direct\", s'il vous plaît");

        String text = pdfText(report);

        assertThat(text).contains(ACCENTS).contains("R&D <budgets> \"direct\", s'il vous plaît").contains("m1")
                .contains("m2");
    }

    @Test
    void arabicPrintsBesideLatinInTheTranscript() throws Exception {
        Report report = report(ACCENTS, ARABIC);

        String text = pdfText(report);

        assertThat(text).contains(ACCENTS);
        // the text extractor may give right-to-left words in either order: look for each word
        for (String word : ARABIC.split(" ")) {
            assertThat(text).containsAnyOf(word, new StringBuilder(word).reverse().toString());
        }
    }

    @Test
    void onlyScriptsThatJoinOrFormConjunctsNeedShaping() {
        assertThat(ComplexScripts.in(ACCENTS + " Ελληνικά, русский, 中文, 日本語")).isFalse();
        assertThat(ComplexScripts.in(ARABIC)).isTrue();
        assertThat(ComplexScripts.in("नमस्ते")).isTrue();
        assertThat(ComplexScripts.in((String) null)).isFalse();
    }

    @Test
    void aReportIsShapedWhenAnyContributionNeedsIt() {
        EventView event = event();

        assertThat(ComplexScripts.inReport(view(event, report(ACCENTS, "Hello")))).isFalse();
        assertThat(ComplexScripts.inReport(view(event, report(ACCENTS, ARABIC)))).isTrue();
    }

    private String pdfText(Report report) throws Exception {
        byte[] pdf = steps.pdf(ReportSteps.readable(event(), report), Locale.ENGLISH);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private ReportView view(EventView event, Report report) {
        return steps.view(ReportSteps.readable(event, report), Locale.ENGLISH);
    }

    /** Two attendees in a room, each saying one thing. */
    private static Report report(String first, String second) {
        List<RoomRecord.Person> people = List.of(
                new RoomRecord.Person(1, null, RoomRole.ATTENDEE, "One", "", "NL"),
                new RoomRecord.Person(2, null, RoomRole.ATTENDEE, "Two", "", "MA"));
        List<RoomRecord.Visit> visits = List.of(new RoomRecord.Visit(1, START, START.plusSeconds(3600)),
                new RoomRecord.Visit(2, START, START.plusSeconds(3600)));
        List<RoomRecord.Chat> chat = List.of(new RoomRecord.Chat(1, 1, null, first, START.plusSeconds(60)),
                new RoomRecord.Chat(2, 2, null, second, START.plusSeconds(120)));
        RoomRecord record = new RoomRecord(1, people, visits, chat, List.of(), List.of(), List.of(), List.of());
        return ReportSteps.compose(event(), record, List.of(), step -> { });
    }

    private static EventView event() {
        return new EventView(new EventId(1), 1, "scripts", EventStatus.PUBLISHED, "en", List.of("en"),
                ZoneId.of("Europe/Amsterdam"), START, START.plusSeconds(7200),
                new LocalizedText(Map.of("en", "Scripts")), LocalizedText.EMPTY, LocalizedText.EMPTY,
                LocalizedText.EMPTY, 0, 1, List.of(), List.of(), List.of());
    }
}
