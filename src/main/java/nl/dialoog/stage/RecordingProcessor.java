package nl.dialoog.stage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns the .mjr files Janus wrote for an event (one per publisher and track) into one playable file: each track
 * through {@code janus-pp-rec}, then {@code ffmpeg} puts the largest video track together with the audio of
 * everyone (mixed when several spoke). Every step is an external process with a time limit, run by
 * {@link RecordingJob} on its own thread, never in a request.
 */
final class RecordingProcessor {

    /** The playable file and its length. */
    record Result(Path file, long bytes, long durationMs) {
    }

    /** A step failed; the message says which and what the tool printed last. */
    static final class Failed extends Exception {
        Failed(String message) {
            super(message);
        }
    }

    private final Duration timeout;
    private final JsonMapper json;

    RecordingProcessor(Duration timeout, JsonMapper json) {
        this.timeout = timeout;
        this.json = json;
    }

    /** Processes {@code folder}/raw into {@code folder}/recording.webm (or .mp4 for H.264 video). */
    Result process(Path folder) throws Failed, IOException {
        Path raw = folder.resolve("raw");
        Path work = folder.resolve("work");
        Files.createDirectories(work);
        List<Path> audio = new ArrayList<>();
        List<Path> video = new ArrayList<>();
        boolean h264 = false;
        for (Path mjr : tracks(raw)) {
            JsonNode header = header(mjr);
            String kind = header.path("t").asString("");
            String codec = header.path("c").asString("");
            String name = mjr.getFileName().toString().replace(".mjr", "");
            if ("a".equals(kind) && "opus".equals(codec)) {
                audio.add(run(work, "janus-pp-rec", mjr.toString(), work.resolve(name + ".opus").toString()));
            } else if ("v".equals(kind) && ("vp8".equals(codec) || "vp9".equals(codec) || "h264".equals(codec))) {
                h264 |= "h264".equals(codec);
                String extension = "h264".equals(codec) ? ".mp4" : ".webm";
                video.add(run(work, "janus-pp-rec", mjr.toString(), work.resolve(name + extension).toString()));
            }
        }
        if (audio.isEmpty() && video.isEmpty()) {
            throw new Failed("no audio or video was recorded");
        }
        // one picture: the track with the most in it (the panel's main camera over a short screen share)
        Path picture = video.stream().max(Comparator.comparingLong(RecordingProcessor::size)).orElse(null);
        Path target = folder.resolve(h264 && picture != null && picture.toString().endsWith(".mp4")
                ? "recording.mp4" : "recording.webm");
        List<String> ffmpeg = new ArrayList<>(List.of("ffmpeg", "-nostdin", "-v", "error", "-y"));
        if (picture != null) {
            ffmpeg.addAll(List.of("-i", picture.toString()));
        }
        audio.forEach(track -> ffmpeg.addAll(List.of("-i", track.toString())));
        int first = picture == null ? 0 : 1;
        if (picture != null) {
            ffmpeg.addAll(List.of("-map", "0:v", "-c:v", "copy"));
        }
        if (audio.size() == 1) {
            ffmpeg.addAll(List.of("-map", first + ":a", "-c:a", "copy"));
        } else if (audio.size() > 1) {
            StringBuilder mix = new StringBuilder();
            for (int i = 0; i < audio.size(); i++) {
                mix.append('[').append(first + i).append(":a]");
            }
            mix.append("amix=inputs=").append(audio.size()).append(":duration=longest[a]");
            ffmpeg.addAll(List.of("-filter_complex", mix.toString(), "-map", "[a]", "-c:a", "libopus"));
        }
        ffmpeg.add(target.toString());
        run(work, ffmpeg.toArray(String[]::new));
        return new Result(target, Files.size(target), durationMs(work, target));
    }

    private static List<Path> tracks(Path raw) throws IOException, Failed {
        if (!Files.isDirectory(raw)) {
            throw new Failed("no recording folder " + raw);
        }
        try (Stream<Path> files = Files.list(raw)) {
            // a file of only its header (8 bytes and a little JSON) holds no media: a track that never started
            return files.filter(p -> p.toString().endsWith(".mjr")).filter(p -> size(p) > 64).sorted().toList();
        }
    }

    private JsonNode header(Path mjr) throws IOException, Failed {
        Path out = mjr.resolveSibling("../work/" + mjr.getFileName() + ".json").normalize();
        exec(mjr.getParent().resolveSibling("work"), out, "janus-pp-rec", "-j", mjr.toString());
        String text = Files.readString(out, StandardCharsets.UTF_8).trim();
        int start = text.indexOf('{');
        if (start < 0) {
            throw new Failed("janus-pp-rec gave no header for " + mjr.getFileName());
        }
        return json.readTree(text.substring(start, text.lastIndexOf('}') + 1));
    }

    private long durationMs(Path work, Path file) throws IOException, Failed {
        Path out = work.resolve("duration.txt");
        exec(work, out, "ffprobe", "-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0",
                file.toString());
        try {
            return Math.round(Double.parseDouble(Files.readString(out).trim()) * 1000);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Runs a tool whose last argument is the file it writes; returns that file. */
    private Path run(Path work, String... command) throws IOException, Failed {
        exec(work, work.resolve("step.log"), command);
        Path written = Path.of(command[command.length - 1]);
        if (!Files.isRegularFile(written) || size(written) == 0) {
            throw new Failed(command[0] + " wrote nothing to " + written.getFileName() + ": " + tail(work.resolve("step.log")));
        }
        return written;
    }

    private void exec(Path work, Path output, String... command) throws IOException, Failed {
        Process process = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(output.toFile()).start();
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new Failed(command[0] + " took longer than " + timeout.toSeconds() + " s and was stopped");
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new Failed(command[0] + " was interrupted");
        }
        if (process.exitValue() != 0) {
            throw new Failed(command[0] + " failed (exit " + process.exitValue() + "): " + tail(output));
        }
    }

    private static String tail(Path log) {
        try {
            String text = Files.readString(log, StandardCharsets.UTF_8).strip();
            return text.length() > 400 ? "…" + text.substring(text.length() - 400) : text;
        } catch (IOException e) {
            return "";
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
