package lt.savitarna.sdk.signing;

import java.net.URI;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import lt.savitarna.sdk.signing.internal.EnvironmentSettings;
import lt.savitarna.sdk.signing.internal.ServiceSettings;

/**
 * Configures a {@link SmartIdProvider}: the Smart-ID relying-party API v2 environment, the relying
 * party (its UUID and name, as agreed with SK; never built into the SDK), TLS pinning, trust
 * anchors for signer certificates, and timing. Immutable.
 *
 * <p>Presets: {@link #demo(String, String)} talks to SK's demo service with the bundled demo trust
 * anchors (pins optional); {@link #live(String, String)} talks to the production service and needs
 * {@code tlsPins(...)} and {@code trustAnchors(...)} before {@code build()}.
 *
 * <!-- sample: ConfigureSigningProviders#smart-id-live -->
 * <pre>{@code
 * List<X509Certificate> skIntermediates = TrustAnchors.fromPem(skIntermediatesPem);
 * TlsPin current = TlsPin.parse(CURRENT_PIN); // SK's API certificate now, accepted until the date
 * TlsPin next = TlsPin.parse(NEXT_PIN);       // the one SK announced, so the change breaks nothing
 * SmartIdConfig smartIdLive = SmartIdConfig.live(RELYING_PARTY_UUID, RELYING_PARTY_NAME)
 *         .tlsPins(current, next)
 *         .trustAnchors(skIntermediates) // the live preset trusts nothing by itself
 *         .build();
 * SmartIdProvider smartId = SmartIdProvider.create(smartIdLive);
 * }</pre>
 */
public final class SmartIdConfig {

    /** The demo service's API root. */
    public static final URI DEMO_BASE_URI = URI.create("https://sid.demo.sk.ee/smart-id-rp/v2/");
    /** The production service's API root. */
    public static final URI LIVE_BASE_URI = URI.create("https://rp-api.smart-id.com/v2/");

    private final ServiceSettings settings;

    private SmartIdConfig(Builder b) {
        this.settings = b.settings();
    }

    /**
     * SK's demo environment, with the bundled demo trust anchors.
     *
     * @param relyingPartyUuid the relying party's UUID (the demo's is published by SK)
     * @param relyingPartyName the relying party's name, at most 32 bytes (the demo's is {@code DEMO})
     * @return a builder
     */
    public static Builder demo(String relyingPartyUuid, String relyingPartyName) {
        return new Builder(false, DEMO_BASE_URI, relyingPartyUuid, relyingPartyName, TrustAnchors.demo());
    }

    /**
     * SK's production environment; set {@code tlsPins} and {@code trustAnchors} before building.
     *
     * @param relyingPartyUuid the relying party's UUID from the contract with SK
     * @param relyingPartyName the relying party's name from the contract, at most 32 bytes
     * @return a builder
     */
    public static Builder live(String relyingPartyUuid, String relyingPartyName) {
        return new Builder(true, LIVE_BASE_URI, relyingPartyUuid, relyingPartyName, List.of());
    }

    /**
     * The configuration in system properties or environment variables (see
     * {@link SmartIdProvider} for the names).
     *
     * @return the configuration
     * @throws IllegalStateException when a required setting is missing
     */
    public static SmartIdConfig fromEnvironment() {
        return fromSettings(EnvironmentSettings::system);
    }

    /**
     * The configuration in named settings ({@code savitarna.smartid.*}), looked up with a function.
     *
     * @param lookup returns a setting's value, or {@code null} when unset
     * @return the configuration
     * @throws IllegalStateException when a required setting is missing
     */
    public static SmartIdConfig fromSettings(Function<String, String> lookup) {
        EnvironmentSettings s = new EnvironmentSettings("savitarna.smartid", Objects.requireNonNull(lookup, "lookup"));
        String uuid = s.required("relyingPartyUuid");
        String name = s.required("relyingPartyName");
        Builder b = s.live() ? live(uuid, name) : demo(uuid, name);
        s.optional("baseUri").ifPresent(u -> b.baseUri(URI.create(u)));
        b.tlsPins(s.pins("tlsPins"));
        List<X509Certificate> anchors = s.certificates("trustAnchors");
        if (!anchors.isEmpty()) {
            b.trustAnchors(anchors);
        }
        s.optional("revocationChecking").ifPresent(v -> b.revocationChecking(Boolean.parseBoolean(v)));
        s.optional("locale").ifPresent(v -> b.locale(Locale.forLanguageTag(v)));
        return b.build();
    }

    ServiceSettings settings() {
        return settings;
    }

    @Override
    public String toString() {
        return "SmartIdConfig[" + settings + "]";
    }

    /** Builds a {@link SmartIdConfig}; the setters are those every SK service shares. */
    public static final class Builder extends ServiceConfigBuilder<Builder> {

        private Builder(boolean live, URI baseUri, String uuid, String name,
                        List<X509Certificate> anchors) {
            super(SmartIdProvider.NAME, live, baseUri, uuid, name, anchors);
        }

        @Override
        Builder self() {
            return this;
        }

        /**
         * Builds the configuration.
         *
         * @throws IllegalStateException when a live preset lacks pins or trust anchors
         */
        public SmartIdConfig build() {
            return new SmartIdConfig(this);
        }
    }
}
