package nl.dialoog.stage.web;

import java.nio.file.Path;
import java.security.Principal;
import nl.dialoog.account.Accounts;
import nl.dialoog.event.EventId;
import nl.dialoog.stage.Stage;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The event's recording for its organisers: played on the replay page (Spring answers Range requests for a
 * returned resource, so the player can seek without downloading everything) or downloaded. Another organisation's
 * event is not found; a recording that is not ready yet is not found either.
 */
@Controller
class RecordingDownload {

    private final Stage stage;
    private final Accounts accounts;

    RecordingDownload(Stage stage, Accounts accounts) {
        this.stage = stage;
        this.accounts = accounts;
    }

    @GetMapping("/organiser/events/{id}/stage/recording")
    ResponseEntity<Resource> recording(@PathVariable long id, @RequestParam(defaultValue = "false") boolean download,
                                       Principal principal) {
        Path file = stage.recordingFile(new EventId(id), accounts.signedIn(principal)).orElse(null);
        if (file == null) {
            return ResponseEntity.notFound().build();
        }
        String name = "event-" + id + "-recording" + (file.toString().endsWith(".mp4") ? ".mp4" : ".webm");
        ContentDisposition disposition = (download ? ContentDisposition.attachment() : ContentDisposition.inline())
                .filename(name).build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.toString().endsWith(".mp4") ? "video/mp4" : "video/webm"))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-cache")
                .body(new FileSystemResource(file));
    }
}
