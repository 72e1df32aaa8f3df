package nl.dialoog.event.web;

import java.time.Duration;
import nl.dialoog.event.EventCatalog;
import nl.dialoog.event.HostLogo;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Serves co-hosts' logos from Dialoog itself, so an event page loads no image from another site. The address
 * names the logo's version: each one may be kept by browsers for a year, and an older address leads to the current
 * logo.
 */
@Controller
class LogoController {

    private static final CacheControl FOR_GOOD = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    private final EventCatalog catalog;

    LogoController(EventCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/logos/{hostId}/{version}")
    ResponseEntity<byte[]> logo(@PathVariable long hostId, @PathVariable int version) {
        return catalog.hostLogo(hostId).map(logo -> logo.version() == version ? image(logo) : moved(logo))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).cacheControl(CacheControl.noStore())
                        .build());
    }

    private static ResponseEntity<byte[]> image(HostLogo logo) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(logo.mediaType())).cacheControl(FOR_GOOD)
                .header("X-Content-Type-Options", "nosniff").body(logo.content());
    }

    private static ResponseEntity<byte[]> moved(HostLogo logo) {
        return ResponseEntity.status(HttpStatus.FOUND).cacheControl(CacheControl.noCache())
                .header("Location", "/logos/" + logo.hostId() + "/" + logo.version()).build();
    }
}
