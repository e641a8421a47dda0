package lt.savitarna.sdk.internal.json;

/** A JSON document that does not have the shape the contract promises. */
public final class MalformedJsonException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception. */
    public MalformedJsonException(String message) {
        super(message);
    }

    /** Creates the exception with a cause. */
    public MalformedJsonException(String message, Throwable cause) {
        super(message, cause);
    }
}
