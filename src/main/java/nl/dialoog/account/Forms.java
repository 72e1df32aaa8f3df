package nl.dialoog.account;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * How this module's forms report errors. Each constraint names its message key ({account.…}) and each error is
 * recorded with that key as its only code, so the page shows exactly that message, translated. Codes derived by the
 * site's message codes resolver (e.g. a generic "shared.validation.NotBlank") cannot take its place.
 */
final class Forms {

    private Forms() {
    }

    /**
     * Validates a bound form record and adds a field error per broken constraint, in the order of the record's
     * fields (the validator's order is random), so the error summary reads like the form.
     */
    static void check(Validator validator, Record form, BindingResult errors) {
        List<String> fields = Arrays.stream(form.getClass().getRecordComponents()).map(RecordComponent::getName)
                .toList();
        List<ConstraintViolation<Record>> violations = validator.validate(form).stream()
                .sorted(Comparator.comparingInt(violation -> fields.indexOf(violation.getPropertyPath().toString())))
                .toList();
        for (ConstraintViolation<Record> violation : violations) {
            String template = violation.getMessageTemplate();
            reject(errors, violation.getPropertyPath().toString(),
                    template.startsWith("{") && template.endsWith("}") ? template.substring(1, template.length() - 1)
                            : template);
        }
    }

    static void reject(BindingResult errors, String field, String messageKey) {
        errors.addError(new FieldError(errors.getObjectName(), field, errors.getFieldValue(field), false,
                new String[] {messageKey}, null, null));
    }

    /** Form text without surrounding blanks; null (a missing field) becomes empty. */
    static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
