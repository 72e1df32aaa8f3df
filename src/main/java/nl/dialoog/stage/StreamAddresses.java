package nl.dialoog.stage;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an organiser's stream address into what the room may load: only https, only the address forms YouTube and
 * Vimeo document for watching and embedding (so the room never frames an arbitrary site), or an HLS playlist
 * ({@code .m3u8}). YouTube plays from youtube-nocookie.com and Vimeo with {@code dnt=1}: no tracking cookies
 * before a visitor presses play.
 */
final class StreamAddresses {

    static final int MAX_LENGTH = 500;

    private static final Pattern YOUTUBE_ID = Pattern.compile("[A-Za-z0-9_-]{11}");
    private static final Pattern YOUTUBE_PATH = Pattern.compile("/(?:embed|live|shorts)/([A-Za-z0-9_-]{11})/?");
    private static final Pattern VIMEO_VIDEO = Pattern.compile("/(?:video/)?(\\d{1,12})/?");
    private static final Pattern VIMEO_EVENT = Pattern.compile("/event/(\\d{1,12})(?:/embed)?/?");

    private StreamAddresses() {
    }

    /** The stream, or {@link StageRefused} naming field {@code address} and why. */
    static ExternalStream parse(String text) {
        String address = text.strip();
        if (address.length() > MAX_LENGTH) {
            throw refused("stage.stream.tooLong");
        }
        URI uri;
        try {
            uri = new URI(address);
        } catch (URISyntaxException notAnAddress) {
            throw refused("stage.stream.invalid");
        }
        if (uri.getScheme() == null || uri.getHost() == null) {
            throw refused("stage.stream.invalid");
        }
        if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getUserInfo() != null || uri.getPort() != -1) {
            throw refused("stage.stream.https");
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        String path = uri.getPath() == null ? "" : uri.getPath();
        return youtube(uri, host, path)
                .or(() -> vimeo(uri, host, path))
                .or(() -> hls(uri, path))
                .orElseThrow(() -> refused("stage.stream.unknown"));
    }

    private static Optional<ExternalStream> youtube(URI uri, String host, String path) {
        String id = null;
        if (host.equals("youtu.be")) {
            id = path.replaceFirst("^/", "").replaceFirst("/$", "");
        } else if (host.equals("youtube.com") || host.equals("www.youtube.com") || host.equals("m.youtube.com")
                || host.equals("www.youtube-nocookie.com")) {
            Matcher matcher = YOUTUBE_PATH.matcher(path);
            if (matcher.matches()) {
                id = matcher.group(1);
            } else if (path.equals("/watch")) {
                id = query(uri).get("v");
            }
        } else {
            return Optional.empty();
        }
        if (id == null || !YOUTUBE_ID.matcher(id).matches()) {
            throw refused("stage.stream.youtube");
        }
        return Optional.of(new ExternalStream(uri, ExternalStream.Kind.YOUTUBE,
                URI.create("https://www.youtube-nocookie.com/embed/" + id)));
    }

    private static Optional<ExternalStream> vimeo(URI uri, String host, String path) {
        if (host.equals("vimeo.com") || host.equals("www.vimeo.com")) {
            Matcher event = VIMEO_EVENT.matcher(path);
            if (event.matches()) {
                return Optional.of(new ExternalStream(uri, ExternalStream.Kind.VIMEO,
                        URI.create("https://vimeo.com/event/" + event.group(1) + "/embed?dnt=1")));
            }
        } else if (!host.equals("player.vimeo.com")) {
            return Optional.empty();
        }
        Matcher video = VIMEO_VIDEO.matcher(path);
        if (!video.matches() || host.equals("player.vimeo.com") && !path.startsWith("/video/")) {
            throw refused("stage.stream.vimeo");
        }
        return Optional.of(new ExternalStream(uri, ExternalStream.Kind.VIMEO,
                URI.create("https://player.vimeo.com/video/" + video.group(1) + "?dnt=1")));
    }

    private static Optional<ExternalStream> hls(URI uri, String path) {
        if (!path.toLowerCase(Locale.ROOT).endsWith(".m3u8")) {
            return Optional.empty();
        }
        return Optional.of(new ExternalStream(uri, ExternalStream.Kind.HLS, uri));
    }

    private static Map<String, String> query(URI uri) {
        if (uri.getRawQuery() == null) {
            return Map.of();
        }
        var values = new java.util.HashMap<String, String>();
        for (String pair : uri.getRawQuery().split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                values.putIfAbsent(pair.substring(0, equals), pair.substring(equals + 1));
            }
        }
        return values;
    }

    private static StageRefused refused(String code) {
        return new StageRefused("address", code);
    }
}
