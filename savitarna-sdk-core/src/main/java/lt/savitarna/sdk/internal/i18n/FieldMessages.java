package lt.savitarna.sdk.internal.i18n;

import java.util.Locale;
import java.util.Optional;
import lt.savitarna.sdk.error.FieldError;
import lt.savitarna.sdk.internal.account.AccountPolicies;
import lt.savitarna.sdk.internal.workspace.WorkspacePolicies;

/** Field names and field-level validation messages for people. */
public final class FieldMessages {

    private FieldMessages() {
    }

    /** The field's name as people know it, or the wire name when there is no translation. */
    public static String label(Locale locale, String field) {
        return Messages.find(locale, "field." + field).orElse(field);
    }

    /**
     * The SDK's own sentence for a field-level code, naming the field; empty for unknown codes. A
     * sentence for the field and code together ({@code validation.acceptRules.CONSENT_REQUIRED})
     * wins over the one for the code alone.
     */
    public static Optional<String> describe(Locale locale, String field, String code) {
        String label = label(locale, field);
        String limit = String.valueOf(Math.max(AccountPolicies.maxLength(field), WorkspacePolicies.maxLength(field)));
        return Messages.find(locale, "validation." + field + "." + code, label, limit)
                .or(() -> Messages.find(locale, "validation." + code, label, limit));
    }

    /** The SDK's sentence when it knows the code, else the field's name and the portal's message. */
    public static String describe(Locale locale, FieldError error) {
        return describe(locale, error.field(), error.code()).orElseGet(() -> label(locale, error.field())
                + ": " + (error.message().isBlank() ? error.code() : error.message()));
    }
}
