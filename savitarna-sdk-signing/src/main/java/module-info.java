/**
 * Electronic signatures for the Savitarna SDK: the Smart-ID (relying-party API v2) and Mobile-ID
 * REST providers, a local-key provider for company seals and tests, and the checks that make their
 * answers trustworthy (signature, certificate chain, key usage, level, identity), all on the JDK's
 * HTTP client, JSON-P and the JDK's own cryptography.
 *
 * <ul>
 *   <li>{@link lt.savitarna.sdk.signing}: {@code SmartIdProvider}, {@code MobileIdProvider},
 *       {@code LocalKeyProvider} and their configurations, {@code CertificateValidator},
 *       {@code TrustAnchors}, {@code TlsPin}, and the protocol building blocks (verification codes,
 *       display-text limits, signature verification).</li>
 * </ul>
 *
 * <p>The providers implement core's {@code lt.savitarna.sdk.signature.SignatureProvider}. They are
 * offered to {@code ServiceLoader} in a form configured from system properties or environment
 * variables ({@code savitarna.smartid.*}, {@code savitarna.mobileid.*}, {@code savitarna.localkey.*});
 * one whose settings are missing is left out of {@code SignatureProviders.discover()}.
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
module lt.savitarna.sdk.signing {
    requires transitive lt.savitarna.sdk.core;
    requires java.net.http;
    requires java.naming;
    requires jakarta.json;
    requires org.slf4j;

    exports lt.savitarna.sdk.signing;

    provides lt.savitarna.sdk.signature.SignatureProvider with
            lt.savitarna.sdk.signing.internal.spi.EnvironmentSmartIdProvider,
            lt.savitarna.sdk.signing.internal.spi.EnvironmentMobileIdProvider,
            lt.savitarna.sdk.signing.internal.spi.EnvironmentLocalKeyProvider;
}
