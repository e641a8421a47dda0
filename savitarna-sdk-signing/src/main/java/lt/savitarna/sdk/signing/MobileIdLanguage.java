package lt.savitarna.sdk.signing;

/**
 * The language of the Mobile-ID dialog on the phone, sent as {@code language}. Lithuanian users
 * get {@link #LIT}, the default.
 *
 * <!-- sample: ConfigureSigningProviders#demo-providers -->
 * <pre>{@code
 * // SK's demo services: SK's demo trust anchors are bundled, pins are optional
 * SmartIdProvider smartIdDemo = SmartIdProvider.create(SmartIdConfig.demo(DEMO_RELYING_PARTY_UUID, "DEMO")
 *         .locale(Locale.forLanguageTag("lt")) // the language of the exceptions' messages
 *         .build());
 * MobileIdProvider mobileIdDemo = MobileIdProvider.create(MobileIdConfig.demo(DEMO_RELYING_PARTY_UUID, "DEMO")
 *         .language(MobileIdLanguage.ENG) // the SIM dialog's language; LIT by default
 *         .build());
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
