package nl.dialoog.account;

import jakarta.validation.Validator;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An administrator adds an organisation. */
@Controller
@RequestMapping("/admin/organisations/new")
class NewOrganisationPage {

    private static final String VIEW = "account/organisation-new";

    private final Organisations organisations;
    private final Validator validator;

    NewOrganisationPage(Organisations organisations, Validator validator) {
        this.organisations = organisations;
        this.validator = validator;
    }

    @GetMapping
    String show(Model model) {
        model.addAttribute("form", OrganisationForm.empty());
        return VIEW;
    }

    @PostMapping
    String create(@ModelAttribute("form") OrganisationForm form, BindingResult errors,
                  RedirectAttributes redirect) {
        Forms.check(validator, form, errors);
        if (!errors.hasFieldErrors("name") && organisations.findByName(form.name()).isPresent()) {
            Forms.reject(errors, "name", "account.organisation.name.taken");
        }
        if (errors.hasErrors()) {
            return VIEW;
        }
        organisations.create(form.name(), form.website());
        redirect.addFlashAttribute("organisationCreated", form.name());
        return "redirect:/admin";
    }
}
