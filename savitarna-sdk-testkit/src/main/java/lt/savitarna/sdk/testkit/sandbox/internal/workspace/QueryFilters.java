package lt.savitarna.sdk.testkit.sandbox.internal.workspace;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import lt.savitarna.sdk.testkit.sandbox.internal.FieldError;
import lt.savitarna.sdk.testkit.sandbox.internal.RequestContext;

/** Reads the contract's list filters: repeatable upper-case tokens and ISO dates. */
final class QueryFilters {

    private static final Pattern ENUM_TOKEN = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");
    private static final int MAX_VALUES = 20;

    private QueryFilters() {
    }

    /** The values of a repeatable enumeration filter; empty means "no filter". */
    static Set<String> tokens(RequestContext context, String name, List<FieldError> errors) {
        List<String> values = context.queryParameters(name);
        if (values.size() > MAX_VALUES) {
            errors.add(new FieldError(name, "TOO_MANY", "at most " + MAX_VALUES + " values"));
        }
        for (String value : values) {
            if (!ENUM_TOKEN.matcher(value).matches()) {
                errors.add(new FieldError(name, "INVALID_VALUE", "must be upper-case tokens such as CONTRACT"));
                break;
            }
        }
        return new LinkedHashSet<>(values);
    }

    /** An ISO date parameter, or {@code null} when absent. */
    static LocalDate date(RequestContext context, String name, List<FieldError> errors) {
        String value = context.queryParameter(name).orElse(null);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(name, "INVALID_DATE", "must be a date such as 2026-11-24"));
            return null;
        }
    }
}
