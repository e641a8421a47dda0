package lt.savitarna.sdk.internal.workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import lt.savitarna.sdk.error.ErrorCodes;
import lt.savitarna.sdk.error.FieldError;
import lt.savitarna.sdk.error.ValidationException;
import lt.savitarna.sdk.internal.i18n.FieldMessages;
import lt.savitarna.sdk.internal.i18n.Messages;

/**
 * Collects field problems found before sending, each with a sentence in the client's language,
 * and throws them together as one {@link ValidationException}.
 *
 * <pre>{@code
 * FieldChecks checks = new FieldChecks(locale);
 * checks.text("topic", topic, WorkspacePolicies.TOPIC_MAX);
 * checks.throwIfAny();
 * }</pre>
 */
public final class FieldChecks {

    private final Locale locale;
    private final List<FieldError> errors = new ArrayList<>();

    /** Starts with no problems. */
    public FieldChecks(Locale locale) {
        this.locale = locale;
    }

    /** A required text: not blank, at most {@code max} characters (Unicode code points) after trimming. */
    public FieldChecks text(String field, String value, int max) {
        String v = value == null ? null : value.strip();
        if (v == null || v.isEmpty()) {
            add(field, ErrorCodes.FIELD_REQUIRED);
        } else if (v.codePointCount(0, v.length()) > max) {
            add(field, ErrorCodes.FIELD_TOO_LONG);
        }
        return this;
    }

    /** An optional text: at most {@code max} characters when present. */
    public FieldChecks optionalText(String field, String value, int max) {
        if (value != null && value.codePointCount(0, value.length()) > max) {
            add(field, ErrorCodes.FIELD_TOO_LONG);
        }
        return this;
    }

    /** Records a problem with the SDK's general sentence for its code. */
    public FieldChecks add(String field, String code) {
        errors.add(new FieldError(field, code, FieldMessages.describe(locale, field, code).orElse(code)));
        return this;
    }

    /**
     * Records a problem with an exact sentence, e.g. one naming a limit.
     *
     * @param messageKey a message key of the SDK's bundles, given the field's name and {@code args}
     */
    public FieldChecks add(String field, String code, String messageKey, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = FieldMessages.label(locale, field);
        System.arraycopy(args, 0, all, 1, args.length);
        errors.add(new FieldError(field, code, Messages.get(locale, messageKey, all)));
        return this;
    }

    /** Whether a problem was found. */
    public boolean any() {
        return !errors.isEmpty();
    }

    /** Throws the problems found, if any, as one {@link ValidationException}. */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw ValidationException.beforeWire(errors, locale);
        }
    }
}
