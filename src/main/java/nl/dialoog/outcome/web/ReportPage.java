package nl.dialoog.outcome.web;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.EnumSet;
import nl.dialoog.account.AccountView;
import nl.dialoog.account.Accounts;
import nl.dialoog.event.EditableEvent;
import nl.dialoog.event.EventId;
import nl.dialoog.event.EventView;
import nl.dialoog.outcome.Outcomes;
import nl.dialoog.outcome.ReportEdits;
import nl.dialoog.outcome.ReportPart;
import nl.dialoog.outcome.ReportState;
import nl.dialoog.outcome.ReportVisibility;
import nl.dialoog.shared.DomainError;
import nl.dialoog.shared.SharedSettings;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The organisers' results page: build the report, follow the build, write a summary, choose parts, publish. */
@Controller
class ReportPage {

    static final List<String> STEPS = List.of("reading", "transcript", "attendance", "polls", "opinions", "themes");

    private final Outcomes outcomes;
    private final Accounts accounts;
    private final SharedSettings settings;

    ReportPage(Outcomes outcomes, Accounts accounts, SharedSettings settings) {
        this.outcomes = outcomes;
        this.accounts = accounts;
        this.settings = settings;
    }

    @GetMapping("/organiser/events/{id}/report")
    String page(EditableEvent editable, Model model, Locale locale) {
        AccountView account = editable.organiser();
        EventView event = editable.event();
        ReportState state = outcomes.state(event.id(), account);
        var title = event.title().resolve(event.languageFor(locale.getLanguage()), event.defaultLanguage());
        model.addAttribute("eventId", editable.id().value());
        model.addAttribute("eventTitle", title.text());
        model.addAttribute("eventTitleLanguage", title.language());
        model.addAttribute("state", state);
        model.addAttribute("steps", STEPS);
        model.addAttribute("parts", List.of(ReportPart.values()));
        model.addAttribute("visibilities", List.of(ReportVisibility.values()));
        model.addAttribute("languages", event.languages());
        model.addAttribute("defaultLanguage", event.defaultLanguage());
        Map<String, String> names = new LinkedHashMap<>();
        event.languages().forEach(language -> names.put(language, Locale.of(language).getDisplayLanguage(locale)));
        model.addAttribute("languageNames", names);
        model.addAttribute("base", "/organiser/events/" + editable.id().value() + "/report");
        model.addAttribute("tables", Outcomes.csvTables());
        model.addAttribute("view", state.isBuilt()
                ? outcomes.view(new Outcomes.Readable(event, state), locale) : null);
        model.addAttribute("builtAt", state.builtAt() == null ? ""
                : nl.dialoog.shared.Times.moment(state.builtAt(), event.zone(), locale));
        model.addAttribute("publicUrl", state.visibility() == ReportVisibility.PUBLIC
                ? settings.baseUrl() + "/events/" + event.slug() + "/results" : null);
        return "outcome/report";
    }

    @PostMapping("/organiser/events/{id}/report/build")
    String build(@PathVariable long id, Principal principal) {
        outcomes.startBuild(new EventId(id), accounts.signedIn(principal));
        return "redirect:/organiser/events/" + id + "/report";
    }

    @PostMapping("/organiser/events/{id}/report/edit")
    String edit(@PathVariable long id, @RequestParam MultiValueMap<String, String> form,
                @RequestParam(name = "parts", required = false) List<String> parts, Principal principal,
                RedirectAttributes redirect) {
        Map<String, String> summary = new LinkedHashMap<>();
        Map<String, String> notes = new LinkedHashMap<>();
        for (String name : form.keySet()) {
            if (name.startsWith("summary_")) {
                summary.put(name.substring(8), form.getFirst(name));
            } else if (name.startsWith("notes_")) {
                notes.put(name.substring(6), form.getFirst(name));
            }
        }
        Set<ReportPart> chosen = EnumSet.noneOf(ReportPart.class);
        if (parts != null) {
            for (String part : parts) {
                try {
                    chosen.add(ReportPart.valueOf(part));
                } catch (IllegalArgumentException unknown) {
                    throw new DomainError("outcome.edit.unknownPart");
                }
            }
        }
        outcomes.edit(new EventId(id), new ReportEdits(summary, notes, chosen),
                accounts.signedIn(principal));
        redirect.addFlashAttribute("saved", true);
        return "redirect:/organiser/events/" + id + "/report";
    }

    @PostMapping("/organiser/events/{id}/report/publish")
    String publish(@PathVariable long id, @RequestParam String visibility,
                   @RequestParam(defaultValue = "false") boolean mail, Principal principal,
                   RedirectAttributes redirect) {
        ReportVisibility chosen;
        try {
            chosen = ReportVisibility.valueOf(visibility);
        } catch (IllegalArgumentException unknown) {
            throw new DomainError("outcome.publish.unknown");
        }
        outcomes.publish(new EventId(id), chosen, mail, accounts.signedIn(principal))
                .ifPresent(token -> redirect.addFlashAttribute("newLink", settings.baseUrl() + "/results/" + token));
        if (mail) {
            redirect.addFlashAttribute("mailed", true);
        }
        return "redirect:/organiser/events/" + id + "/report";
    }

    @GetMapping("/organiser/events/{id}/report.{format:pdf|md|json}")
    ResponseEntity<byte[]> export(@PathVariable long id, @PathVariable String format, Principal principal,
                                  Locale locale) {
        return Downloads.export(outcomes, outcomes.forOrganisers(new EventId(id), accounts.signedIn(principal)),
                format, locale);
    }

    @GetMapping("/organiser/events/{id}/report/{table}.csv")
    ResponseEntity<byte[]> csv(@PathVariable long id, @PathVariable String table, Principal principal) {
        return Downloads.csv(outcomes, outcomes.forOrganisers(new EventId(id), accounts.signedIn(principal)), table);
    }
}
