package lt.savitarna.sdk.it.contract;

/**
 * One thing a {@link ContractValidator} noticed about an exchange.
 *
 * <p>{@code key} is stable and good for assertions: the validator library's keys such as
 * {@code validation.request.body.schema.required} or {@code validation.response.header.missing},
 * and this package's own checks under {@code contract.}: {@link ContractValidator#KEY_BASE_PATH},
 * {@link ContractValidator#KEY_REQUEST_ID_ECHO}, {@link ContractValidator#KEY_PROBLEM_CODE},
 * {@link ContractValidator#KEY_PROBLEM_STATUS}.
 *
 * <pre>{@code
 * boolean missingField = report.findings().stream()
 *     .anyMatch(f -> f.key().equals("validation.request.body.schema.required"));
 * }</pre>
 *
 * @param level   how serious it is
 * @param key     stable identifier of the kind of finding
 * @param message what is wrong, for people
 */
public record ContractFinding(Level level, String key, String message) {

    /** Severity of a finding; only {@link #ERROR} makes a report invalid. */
    public enum Level { ERROR, WARN, INFO }

    public ContractFinding {
        if (level == null || key == null || message == null) {
            throw new IllegalArgumentException("level, key and message are required");
        }
    }

    public boolean isError() {
        return level == Level.ERROR;
    }

    @Override
    public String toString() {
        return "[" + level + "] " + key + ": " + message;
    }
}
