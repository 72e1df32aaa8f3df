package nl.dialoog.registration.web;

import java.util.Locale;
import nl.dialoog.event.EventCatalog;
import nl.dialoog.event.EventView;
import nl.dialoog.registration.RegistrationNotFound;
import nl.dialoog.registration.RegistrationView;
import nl.dialoog.registration.Registrations;
import nl.dialoog.registration.privacy.RegistrationPrivacy;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * A participant's data from their manage link: download it as JSON, or erase it after a confirmation page. The
 * erasure is a POST (with the CSRF token), so neither a link preview nor a prefetch can erase anything.
 */
@Controller
class PrivacyController {

    private final Registrations registrations;
    private final RegistrationPrivacy privacy;
    private final EventCatalog catalog;
    private final JsonMapper json;

    PrivacyController(Registrations registrations, RegistrationPrivacy privacy, EventCatalog catalog,
                      JsonMapper json) {
        this.registrations = registrations;
        this.privacy = privacy;
        this.catalog = catalog;
        this.json = json;
    }

    @GetMapping("/registrations/{token}/data.json")
    ResponseEntity<byte[]> download(@PathVariable String token) {
        byte[] body = json.writerWithDefaultPrettyPrinter().writeValueAsBytes(privacy.data(token));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("my-registration.json").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }

    @GetMapping("/registrations/{token}/erase")
    String confirm(@PathVariable String token, Model model, Locale locale) {
        RegistrationView registration = registrations.byManageToken(token);
        EventView event = catalog.find(registration.eventId()).orElseThrow(RegistrationNotFound::new);
        model.addAttribute("token", token);
        model.addAttribute("event", RegisterController.summary(event, locale));
        return "registration/erase";
    }

    @PostMapping("/registrations/{token}/erase")
    String erase(@PathVariable String token) {
        privacy.erase(token);
        return "registration/erased";
    }
}
