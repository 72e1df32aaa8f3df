package nl.dialoog.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The invite form. The role is text so that a forged value is a field error, not a conversion failure. */
record InvitationForm(
        @NotBlank(message = "{account.invite.email.required}")
        @Email(message = "{account.invite.email.invalid}")
        @Size(max = 320, message = "{account.invite.email.tooLong}")
        String email,
        @Pattern(regexp = "ADMIN|ORGANISER", message = "{account.invite.role.required}")
        String role) {

    InvitationForm {
        email = Forms.strip(email);
        role = Forms.strip(role);
    }

    static InvitationForm empty() {
        return new InvitationForm("", Role.ORGANISER.name());
    }
}
