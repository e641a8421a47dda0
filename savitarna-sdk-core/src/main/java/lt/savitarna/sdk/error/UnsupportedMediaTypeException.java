package lt.savitarna.sdk.error;

import java.util.Locale;

/**
 * The portal refused an upload of a type it does not take ({@code 415 UNSUPPORTED_MEDIA_TYPE}); PDF,
 * JPEG, PNG, HEIC, DOCX and XLSX are allowed. The SDK checks the type before sending, and reports
 * it as a plain {@link ValidationException} for the field {@code file}.
 *
 * <pre>{@code
 * } catch (ValidationException e) {
 *     ui.showError(e.getLocalizedMessage());
 * }
 * }</pre>
 */
public class UnsupportedMediaTypeException extends ValidationException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception for a problem answer.
     *
     * @param problem the problem as sent
     * @param locale  the language of {@link #getLocalizedMessage()}
     */
    public UnsupportedMediaTypeException(Problem problem, Locale locale) {
        super(problem, locale);
    }
}
