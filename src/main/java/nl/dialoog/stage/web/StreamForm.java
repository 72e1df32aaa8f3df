package nl.dialoog.stage.web;

import java.security.Principal;
import nl.dialoog.account.Accounts;
import nl.dialoog.event.EventId;
import nl.dialoog.stage.Stage;
import nl.dialoog.stage.StageRefused;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Organisers set the external stream the room shows when no Janus is configured, from the stage box on the room
 * page; the answer (saved, or why not) appears there again.
 */
@Controller
class StreamForm {

    private final Stage stage;
    private final Accounts accounts;

    StreamForm(Stage stage, Accounts accounts) {
        this.stage = stage;
        this.accounts = accounts;
    }

    @PostMapping("/organiser/events/{id}/stage/stream")
    String save(@PathVariable long id, @RequestParam(defaultValue = "") String address, Principal principal,
                RedirectAttributes flash) {
        try {
            var stream = stage.setExternalStream(new EventId(id), address, accounts.signedIn(principal));
            flash.addFlashAttribute("streamSaved", stream.isPresent() ? "stage.stream.saved" : "stage.stream.cleared");
        } catch (StageRefused refused) {
            flash.addFlashAttribute("streamError", refused.messageKey());
            flash.addFlashAttribute("streamAddress", address.length() > 500 ? address.substring(0, 500) : address);
        }
        return "redirect:/organiser/events/" + id + "/room";
    }
}
