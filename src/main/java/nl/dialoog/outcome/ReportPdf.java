package nl.dialoog.outcome;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The report as PDF, from the same templates as its page (outcome/document.html, strict XHTML) through
 * openhtmltopdf. The PDF fonts know only Latin-1; where Debian's DejaVu fonts are installed they are embedded, so
 * contributions in other scripts print too.
 *
 * <p>Two things keep a large report fast (bench/report-build.sh: 10,000 messages give a transcript of some 300
 * pages). The transcript appendix is one paragraph per contribution, written by {@link PdfTranscript} rather than
 * the page's nine elements per line through the template engine. And PDFBox runs every string it draws with an
 * embedded font through the font's glyph substitutions (GSUB), which cost a third of the rendering; that is only
 * done for a report with text in a script that needs shaping ({@link ComplexScripts}), where it may matter. For
 * Latin, Greek and Cyrillic text it would only swap in ligatures, which a reader copying text out of the PDF is
 * better off without.
 */
@Component
class ReportPdf {

    private static final List<Path> FONTS = List.of(Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
            Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"));
    private static final String FAMILY = "DejaVu Sans";

    private final ITemplateEngine templates;
    /** The font files' bytes, read once: each document parses its own copy (a parsed font is not thread-safe). */
    private final List<Optional<byte[]>> fonts;

    ReportPdf(ITemplateEngine templates) {
        this.templates = templates;
        this.fonts = FONTS.stream().map(ReportPdf::read).toList();
        // openhtmltopdf logs every step of every document to the console; a failure throws anyway
        XRLog.setLoggingEnabled(false);
    }

    String html(ReportView view, Locale locale) {
        Context context = new Context(locale);
        context.setVariable("view", view);
        context.setVariable("pdf", true);
        context.setVariable("transcriptHtml", PdfTranscript.html(view, locale));
        return templates.process("outcome/document", context);
    }

    byte[] pdf(ReportView view, Locale locale) {
        String html = html(view, locale);
        boolean shaping = ComplexScripts.inReport(view);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePDDocument(document);
            if (fonts.get(0).isPresent()) {
                builder.useFont(font(document, fonts.get(0).get(), shaping), FAMILY, 400,
                        PdfRendererBuilder.FontStyle.NORMAL, true);
                if (fonts.get(1).isPresent()) {
                    builder.useFont(font(document, fonts.get(1).get(), shaping), FAMILY, 700,
                            PdfRendererBuilder.FontStyle.NORMAL, true);
                }
            }
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The font embedded as a subset, with its glyph substitutions only when the report needs them. */
    private static PDFontSupplier font(PDDocument document, byte[] file, boolean shaping) throws IOException {
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(file));
        font.setEnableGsub(shaping);
        return new PDFontSupplier(PDType0Font.load(document, font, true));
    }

    private static Optional<byte[]> read(Path path) {
        try {
            return Files.isReadable(path) ? Optional.of(Files.readAllBytes(path)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
