package lt.savitarna.sdk.testkit.sk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import javax.net.ssl.SSLContext;
import lt.savitarna.sdk.testkit.sk.internal.KeyPurpose;
import lt.savitarna.sdk.testkit.sk.internal.PkiMaterial;
import lt.savitarna.sdk.testkit.sk.internal.TestPeople;

/**
 * A throw-away public key infrastructure for the Smart-ID and Mobile-ID simulators, generated in
 * memory: a root CA, a TLS server certificate for {@code 127.0.0.1} / {@code localhost}, and for
 * each {@link SmartIdTestAccount} and {@link MobileIdTestUser} an authentication and a signing
 * certificate issued straight by the root, laid out as SK's certificates are.
 *
 * <ul>
 *   <li>Smart-ID people hold RSA 2048 keys valid three years; Mobile-ID people EC P-256 keys valid
 *       two years, both from {@link Builder#validFrom(Instant)} (by default a day ago).</li>
 *   <li>Subjects read {@code C=LT, CN=SURNAME,GIVENNAME,PNOLT-code, SURNAME, GIVENNAME,
 *       serialNumber=PNOLT-code}; authentication keys have key usage {@code digitalSignature},
 *       signing keys {@code nonRepudiation}; the certificate policies are SK's for qualified or
 *       non-qualified Smart-ID and for Mobile-ID, and qualified signing certificates carry the
 *       ETSI qualified statements.</li>
 *   <li>A person's certificates are made the first time they are needed (RSA keys take a
 *       moment) and kept for the life of the object.</li>
 * </ul>
 *
 * <!-- sample: SimulatorsExampleTest#smart-id -->
 * <pre>{@code
 * TestPki pki = TestPki.generate();
 * try (SmartIdSimulator simulator = SmartIdSimulator.builder().pki(pki).start()) {
 *     SmartIdProvider smartId = SmartIdProvider.create(SmartIdConfig.demo(
 *                     SmartIdSimulator.DEMO_RELYING_PARTY_UUID, SmartIdSimulator.DEMO_RELYING_PARTY_NAME)
 *             .baseUri(simulator.baseUri())
 *             .tlsPins(TlsPin.of(pki.serverCertificate()))
 *             .trustServerCertificate(pki.caCertificate())
 *             .trustAnchors(List.of(pki.caCertificate()))
 *             .build());
 *     SignerIdentity person = SignerIdentity.of(PersonalCode.parse(SmartIdTestAccount.OK.personalCode()));
 *     Authentication auth = smartId.authenticate(AuthenticationRequest.builder(person, challenge).build(),
 *             SigningListener.none());
 *     assertEquals(SmartIdTestAccount.OK.givenName(), auth.givenName());
 * }
 * }</pre>
 *
 * <p>Thread-safe. Nothing here is secret, and none of it is trusted anywhere but in tests.
 */
public final class TestPki {

    private final PkiMaterial material;

    private TestPki(PkiMaterial material) {
        this.material = material;
    }

    /** A PKI whose people's certificates became valid a day ago. */
    public static TestPki generate() {
        return builder().build();
    }

    /** {@return a builder for a PKI with a chosen validity start or clock} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the root CA certificate: the trust anchor for every person's certificate} */
    public X509Certificate caCertificate() {
        return material.caCertificate();
    }

    /** {@return the root CA certificate as PEM text} */
    public String caCertificatePem() {
        return PkiMaterial.pem(material.caCertificate());
    }

    /**
     * Writes the root CA certificate as PEM, creating parent directories.
     *
     * @return {@code file}
     * @throws UncheckedIOException if it cannot be written
     */
    public Path writeCaCertificatePem(Path file) {
        Objects.requireNonNull(file, "file");
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, caCertificatePem(), StandardCharsets.US_ASCII);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the CA certificate to " + file, e);
        }
    }

    /**
     * {@return the simulators' TLS server certificate} Pin it as SK's guidance says to pin the
     * real API hosts' certificates.
     */
    public X509Certificate serverCertificate() {
        return material.serverCertificate();
    }

    /** {@return the simulators' TLS server certificate as PEM text} */
    public String serverCertificatePem() {
        return PkiMaterial.pem(material.serverCertificate());
    }

    /** {@return a new key store with the root CA certificate as its one trusted entry} */
    public KeyStore trustStore() {
        return PkiMaterial.trustStoreOf(material.caCertificate());
    }

    /** {@return a new client TLS context that trusts the root CA, e.g. for a JDK {@code HttpClient}} */
    public SSLContext sslContext() {
        return PkiMaterial.clientSslContextTrusting(material.caCertificate());
    }

    /** {@return when the people's certificates become valid} */
    public Instant validFrom() {
        return material.personValidFrom();
    }

    /** {@return the account's authentication certificate, as authentication sessions return it} */
    public X509Certificate authenticationCertificate(SmartIdTestAccount account) {
        return material.person(TestPeople.of(account), KeyPurpose.AUTHENTICATION).certificate();
    }

    /** {@return the account's signing certificate, as certificate choice returns it} */
    public X509Certificate signingCertificate(SmartIdTestAccount account) {
        return material.person(TestPeople.of(account), KeyPurpose.SIGNING).certificate();
    }

    /**
     * {@return the user's authentication certificate, as authentication sessions return it}
     *
     * @throws IllegalArgumentException for {@link MobileIdTestUser#NOT_MID_CLIENT}
     */
    public X509Certificate authenticationCertificate(MobileIdTestUser user) {
        return material.person(TestPeople.of(user), KeyPurpose.AUTHENTICATION).certificate();
    }

    /**
     * {@return the user's signing certificate, as {@code /certificate} returns it}
     *
     * @throws IllegalArgumentException for {@link MobileIdTestUser#NOT_MID_CLIENT}
     */
    public X509Certificate signingCertificate(MobileIdTestUser user) {
        return material.person(TestPeople.of(user), KeyPurpose.SIGNING).certificate();
    }

    PkiMaterial material() {
        return material;
    }

    @Override
    public String toString() {
        return "TestPki[" + material.caCertificate().getSubjectX500Principal().getName() + ", people valid from "
                + material.personValidFrom() + "]";
    }

    /**
     * Configures a {@link TestPki}, e.g. one whose people's certificates have expired, to test that
     * they are refused:
     *
     * <!-- sample: SimulatorsExampleTest#expired-certificates -->
     * <pre>{@code
     * TestPki expired = TestPki.builder().validFrom(Instant.now().minus(Duration.ofDays(4 * 366))).build();
     * try (SmartIdSimulator simulator = SmartIdSimulator.builder().pki(expired).start()) {
     *     SignerIdentity person = SignerIdentity.of(PersonalCode.parse(SmartIdTestAccount.OK.personalCode()));
     *     assertThrows(CertificateExpiredException.class, () -> smartIdProvider(simulator).authenticate(
     *             AuthenticationRequest.builder(person, challenge).build(), SigningListener.none()));
     * }
     * }</pre>
     */
    public static final class Builder {

        private Clock clock = Clock.systemUTC();
        private Instant validFrom;

        private Builder() {
        }

        /**
         * When the people's certificates become valid (default: a day before the clock's now). A
         * start more than three years back makes every person's certificate expired; one in the
         * future makes them not yet valid. The CA and the server certificate are valid now either way.
         */
        public Builder validFrom(Instant validFrom) {
            this.validFrom = Objects.requireNonNull(validFrom, "validFrom");
            return this;
        }

        /** The clock that says what "now" is for the CA and server certificates (default: system UTC). */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** {@return a newly generated PKI} */
        public TestPki build() {
            Instant now = clock.instant();
            return new TestPki(new PkiMaterial(validFrom != null ? validFrom : now.minus(Duration.ofDays(1)), now));
        }
    }
}
