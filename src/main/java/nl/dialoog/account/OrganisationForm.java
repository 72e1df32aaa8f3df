package nl.dialoog.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The new-organisation form. The website is optional, but when given it must be an http(s) address. */
record OrganisationForm(
        @NotBlank(message = "{account.organisation.name.required}")
        @Size(max = 200, message = "{account.organisation.name.tooLong}")
        String name,
        @Size(max = 500, message = "{account.organisation.website.tooLong}")
        @Pattern(regexp = "(?i)(https?://[^\\s/?#]+\\S*)?", message = "{account.organisation.website.invalid}")
        String website) {

    OrganisationForm {
        name = Forms.strip(name);
        website = Forms.strip(website);
    }

    static OrganisationForm empty() {
        return new OrganisationForm("", "");
    }
}
