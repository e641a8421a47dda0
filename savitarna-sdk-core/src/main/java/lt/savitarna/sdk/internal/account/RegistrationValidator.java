package lt.savitarna.sdk.internal.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import lt.savitarna.sdk.account.Registration;
import lt.savitarna.sdk.error.ErrorCodes;
import lt.savitarna.sdk.error.FieldError;
import lt.savitarna.sdk.internal.i18n.FieldMessages;

/** Checks a registration against the portal's policies before anything is sent. */
final class RegistrationValidator {

    static final String CONSENT_FIELD = "consents.privacyPolicyAndRules";

    /** {@code local@domain.tld}: no spaces, one {@code @}, a dotted domain without empty labels. */
    private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@.]+(\\.[^\\s@.]+)+");

    private RegistrationValidator() {
    }

    /** Every problem of the registration, each naming its field; empty when it is valid. */
    static List<FieldError> validate(Registration registration, char[] password, Locale locale) {
        List<FieldError> errors = new ArrayList<>();
        name(errors, "firstName", registration.firstName(), locale);
        name(errors, "lastName", registration.lastName(), locale);
        email(errors, registration.email(), locale);
        password(errors, password, locale);
        if (!registration.privacyPolicyAndRulesAccepted()) {
            errors.add(error(CONSENT_FIELD, ErrorCodes.CONSENT_REQUIRED, locale));
        }
        return errors;
    }

    /** Login needs an email and a password; their policies are the server's business there. */
    static List<FieldError> validateLogin(String email, char[] password, Locale locale) {
        List<FieldError> errors = new ArrayList<>();
        if (email == null || email.isBlank()) {
            errors.add(error("email", ErrorCodes.FIELD_REQUIRED, locale));
        }
        if (password == null || password.length == 0) {
            errors.add(error("password", ErrorCodes.FIELD_REQUIRED, locale));
        }
        return errors;
    }

    /** A name as sent: trimmed. */
    static String trimmed(String value) {
        return value == null ? null : value.strip();
    }

    private static void name(List<FieldError> errors, String field, String value, Locale locale) {
        String v = trimmed(value);
        if (v == null || v.isEmpty()) {
            errors.add(error(field, ErrorCodes.FIELD_REQUIRED, locale));
        } else if (v.codePointCount(0, v.length()) > AccountPolicies.NAME_MAX) {
            errors.add(error(field, ErrorCodes.FIELD_TOO_LONG, locale));
        }
    }

    private static void email(List<FieldError> errors, String value, Locale locale) {
        String v = trimmed(value);
        if (v == null || v.isEmpty()) {
            errors.add(error("email", ErrorCodes.FIELD_REQUIRED, locale));
        } else if (v.length() > AccountPolicies.EMAIL_MAX) {
            errors.add(error("email", ErrorCodes.FIELD_TOO_LONG, locale));
        } else if (!EMAIL.matcher(v).matches()) {
            errors.add(error("email", ErrorCodes.FIELD_INVALID_EMAIL, locale));
        }
    }

    private static void password(List<FieldError> errors, char[] password, Locale locale) {
        if (password == null || password.length == 0) {
            errors.add(error("password", ErrorCodes.FIELD_REQUIRED, locale));
            return;
        }
        int length = Character.codePointCount(password, 0, password.length);
        boolean letter = false;
        boolean digit = false;
        for (char c : password) {
            letter |= Character.isLetter(c);
            digit |= Character.isDigit(c);
        }
        if (length < AccountPolicies.PASSWORD_MIN || length > AccountPolicies.PASSWORD_MAX || !letter || !digit) {
            errors.add(error("password", ErrorCodes.PASSWORD_POLICY_VIOLATION, locale));
        }
    }

    private static FieldError error(String field, String code, Locale locale) {
        return new FieldError(field, code, FieldMessages.describe(locale, field, code).orElse(code));
    }
}
