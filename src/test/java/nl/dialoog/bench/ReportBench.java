package nl.dialoog.bench;

import java.util.ArrayList;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.dialoog.outcome.Outcomes;
import nl.dialoog.outcome.Report;
import nl.dialoog.outcome.ReportSteps;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The full report of a large session (issue 9, "Performance": a 1,000-attendee session with 10,000 messages and
 * 200 statements built in under 5 s, PDF included), run by bench/report-build.sh. Plain Java, no server, no
 * database: the session is synthesised ({@link ReportSession}) as the report builder reads it, then each run
 * composes the report (every step the builder reports, timed apart) and makes every export — Markdown, JSON, every
 * CSV table and the PDF — one after the other on one thread, as the application does for one reader. A fixed
 * number of warm-up and measured runs (bounded, so it always ends); the figures are the median and the maximum of
 * the measured runs' wall times, and the first run's, which is what a freshly started server pays once.
 */
public final class ReportBench {

    private ReportBench() {
    }

    public static void main(String[] args) throws Exception {
        int warmup = Integer.getInteger("warmup", 3);
        int runs = Integer.getInteger("runs", 5);
        int attendees = Integer.getInteger("attendees", 1000);
        int messages = Integer.getInteger("messages", 10_000);
        int statements = Integer.getInteger("statements", 200);
        boolean shaped = Boolean.getBoolean("shaped");
        Locale locale = Locale.forLanguageTag(System.getProperty("locale", "en"));
        System.out.printf("java %s, %d processors, max heap %d MB%n", Runtime.version(),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);

        long made = System.nanoTime();
        ReportSession session = new ReportSession(attendees, messages, statements, shaped, 1);
        System.out.printf("session: %,d attendees (%,d registered), %,d visits, %,d messages, %,d questions,"
                        + " %d polls, %d statements, %,d votes%s; synthesised in %.0f ms%n",
                attendees, session.profiles.size(), session.record.visits().size(), session.record.chat().size(),
                session.record.questions().size(), session.record.polls().size(),
                session.record.statements().size(), session.record.votes().size(),
                shaped ? ", one message in twenty in Arabic" : "", (System.nanoTime() - made) / 1e6);

        ReportSteps steps = new ReportSteps();
        List<Times> measured = new ArrayList<>();
        Times first = null;
        byte[] pdf = null;
        for (int i = 0; i < warmup + runs; i++) {
            Times times = new Times();
            pdf = run(steps, session, locale, times);
            if (i == 0) {
                first = times;
            }
            if (i >= warmup) {
                measured.add(times);
            }
            System.out.printf("run %d%s: total %.0f ms (thread CPU %.0f ms)%n", i + 1, i < warmup ? " (warm-up)" : "",
                    times.steps.get("total")[0], times.steps.get("total")[1]);
        }

        System.out.printf("%n%d warm-up + %d measured runs, in ms (CPU: the measuring thread's CPU time):%n", warmup,
                runs);
        System.out.printf("%-22s %10s %10s %10s %10s%n", "step", "median", "max", "CPU median", "first run");
        for (String step : measured.getFirst().steps.keySet()) {
            double[] wall = measured.stream().mapToDouble(t -> t.steps.get(step)[0]).sorted().toArray();
            double[] cpu = measured.stream().mapToDouble(t -> t.steps.get(step)[1]).sorted().toArray();
            System.out.printf("%-22s %10.0f %10.0f %10.0f %10.0f%n", step, wall[wall.length / 2],
                    wall[wall.length - 1], cpu[cpu.length / 2], first.steps.get(step)[0]);
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            System.out.printf("PDF: %,d bytes, %d pages%n", pdf.length, document.getNumberOfPages());
        }
        double[] totals = measured.stream().mapToDouble(Times::total).sorted().toArray();
        double median = totals[totals.length / 2];
        System.out.printf("goal, full report with every export < 5000 ms: median %.0f ms -> %s%n", median,
                median < 5000 ? "MET" : "MISSED");
    }

    /** One build with every export; fills {@code times} step by step and returns the PDF. */
    private static byte[] run(ReportSteps steps, ReportSession session, Locale locale, Times times) {
        times.start();
        Report report = ReportSteps.compose(session.event, session.record, session.profiles,
                times::begin);
        times.begin(null);
        times.put("compose", times.sinceStart());

        Outcomes.Readable readable = ReportSteps.readable(session.event, report);
        String markdown = steps.markdown(readable, locale);
        times.end("markdown");
        byte[] json = steps.json(readable);
        times.end("json");
        long csvBytes = 0;
        for (String table : ReportSteps.csvTables()) {
            csvBytes += steps.csv(readable, table).length;
        }
        times.end("csv (all tables)");
        byte[] pdf = steps.pdf(readable, locale);
        times.end("pdf");
        times.put("total", times.sinceStart());
        if (markdown.isEmpty() || json.length == 0 || csvBytes == 0) {
            throw new IllegalStateException("an export came out empty");
        }
        return pdf;
    }

    /**
     * Wall and thread CPU time per step, in milliseconds. Everything runs on the measuring thread, so on a busy
     * machine its CPU time is close to what the wall time would be on a quiet one (the garbage collector's and the
     * JIT compiler's threads excluded).
     */
    private static final class Times {

        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

        final Map<String, double[]> steps = new LinkedHashMap<>();
        private long startWall;
        private long startCpu;
        private long markWall;
        private long markCpu;
        private String pending;

        void start() {
            startWall = markWall = System.nanoTime();
            startCpu = markCpu = THREADS.getCurrentThreadCpuTime();
        }

        /** A step of the builder begins (each names itself as it starts); null: the last one has ended. */
        void begin(String composeStep) {
            long wall = System.nanoTime();
            long cpu = THREADS.getCurrentThreadCpuTime();
            if (pending != null) {
                steps.put("compose: " + pending, new double[] {(wall - markWall) / 1e6, (cpu - markCpu) / 1e6});
            }
            pending = composeStep;
            markWall = wall;
            markCpu = cpu;
        }

        /** The step since the last one ended has ended. */
        void end(String step) {
            long wall = System.nanoTime();
            long cpu = THREADS.getCurrentThreadCpuTime();
            steps.put(step, new double[] {(wall - markWall) / 1e6, (cpu - markCpu) / 1e6});
            markWall = wall;
            markCpu = cpu;
        }

        double[] sinceStart() {
            return new double[] {(System.nanoTime() - startWall) / 1e6,
                (THREADS.getCurrentThreadCpuTime() - startCpu) / 1e6};
        }

        void put(String step, double[] wallAndCpu) {
            steps.put(step, wallAndCpu);
        }

        double total() {
            return steps.get("total")[0];
        }
    }
}
