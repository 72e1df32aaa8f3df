package nl.dialoog.stage.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves Janus's own browser library and the WebRTC adapter it needs from the Debian packages
 * ({@code libjs-janus-gateway}, {@code libjs-webrtc-adapter}) under {@code /vendor/}, so the client always matches
 * the installed Janus and nothing is copied into this repository. Where a package is missing its path answers 404
 * and the room's stage says it cannot start.
 */
@Configuration(proxyBeanMethods = false)
class JanusClientFiles implements WebMvcConfigurer {

    static final Path JANUS = Path.of("/usr/share/javascript/janus-gateway/");
    static final Path ADAPTER = Path.of("/usr/share/javascript/webrtc-adapter/");

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        serve(registry, "/vendor/janus/", JANUS);
        serve(registry, "/vendor/webrtc-adapter/", ADAPTER);
    }

    private static void serve(ResourceHandlerRegistry registry, String path, Path folder) {
        if (Files.isDirectory(folder)) {
            // only the plain scripts: the folders also hold source maps and pre-compressed copies
            registry.addResourceHandler(path + "*.js").addResourceLocations(folder.toUri().toString())
                    .setCacheControl(CacheControl.maxAge(Duration.ofHours(1)));
        }
    }
}
