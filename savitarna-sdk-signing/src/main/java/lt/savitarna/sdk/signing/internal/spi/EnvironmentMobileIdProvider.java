package lt.savitarna.sdk.signing.internal.spi;

import lt.savitarna.sdk.signing.MobileIdConfig;
import lt.savitarna.sdk.signing.MobileIdProvider;

/**
 * The {@code MobileIdProvider} that {@link java.util.ServiceLoader} finds, configured from system
 * properties or environment variables; creating it fails, and discovery leaves it out, when the
 * settings are missing.
 */
public final class EnvironmentMobileIdProvider extends DelegatingProvider {

    /** Creates the provider from the settings. */
    public EnvironmentMobileIdProvider() {
        super(MobileIdProvider.create(MobileIdConfig.fromEnvironment()));
    }
}
