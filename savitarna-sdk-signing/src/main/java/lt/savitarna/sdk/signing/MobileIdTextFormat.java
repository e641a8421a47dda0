package lt.savitarna.sdk.signing;

/**
 * How a Mobile-ID {@code displayText} is encoded for the SIM dialog, sent as
 * {@code displayTextFormat}.
 *
 * <!-- sample: SignDigestWithSmartId#mobile-id-display-text -->
 * <pre>{@code
 * MobileIdDisplayText text;
 * try {
 *     text = MobileIdDisplayText.of("Prisijungimas prie savitarnos: " + CONTRACT_TITLE);
 * } catch (InvalidDisplayTextException e) { // too long for its encoding, or an emoji
 *     text = MobileIdDisplayText.of("Prisijungimas prie „Savitarnos“");
 * }
 * if (text.format() == MobileIdTextFormat.UCS_2) { // Lithuanian letters: at most 50 characters
 *     out.println("The SIM dialog text is sent in " + text.format().wireName());
 * }
 * }</pre>
 */
public enum MobileIdTextFormat {
    /** The GSM 03.38 7-bit alphabet: up to 100 characters, Latin letters without Lithuanian diacritics. */
    GSM_7("GSM-7"),
    /** UCS-2: up to 50 characters of the Basic Multilingual Plane, Lithuanian and Cyrillic letters included. */
    UCS_2("UCS-2");

    private final String wireName;

    MobileIdTextFormat(String wireName) {
        this.wireName = wireName;
    }

    /** {@return the value of {@code displayTextFormat} on the wire: {@code GSM-7} or {@code UCS-2}} */
    public String wireName() {
        return wireName;
    }
}
