package lt.savitarna.sdk.signing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.RSAPrivateKey;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import lt.savitarna.sdk.signature.Authentication;
import lt.savitarna.sdk.signature.AuthenticationRequest;
import lt.savitarna.sdk.signature.CertificateExpiredException;
import lt.savitarna.sdk.signature.CertificateLevel;
import lt.savitarna.sdk.signature.CertificateRequest;
import lt.savitarna.sdk.signature.Digest;
import lt.savitarna.sdk.signature.IdentityMismatchException;
import lt.savitarna.sdk.signature.SignatureProvider;
import lt.savitarna.sdk.signature.SignatureRequest;
import lt.savitarna.sdk.signature.SignatureValue;
import lt.savitarna.sdk.signature.SignerIdentity;
import lt.savitarna.sdk.signature.SigningCertificate;
import lt.savitarna.sdk.signature.SigningListener;
import lt.savitarna.sdk.signature.SigningState;
import lt.savitarna.sdk.signature.identity.NationalIdentity;
import lt.savitarna.sdk.signing.internal.CertificateNames;
import lt.savitarna.sdk.signing.internal.EnvironmentSettings;
import lt.savitarna.sdk.signing.internal.Failures;
import lt.savitarna.sdk.signing.internal.Flow;

/**
 * Signs with a private key held by this process, from a PKCS#12 file or any {@link KeyStore}: for
 * a company's electronic seal, and for tests and the sandbox. Signatures have the same form as
 * Smart-ID's and Mobile-ID's (RSA PKCS#1 v1.5 over the {@code DigestInfo}, EC raw {@code r||s}),
 * so the portal treats them alike. Nobody confirms anything on a phone: there is no verification
 * code, and the operations return at once.
 *
 * <p>The key is read once when the provider is built; the password is not kept. Before each
 * operation the certificate must be valid at the provider's clock, and when the request names a
 * person, the certificate must name the same one.
 *
 * <p>Through {@link java.util.ServiceLoader} it is configured from {@code savitarna.localkey.keystore}
 * (a PKCS#12 path), {@code .alias}, {@code .password} (best given as the environment variable
 * {@code SAVITARNA_LOCALKEY_PASSWORD}), optionally {@code .name}.
 *
 * <!-- sample: ConfigureSigningProviders#seal -->
 * <pre>{@code
 * LocalKeyProvider seal = LocalKeyProvider.builder()
 *         .pkcs12(sealFile, sealPassword, "seal")
 *         .name("company-seal")
 *         .build();
 * Arrays.fill(sealPassword, '\0'); // the provider keeps the key, never the password
 * }</pre>
 *
 * <p>Sealing a hash then needs no person and no listener:
 * <!-- sample: ConfigureSigningProviders#seal-sign -->
 * <pre>{@code
 * SigningCertificate sealCertificate = seal.signingCertificate(
 *         CertificateRequest.builder(SignerIdentity.anyone()).build(), SigningListener.none());
 * Digest invoiceHash = Digest.compute(HashType.SHA256, invoice);
 * SignatureValue sealed = seal.sign(SignatureRequest.builder(sealCertificate, invoiceHash).build(),
 *         SigningListener.none());
 * out.println("Invoice sealed with " + sealed.algorithm() + " by "
 *         + sealed.certificate().getSubjectX500Principal().getName());
 * }</pre>
 */
public final class LocalKeyProvider implements SignatureProvider {

    /** The default name. */
    public static final String NAME = "local-key";

    private final String name;
    private final PrivateKey key;
    private final X509Certificate certificate;
    private final CertificateLevel level;
    private final Clock clock;
    private final Failures failures;

    private LocalKeyProvider(Builder b) {
        this.name = b.name;
        this.key = b.key;
        this.certificate = b.certificate;
        this.level = b.level;
        this.clock = b.clock;
        this.failures = new Failures(b.name, b.locale);
    }

    /** {@return a builder; a key is required} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The provider configured from system properties or environment variables (see above).
     *
     * @param lookup returns a setting's value, or {@code null} when unset
     * @return the provider
     * @throws IllegalStateException when a setting is missing or the key cannot be read
     */
    public static LocalKeyProvider fromSettings(Function<String, String> lookup) {
        EnvironmentSettings s = new EnvironmentSettings("savitarna.localkey", Objects.requireNonNull(lookup, "lookup"));
        Path file = Path.of(s.required("keystore"));
        String alias = s.required("alias");
        char[] password = s.required("password").toCharArray();
        Builder b = builder().pkcs12(file, password, alias);
        s.optional("name").ifPresent(b::name);
        return b.build();
    }

    /** {@return the provider configured from system properties or environment variables} */
    public static LocalKeyProvider fromEnvironment() {
        return fromSettings(EnvironmentSettings::system);
    }

    @Override
    public String name() {
        return name;
    }

    /** {@return the certificate of the key} */
    public X509Certificate certificate() {
        return certificate;
    }

    @Override
    public Authentication authenticate(AuthenticationRequest request, SigningListener listener) {
        Objects.requireNonNull(request, "request");
        return Flow.run(failures, listener, l -> {
            NationalIdentity identity = checkCertificate(request.signer());
            byte[] signature = signDigest(request.challenge());
            l.stateChanged(SigningState.VALIDATING);
            return new Authentication(name, request.signer(), certificate, identity,
                    CertificateNames.givenName(certificate).orElse(null),
                    CertificateNames.surname(certificate).orElse(null), level, request.challenge(), signature,
                    algorithm(request.challenge()));
        });
    }

    @Override
    public SigningCertificate signingCertificate(CertificateRequest request, SigningListener listener) {
        Objects.requireNonNull(request, "request");
        return Flow.run(failures, listener, l -> new SigningCertificate(name, request.signer(), certificate,
                checkCertificate(request.signer()), level));
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException when the request's certificate is not this provider's
     */
    @Override
    public SignatureValue sign(SignatureRequest request, SigningListener listener) {
        Objects.requireNonNull(request, "request");
        if (!certificate.equals(request.certificate())) {
            throw new IllegalArgumentException("the request's certificate is not the one of this provider's key");
        }
        return Flow.run(failures, listener, l -> {
            checkCertificate(request.signer());
            byte[] value = signDigest(request.digest());
            return new SignatureValue(name, request.signer(), certificate, request.digest(), value,
                    algorithm(request.digest()));
        });
    }

    private NationalIdentity checkCertificate(SignerIdentity signer) {
        Instant now = clock.instant();
        Instant notBefore = certificate.getNotBefore().toInstant();
        Instant notAfter = certificate.getNotAfter().toInstant();
        if (now.isBefore(notBefore) || now.isAfter(notAfter)) {
            throw new CertificateExpiredException(name, notBefore, notAfter, now, failures.locale());
        }
        Optional<NationalIdentity> named = CertificateNames.identity(certificate);
        Optional<NationalIdentity> expected = signer.nationalIdentity();
        if (expected.isPresent() && !expected.equals(named)) {
            throw new IdentityMismatchException(name, "the key's certificate names " + named.map(String::valueOf)
                    .orElse("no person") + ", the request " + expected.get(), failures.locale());
        }
        return named.orElse(null);
    }

    private byte[] signDigest(Digest digest) {
        try {
            Signature signer;
            byte[] input;
            if (key instanceof RSAPrivateKey) {
                signer = Signature.getInstance("NONEwithRSA");
                input = digest.type().digestInfo(digest.value());
            } else {
                signer = Signature.getInstance("NONEwithECDSAinP1363Format");
                input = digest.value();
            }
            signer.initSign(key);
            signer.update(input);
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the local key cannot sign: " + e.getMessage(), e);
        }
    }

    private String algorithm(Digest digest) {
        String hash = digest.type().jdkAlgorithm().replace("-", "");
        return hash + (key instanceof RSAPrivateKey ? "withRSA" : "withECDSA");
    }

    @Override
    public String toString() {
        return "LocalKeyProvider[" + name + ", valid until " + certificate.getNotAfter().toInstant() + "]";
    }

    /**
     * Configures a {@link LocalKeyProvider}.
     */
    public static final class Builder {
        private String name = NAME;
        private PrivateKey key;
        private X509Certificate certificate;
        private CertificateLevel level = CertificateLevel.ADVANCED;
        private Clock clock = Clock.systemUTC();
        private Locale locale = Locale.ENGLISH;

        private Builder() {
        }

        /**
         * Takes the key and certificate of an entry of a loaded key store. The password is used
         * here and not kept.
         *
         * @param keyStore the key store
         * @param alias    the entry
         * @param password the entry's password
         * @return this builder
         * @throws IllegalArgumentException when the entry holds no RSA or EC private key with an X.509 certificate
         */
        public Builder keyStore(KeyStore keyStore, String alias, char[] password) {
            Objects.requireNonNull(keyStore, "keyStore");
            Objects.requireNonNull(alias, "alias");
            Objects.requireNonNull(password, "password");
            try {
                if (!(keyStore.getKey(alias, password) instanceof PrivateKey privateKey)
                        || !(privateKey instanceof RSAPrivateKey || privateKey instanceof ECPrivateKey)) {
                    throw new IllegalArgumentException("entry " + alias + " holds no RSA or EC private key");
                }
                if (!(keyStore.getCertificate(alias) instanceof X509Certificate x509)) {
                    throw new IllegalArgumentException("entry " + alias + " has no X.509 certificate");
                }
                this.key = privateKey;
                this.certificate = x509;
            } catch (GeneralSecurityException e) {
                throw new IllegalArgumentException("cannot read entry " + alias + ": " + e.getMessage(), e);
            }
            return this;
        }

        /**
         * Reads an entry of a PKCS#12 file whose entries share the file's password.
         *
         * @param file     the PKCS#12 file
         * @param password the file's (and entry's) password; read, not kept
         * @param alias    the entry
         * @return this builder
         * @throws UncheckedIOException     when the file cannot be read
         * @throws IllegalArgumentException when it is no PKCS#12 file, the password is wrong, or the entry is missing
         */
        public Builder pkcs12(Path file, char[] password, String alias) {
            Objects.requireNonNull(file, "file");
            try (InputStream in = Files.newInputStream(file)) {
                KeyStore store = KeyStore.getInstance("PKCS12");
                store.load(in, password);
                return keyStore(store, alias, password);
            } catch (IOException e) {
                if (e.getCause() instanceof java.security.UnrecoverableKeyException) {
                    throw new IllegalArgumentException("wrong password for " + file, e);
                }
                throw new UncheckedIOException("cannot read " + file, e);
            } catch (GeneralSecurityException e) {
                throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
            }
        }

        /** The provider's name; default {@code local-key}. */
        public Builder name(String name) {
            Objects.requireNonNull(name, "name");
            if (name.isBlank()) {
                throw new IllegalArgumentException("name must not be blank");
            }
            this.name = name;
            return this;
        }

        /** The level the certificate is reported with; default {@link CertificateLevel#ADVANCED}. */
        public Builder certificateLevel(CertificateLevel level) {
            this.level = Objects.requireNonNull(level, "level");
            return this;
        }

        /** The time the certificate's validity is checked at; default UTC system clock. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** The language of exception messages for people; default English. */
        public Builder locale(Locale locale) {
            this.locale = Objects.requireNonNull(locale, "locale");
            return this;
        }

        /**
         * Builds the provider.
         *
         * @throws IllegalStateException when no key was given
         */
        public LocalKeyProvider build() {
            if (key == null) {
                throw new IllegalStateException("a key is required: keyStore(...) or pkcs12(...)");
            }
            return new LocalKeyProvider(this);
        }
    }
}
