package nl.dialoog.mail;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/** Test mails that never collide: the suite shares one database and never assumes an empty outbox. */
final class Mails {

    static final String INVITE = "text/calendar; method=REQUEST; charset=UTF-8";

    private Mails() {
    }

    static String address() {
        return "m-" + UUID.randomUUID() + "@dialoog.test";
    }

    static OutgoingMail to(String address, Long eventId) {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        return new OutgoingMail(address, "Ada Lovelace", "organisers@dialoog.test",
                new MailContent("Your registration " + marker, "Hello Ada, you are registered. " + marker,
                        "<!DOCTYPE html><html lang=\"en\"><head><title>Your registration " + marker
                                + "</title></head><body><main><p>Hello <b>Ada</b>, you are registered. " + marker
                                + "</p></main></body></html>"),
                "en", List.of(new Attachment("invite.ics", INVITE, ("BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\n"
                        + "END:VCALENDAR\r\n").getBytes(StandardCharsets.UTF_8))),
                "test:" + marker, eventId);
    }
}
