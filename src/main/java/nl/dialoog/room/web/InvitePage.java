package nl.dialoog.room.web;

import java.util.Locale;
import nl.dialoog.room.moderation.RoomInvitations;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The room page for someone invited by a host's personal link, entering with the role the link gives. */
@Controller
class InvitePage {

    private final RoomInvitations invitations;
    private final RoomPage page;

    InvitePage(RoomInvitations invitations, RoomPage page) {
        this.invitations = invitations;
        this.page = page;
    }

    @GetMapping("/room/invite/{token}")
    String invited(@PathVariable String token, @RequestParam(defaultValue = "false") boolean text, Model model,
                   Locale locale) {
        return page.page(invitations.enter(token), text, model, locale);
    }
}
