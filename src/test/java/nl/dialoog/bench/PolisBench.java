package nl.dialoog.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import nl.dialoog.outcome.analysis.Polis;
import nl.dialoog.outcome.analysis.PolisResult;
import nl.dialoog.outcome.analysis.PolisVote;

/**
 * The Pol.is analysis on synthetic conversations (issue 9, "Performance"), run by bench/polis-analysis.sh:
 * <ol>
 * <li>one analysis of 2,000 participants × 200 statements (goal: under 1 s);</li>
 * <li>the live opinion map for 5,000 participants × 100 statements, re-analysed every 5 s (goal: under 10 % of one
 * core, that is under 500 ms of CPU per analysis).</li>
 * </ol>
 * Each case runs a fixed number of warm-up and measured analyses (bounded, so the run always ends); the figures are
 * wall time and the CPU time of the analysing thread (median and maximum), and the whole process's CPU time per
 * analysis (garbage collector and JIT compiler included). Goal 1 is judged on wall time, goal 2 on the process's
 * CPU time: on a busy machine wall time includes the wait for a core, which is not a cost of the analysis.
 */
public final class PolisBench {

    private PolisBench() {
    }

    public static void main(String[] args) {
        int warmup = Integer.getInteger("warmup", 5);
        int runs = Integer.getInteger("runs", 10);
        System.out.printf("java %s, %d processors%n", Runtime.version(), Runtime.getRuntime().availableProcessors());
        double[] report = measure("report: 2,000 participants x 200 statements", conversation(2000, 200, 1), warmup,
                runs);
        double[] live = measure("live map: 5,000 participants x 100 statements", conversation(5000, 100, 2), warmup,
                runs);
        System.out.printf("goal 1, analysis < 1000 ms: wall median %.0f ms -> %s%n", report[0],
                report[0] < 1000 ? "MET" : "MISSED");
        double share = 100 * live[1] / 5000;
        System.out.printf("goal 2, live map every 5 s < 10 %% of a core: %.0f ms process CPU / 5000 ms = %.1f %% -> %s%n",
                live[1], share, share < 10 ? "MET" : "MISSED");
    }

    /** Runs the analysis; prints the figures; returns {wall median, process CPU per analysis} in milliseconds. */
    private static double[] measure(String name, List<PolisVote> votes, int warmup, int runs) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        PolisResult last = null;
        for (int i = 0; i < warmup; i++) {
            last = Polis.analyse(votes);
        }
        double[] wall = new double[runs];
        double[] cpu = new double[runs];
        var process = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long processStart = process.getProcessCpuTime();
        for (int i = 0; i < runs; i++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            last = Polis.analyse(votes);
            wall[i] = (System.nanoTime() - start) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
        }
        double processPerRun = (process.getProcessCpuTime() - processStart) / 1e6 / runs;
        Arrays.sort(wall);
        Arrays.sort(cpu);
        System.out.printf("%s: %,d votes, %d in the conversation, %d groups; %d warm-up + %d runs;"
                + " wall median %.0f ms (max %.0f), thread CPU median %.0f ms (max %.0f), process CPU %.0f ms per analysis%n",
                name, votes.size(), last.inConversation().size(), last.groups().size(), warmup, runs, wall[runs / 2],
                wall[runs - 1], cpu[runs / 2], cpu[runs - 1], processPerRun);
        return new double[] {wall[runs / 2], processPerRun};
    }

    /**
     * Participants from three camps of different sizes; each statement has an agree chance per camp; each
     * participant saw a random 30–100 % of the statements and passes on one in eight of those. Fixed seed.
     */
    static List<PolisVote> conversation(int participants, int statements, long seed) {
        Random random = new Random(seed);
        double[][] agree = new double[3][statements];
        for (double[] camp : agree) {
            for (int s = 0; s < statements; s++) {
                camp[s] = random.nextDouble();
            }
        }
        List<PolisVote> votes = new ArrayList<>();
        for (int p = 0; p < participants; p++) {
            int camp = p % 10 < 5 ? 0 : p % 10 < 8 ? 1 : 2;
            double seen = 0.3 + 0.7 * random.nextDouble();
            for (int s = 0; s < statements; s++) {
                if (random.nextDouble() >= seen) {
                    continue;
                }
                int vote = random.nextInt(8) == 0 ? 0 : random.nextDouble() < agree[camp][s] ? 1 : -1;
                votes.add(new PolisVote(p, s, vote));
            }
        }
        return votes;
    }
}
