package lt.savitarna.sdk.error;

import java.util.Locale;
import java.util.Objects;
import lt.savitarna.sdk.internal.i18n.Messages;

/**
 * The root of every exception the SDK throws; unchecked. It carries a stable machine
 * {@linkplain #getCode() code}, the {@linkplain #getRequestId() request id} to quote to support,
 * and a message for people in Lithuanian or English.
 *
 * <p>{@link #getLocalizedMessage()} speaks the client's locale (set with
 * {@code SavitarnaClient.Builder.locale}); {@link #message(Locale)} speaks any of the two;
 * {@link #getMessage()} is the English text followed by the technical details, for logs.
 *
 * <!-- sample: UnreliableNetwork#call-failed -->
 * <pre>{@code
 * try {
 *     session.companies().forEach((GroupCompany company) -> out.println(company.name()));
 * } catch (DeadlineExceededException e) {
 *     out.println("Gave up after " + e.deadline().toSeconds() + " s and " + e.attempts() + " attempts");
 * } catch (UnexpectedResponseException e) {
 *     out.println("An unreadable answer, HTTP " + e.status() + ", request id " + e.getRequestId());
 * } catch (SavitarnaException e) {
 *     // Anything else: a message for the person, and the code and request id for the support.
 *     out.println(e.getLocalizedMessage() + " (" + e.getCode() + ", request id " + e.getRequestId() + ")");
 * }
 * }</pre>
 */
public class SavitarnaException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final String requestId;
    private final Locale locale;

    /**
     * Creates an exception; normally only the SDK does, but handlers can be tested with it.
     *
     * @param code      the stable machine code (see {@link ErrorCodes})
     * @param requestId the request id of the failed call, or {@code null}
     * @param locale    the language of {@link #getLocalizedMessage()}; {@code null} means English
     * @param cause     the underlying failure, or {@code null}
     */
    public SavitarnaException(String code, String requestId, Locale locale, Throwable cause) {
        super(null, cause);
        this.code = Objects.requireNonNull(code, "code");
        this.requestId = requestId;
        this.locale = Messages.supported(locale);
    }

    /** The stable machine code, e.g. {@code EMAIL_ALREADY_REGISTERED}; never {@code null}. */
    public String getCode() {
        return code;
    }

    /** The {@code X-Request-Id} of the failed call (the same on all its retries), or {@code null}. */
    public String getRequestId() {
        return requestId;
    }

    /** The language {@link #getLocalizedMessage()} speaks: Lithuanian or English. */
    public Locale getLocale() {
        return locale;
    }

    /**
     * The message for people in the given language (Lithuanian for {@code lt}, English otherwise):
     * what happened and what to do next.
     */
    public String message(Locale locale) {
        return Messages.find(locale, "error." + code, messageArguments())
                .orElseGet(() -> Messages.get(locale, "error.generic", "-"));
    }

    /** Arguments for the message pattern of {@link #getCode()}. */
    Object[] messageArguments() {
        return new Object[0];
    }

    /** The message for people in the client's locale. */
    @Override
    public String getLocalizedMessage() {
        return message(locale);
    }

    /** The English message followed by the code, the request id and other technical details. */
    @Override
    public String getMessage() {
        StringBuilder text = new StringBuilder(message(Locale.ENGLISH)).append(" [");
        technicalDetails(text);
        text.append("code ").append(code);
        if (requestId != null) {
            text.append(", request id ").append(requestId);
        }
        return text.append(']').toString();
    }

    /** Lets subclasses put their own facts (status, attempts) before the code. */
    void technicalDetails(StringBuilder text) {
    }
}
