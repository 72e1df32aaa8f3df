package nl.dialoog.shared;

import org.springframework.validation.DefaultMessageCodesResolver;
import org.springframework.validation.MessageCodesResolver;

/**
 * Spring's own error codes (NotBlank, Size, typeMismatch…) look up "shared.validation.&lt;code&gt;" keys, so one
 * translated text serves every form. A module's own code is already a full key (e.g. event.error.url) and is used
 * as it is.
 */
class ValidationMessageCodes implements MessageCodesResolver {

    private final DefaultMessageCodesResolver builtIn = new DefaultMessageCodesResolver();

    ValidationMessageCodes() {
        builtIn.setPrefix("shared.validation.");
    }

    @Override
    public String[] resolveMessageCodes(String errorCode, String objectName) {
        return isKey(errorCode) ? new String[] {errorCode} : builtIn.resolveMessageCodes(errorCode, objectName);
    }

    @Override
    public String[] resolveMessageCodes(String errorCode, String objectName, String field, Class<?> fieldType) {
        return isKey(errorCode) ? new String[] {errorCode}
                : builtIn.resolveMessageCodes(errorCode, objectName, field, fieldType);
    }

    private static boolean isKey(String errorCode) {
        return errorCode.contains(".");
    }
}
