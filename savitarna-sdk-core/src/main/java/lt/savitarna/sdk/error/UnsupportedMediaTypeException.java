package lt.savitarna.sdk.error;

import java.util.Locale;

/**
 * The portal refused an upload of a type it does not take ({@code 415 UNSUPPORTED_MEDIA_TYPE}); PDF,
 * JPEG, PNG, HEIC, DOCX and XLSX are allowed. The SDK checks the type before sending, and reports
 * it as a plain {@link ValidationException} for the field {@code file}.
 *
 * <!-- sample: WorkspaceErrors#upload-refused -->
 * <pre>{@code
 * try {
 *     help.attach(requestId, Upload.of(file));
 * } catch (FileTooLargeException | UnsupportedMediaTypeException e) {
 *     out.println(e.getLocalizedMessage()); // the portal's own check, when its limits are stricter
 * } catch (ValidationException e) {
 *     out.println(e.getLocalizedMessage()); // found before sending: names the size limit and file types
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
