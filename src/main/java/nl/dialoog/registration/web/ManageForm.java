package nl.dialoog.registration.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a person may change through the manage link (answers travel as q&lt;id&gt; parameters beside it). */
public record ManageForm(@NotBlank @Size(max = 12) String language, @NotBlank @Size(max = 64) String zone) {
}
