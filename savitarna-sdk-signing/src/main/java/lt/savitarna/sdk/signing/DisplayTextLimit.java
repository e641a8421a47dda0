package lt.savitarna.sdk.signing;

/**
 * The documented length limits of the texts that Smart-ID and Mobile-ID show on the user's
 * phone. {@link DisplayTextTooLongException#limit()} names the one that was exceeded.
 *
 * <!-- sample: SignDigestWithSmartId#fit-display-text -->
 * <pre>{@code
 * try {
 *     return DisplayText.smartIdDisplayText60(wanted);
 * } catch (DisplayTextTooLongException e) {
 *     DisplayTextLimit limit = e.limit(); // SMART_ID_DISPLAY_TEXT_60: at most 60 characters
 *     out.println("A text of " + e.length() + " characters is shortened to " + limit.maximum());
 *     return wanted.substring(0, limit.maximum() - 1) + "…";
 * }
 * }</pre>
 */
public enum DisplayTextLimit {
    /** Smart-ID {@code displayText60}, for {@code displayTextAndPIN} and {@code verificationCodeChoice}. */
    SMART_ID_DISPLAY_TEXT_60(60, "characters"),
    /**
     * Smart-ID {@code displayText200}, for {@code confirmationMessage} and
     * {@code confirmationMessageAndVerificationCodeChoice}.
     */
    SMART_ID_DISPLAY_TEXT_200(200, "characters"),
    /** Mobile-ID {@code displayText} in GSM-7: 100 bytes, one per character, two for an extension-table one. */
    MOBILE_ID_GSM_7(100, "GSM-7 bytes (a character from the extension table €[]^|{}\\ takes two)"),
    /** Mobile-ID {@code displayText} in GSM-7: no more than five characters from the extension table. */
    MOBILE_ID_GSM_7_EXTENSION(5, "characters from the GSM-7 extension table €[]^|{}\\"),
    /** Mobile-ID {@code displayText} in UCS-2: 100 bytes, two per character. */
    MOBILE_ID_UCS_2(50, "UCS-2 characters");

    private final int maximum;
    private final String unit;

    DisplayTextLimit(int maximum, String unit) {
        this.maximum = maximum;
        this.unit = unit;
    }

    /** {@return the largest length allowed, counted in {@link #unit()}} */
    public int maximum() {
        return maximum;
    }

    /** {@return what the limit counts, in words, e.g. {@code "characters"}} */
    public String unit() {
        return unit;
    }
}
