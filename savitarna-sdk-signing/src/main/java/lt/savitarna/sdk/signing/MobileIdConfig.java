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
 * Configures a {@link MobileIdProvider}: the Mobile-ID REST API environment, the relying party
 * (UUID and name from the contract with SK; never built into the SDK), the dialog language
 * (default {@link MobileIdLanguage#LIT}), TLS pinning, trust anchors and timing. Immutable.
 *
 * <p>Presets: {@link #demo(String, String)} with the bundled demo trust anchors;
 * {@link #live(String, String)}, which needs {@code tlsPins(...)} and {@code trustAnchors(...)}.
 *
 * <!-- sample: ConfigureSigningProviders#mobile-id-live -->
 * <pre>{@code
 * MobileIdConfig mobileIdLive = MobileIdConfig.live(RELYING_PARTY_UUID, RELYING_PARTY_NAME)
 *         .tlsPins(current, next)
 *         .trustAnchors(skIntermediates)
 *         .language(MobileIdLanguage.LIT)
 *         .build();
 * MobileIdProvider mobileId = MobileIdProvider.create(mobileIdLive);
 * }</pre>
 */
public final class MobileIdConfig {

    /** The demo service's API root. */
    public static final URI DEMO_BASE_URI = URI.create("https://tsp.demo.sk.ee/mid-api/");
    /** The production service's API root. */
    public static final URI LIVE_BASE_URI = URI.create("https://mid.sk.ee/mid-api/");

    private final ServiceSettings settings;
    private final MobileIdLanguage language;

    private MobileIdConfig(Builder b) {
        this.settings = b.settings();
        this.language = b.language;
    }

    /**
     * SK's demo environment, with the bundled demo trust anchors.
     *
     * @param relyingPartyUuid the relying party's UUID
     * @param relyingPartyName the relying party's name, at most 32 bytes
     * @return a builder
     */
    public static Builder demo(String relyingPartyUuid, String relyingPartyName) {
        return new Builder(false, DEMO_BASE_URI, relyingPartyUuid, relyingPartyName, TrustAnchors.demo());
    }

    /**
     * SK's production environment; set {@code tlsPins} and {@code trustAnchors} before building.
     *
     * @param relyingPartyUuid the relying party's UUID from the contract with SK
     * @param relyingPartyName the relying party's name, at most 32 bytes
     * @return a builder
     */
    public static Builder live(String relyingPartyUuid, String relyingPartyName) {
        return new Builder(true, LIVE_BASE_URI, relyingPartyUuid, relyingPartyName, List.of());
    }

    /**
     * The configuration in system properties or environment variables (see
     * {@link MobileIdProvider} for the names).
     *
     * @return the configuration
     * @throws IllegalStateException when a required setting is missing
     */
    public static MobileIdConfig fromEnvironment() {
        return fromSettings(EnvironmentSettings::system);
    }

    /**
     * The configuration in named settings ({@code savitarna.mobileid.*}), looked up with a function.
     *
     * @param lookup returns a setting's value, or {@code null} when unset
     * @return the configuration
     * @throws IllegalStateException when a required setting is missing
     */
    public static MobileIdConfig fromSettings(Function<String, String> lookup) {
        EnvironmentSettings s = new EnvironmentSettings("savitarna.mobileid", Objects.requireNonNull(lookup, "lookup"));
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
        s.optional("language").ifPresent(v -> b.language(MobileIdLanguage.valueOf(v.toUpperCase(Locale.ROOT))));
        return b.build();
    }

    ServiceSettings settings() {
        return settings;
    }

    /** {@return the language of the dialog on the phone} */
    public MobileIdLanguage language() {
        return language;
    }

    @Override
    public String toString() {
        return "MobileIdConfig[" + settings + ", " + language + "]";
    }

    /** Builds a {@link MobileIdConfig}; besides the shared setters it has {@link #language}. */
    public static final class Builder extends ServiceConfigBuilder<Builder> {

        private MobileIdLanguage language = MobileIdLanguage.LIT;

        private Builder(boolean live, URI baseUri, String uuid, String name, List<X509Certificate> anchors) {
            super(MobileIdProvider.NAME, live, baseUri, uuid, name, anchors);
        }

        @Override
        Builder self() {
            return this;
        }

        /** The language of the dialog on the phone; default {@link MobileIdLanguage#LIT}. */
        public Builder language(MobileIdLanguage language) {
            this.language = Objects.requireNonNull(language, "language");
            return this;
        }

        /**
         * Builds the configuration.
         *
         * @throws IllegalStateException when a live preset lacks pins or trust anchors
         */
        public MobileIdConfig build() {
            return new MobileIdConfig(this);
        }
    }
}
