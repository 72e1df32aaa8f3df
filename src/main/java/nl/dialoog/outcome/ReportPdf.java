package nl.dialoog.outcome;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The report as PDF, from the same templates as its page (outcome/document.html, strict XHTML) through
 * openhtmltopdf. The PDF fonts know only Latin-1; where Debian's DejaVu fonts are installed they are embedded, so
 * contributions in other scripts print too.
 */
@Component
class ReportPdf {

    private static final List<String> FONTS = List.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
            "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf");

    private final ITemplateEngine templates;

    ReportPdf(ITemplateEngine templates) {
        this.templates = templates;
        // openhtmltopdf logs every step of every document to the console; a failure throws anyway
        XRLog.setLoggingEnabled(false);
    }

    String html(ReportView view, Locale locale) {
        Context context = new Context(locale);
        context.setVariable("view", view);
        context.setVariable("pdf", true);
        return templates.process("outcome/document", context);
    }

    byte[] pdf(ReportView view, Locale locale) {
        String html = html(view, locale);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            File regular = new File(FONTS.get(0));
            if (regular.canRead()) {
                builder.useFont(regular, "DejaVu Sans", 400, PdfRendererBuilder.FontStyle.NORMAL, true);
                File bold = new File(FONTS.get(1));
                if (bold.canRead()) {
                    builder.useFont(bold, "DejaVu Sans", 700, PdfRendererBuilder.FontStyle.NORMAL, true);
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
}
