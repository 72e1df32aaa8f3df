package nl.dialoog.registration.desk;

/** An invite code for an invite-only event; {@code used} once someone registered with it. */
public record InviteView(String code, String email, String name, boolean used) {
}
