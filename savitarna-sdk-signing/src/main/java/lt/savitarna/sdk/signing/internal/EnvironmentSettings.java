package lt.savitarna.sdk.signing.internal;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import lt.savitarna.sdk.signing.TlsPin;
import lt.savitarna.sdk.signing.TrustAnchors;

/**
 * Reads provider configuration from named settings: a system property such as
 * {@code savitarna.smartid.relyingPartyUuid}, else the environment variable of the same name in
 * upper case with dots as underscores ({@code SAVITARNA_SMARTID_RELYINGPARTYUUID}).
 *
 * <pre>{@code
 * EnvironmentSettings s = new EnvironmentSettings("savitarna.smartid", EnvironmentSettings::system);
 * String uuid = s.required("relyingPartyUuid");
 * }</pre>
 */
public final class EnvironmentSettings {

    private final String prefix;
    private final Function<String, String> source;

    /**
     * Reads settings under a prefix.
     *
     * @param prefix e.g. {@code savitarna.smartid}
     * @param source looks a full setting name up; returns {@code null} when unset
     */
    public EnvironmentSettings(String prefix, Function<String, String> source) {
        this.prefix = prefix;
        this.source = source;
    }

    /** A system property, else the matching environment variable; {@code null} when neither is set. */
    public static String system(String name) {
        String value = System.getProperty(name);
        return value != null ? value : System.getenv(environmentName(name));
    }

    /** {@return the environment variable name of a setting, e.g. {@code SAVITARNA_SMARTID_RELYINGPARTYUUID}} */
    public static String environmentName(String name) {
        return name.replace('.', '_').toUpperCase(Locale.ROOT);
    }

    /** {@return the full name of a setting} */
    public String name(String key) {
        return prefix + "." + key;
    }

    /** A setting, if set and not blank. */
    public Optional<String> optional(String key) {
        String value = source.apply(name(key));
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    /** A setting that must be set. */
    public String required(String key) {
        return optional(key).orElseThrow(() -> new IllegalStateException(name(key) + " (or "
                + environmentName(name(key)) + ") is not set"));
    }

    /** Comma-separated TLS pins, {@code [sha256/]BASE64[@YYYY-MM-DD]} each. */
    public List<TlsPin> pins(String key) {
        List<TlsPin> pins = new ArrayList<>();
        optional(key).ifPresent(v -> {
            for (String part : v.split(",")) {
                if (!part.isBlank()) {
                    pins.add(TlsPin.parse(part));
                }
            }
        });
        return pins;
    }

    /** Comma-separated PEM file paths, read as trust anchors; empty when unset. */
    public List<X509Certificate> certificates(String key) {
        List<X509Certificate> all = new ArrayList<>();
        optional(key).ifPresent(v -> {
            for (String part : v.split(",")) {
                if (!part.isBlank()) {
                    all.addAll(TrustAnchors.fromPem(Path.of(part.strip())));
                }
            }
        });
        return all;
    }

    /** Whether the {@code environment} setting says {@code live} (else it must say {@code demo}). */
    public boolean live() {
        String environment = required("environment").toLowerCase(Locale.ROOT);
        if (!environment.equals("live") && !environment.equals("demo")) {
            throw new IllegalStateException(name("environment") + " must be demo or live, is " + environment);
        }
        return environment.equals("live");
    }
}
