package lt.savitarna.sdk.signing;

/**
 * How a Mobile-ID {@code displayText} is encoded for the SIM dialog, sent as
 * {@code displayTextFormat}.
 *
 * <pre>{@code
 * MobileIdDisplayText.of("Sign contract?").format().wireName();       // "GSM-7"
 * MobileIdDisplayText.of("Pasirašyti sutartį?").format().wireName(); // "UCS-2"
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
