package lt.savitarna.sdk.testkit.sandbox.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The contract's input policies for names, emails and passwords. */
public final class Policies {

    public static final int NAME_MAX = 100;
    public static final int EMAIL_MAX = 254;
    public static final int PASSWORD_MIN = 10;
    public static final int PASSWORD_MAX = 128;

    // local@domain.tld: no spaces, exactly one '@', a dot-separated domain without empty labels.
    private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@.]+(\\.[^\\s@.]+)+");

    private Policies() {
    }

    /** Validates a required name; returns it trimmed, or {@code null} after recording an error. */
    public static String name(FieldReader fields, String field) {
        String value = fields.requiredString(field).orElse(null);
        if (value == null) {
            return null;
        }
        String trimmed = value.trim();
        if (trimmed.isEmpty()) {
            fields.error(field, "REQUIRED", "must not be blank");
            return null;
        }
        if (trimmed.length() > NAME_MAX) {
            fields.error(field, "TOO_LONG", "must be at most " + NAME_MAX + " characters");
            return null;
        }
        return trimmed;
    }

    /** Validates a required email; returns it, or {@code null} after recording an error. */
    public static String email(FieldReader fields, String field) {
        String value = fields.requiredString(field).orElse(null);
        if (value == null) {
            return null;
        }
        if (value.length() > EMAIL_MAX) {
            fields.error(field, "TOO_LONG", "must be at most " + EMAIL_MAX + " characters");
            return null;
        }
        if (!EMAIL.matcher(value).matches()) {
            fields.error(field, "INVALID_EMAIL", "must be a valid address");
            return null;
        }
        return value;
    }

    /** Every way {@code password} breaks the policy, as errors on the field {@code password}. */
    public static List<FieldError> passwordViolations(String password) {
        List<FieldError> errors = new ArrayList<>();
        if (password.length() < PASSWORD_MIN) {
            errors.add(new FieldError("password", "TOO_SHORT", "must be at least " + PASSWORD_MIN + " characters"));
        }
        if (password.length() > PASSWORD_MAX) {
            errors.add(new FieldError("password", "TOO_LONG", "must be at most " + PASSWORD_MAX + " characters"));
        }
        if (password.chars().noneMatch(Character::isLetter)) {
            errors.add(new FieldError("password", "LETTER_REQUIRED", "must contain a letter"));
        }
        if (password.chars().noneMatch(Character::isDigit)) {
            errors.add(new FieldError("password", "DIGIT_REQUIRED", "must contain a digit"));
        }
        return errors;
    }
}
