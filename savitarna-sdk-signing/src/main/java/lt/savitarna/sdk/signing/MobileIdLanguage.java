package lt.savitarna.sdk.signing;

/**
 * The language of the Mobile-ID dialog on the phone, sent as {@code language}. Lithuanian users
 * get {@link #LIT}, the default.
 *
 * <pre>{@code
 * MobileIdConfig.demo(uuid, name).language(MobileIdLanguage.ENG);
 * }</pre>
 */
public enum MobileIdLanguage {
    /** Lithuanian. */
    LIT,
    /** English. */
    ENG,
    /** Estonian. */
    EST,
    /** Russian. */
    RUS
}
