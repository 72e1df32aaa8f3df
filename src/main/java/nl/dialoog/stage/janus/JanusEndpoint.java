package nl.dialoog.stage.janus;

import java.net.URI;

/**
 * Where Janus listens and the secrets Dialoog uses there.
 *
 * @param api         the Janus API of the HTTP transport, e.g. {@code http://127.0.0.1:8088/janus}
 * @param admin       the Admin API, e.g. {@code http://127.0.0.1:7088/admin}
 * @param apiSecret   sent as {@code apisecret} on every Janus API request
 * @param adminSecret sent as {@code admin_secret} on every Admin API request
 * @param adminKey    the VideoRoom {@code admin_key}, needed to create rooms
 */
public record JanusEndpoint(URI api, URI admin, String apiSecret, String adminSecret, String adminKey) {

    public JanusEndpoint {
        api = withoutTrailingSlash(api);
        admin = withoutTrailingSlash(admin);
    }

    private static URI withoutTrailingSlash(URI uri) {
        String text = uri.toString();
        return text.endsWith("/") ? URI.create(text.replaceAll("/+$", "")) : uri;
    }
}
