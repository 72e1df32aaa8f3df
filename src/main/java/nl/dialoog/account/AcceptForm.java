package nl.dialoog.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The form that turns an invitation into an account. Passwords are kept exactly as typed, blanks included. */
record AcceptForm(
        @NotBlank(message = "{account.accept.displayName.required}")
        @Size(max = 200, message = "{account.accept.displayName.tooLong}")
        String displayName,
        @Size(min = Passwords.MIN_LENGTH, message = "{account.accept.password.tooShort}")
        String password,
        String confirmation) {

    AcceptForm {
        displayName = Forms.strip(displayName);
        password = password == null ? "" : password;
        confirmation = confirmation == null ? "" : confirmation;
    }

    static AcceptForm empty() {
        return new AcceptForm("", "", "");
    }
}
