package lt.savitarna.sdk.examples;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import lt.savitarna.sdk.signature.CertificateRequest;
import lt.savitarna.sdk.signature.Digest;
import lt.savitarna.sdk.signature.HashType;
import lt.savitarna.sdk.signature.SignatureProvider;
import lt.savitarna.sdk.signature.SignatureProviders;
import lt.savitarna.sdk.signature.SignatureRequest;
import lt.savitarna.sdk.signature.SignatureValue;
import lt.savitarna.sdk.signature.SignerIdentity;
import lt.savitarna.sdk.signature.SigningCertificate;
import lt.savitarna.sdk.signature.SigningListener;
import lt.savitarna.sdk.signing.LocalKeyProvider;
import lt.savitarna.sdk.signing.MobileIdConfig;
import lt.savitarna.sdk.signing.MobileIdLanguage;
import lt.savitarna.sdk.signing.MobileIdProvider;
import lt.savitarna.sdk.signing.SignatureVerifier;
import lt.savitarna.sdk.signing.SmartIdConfig;
import lt.savitarna.sdk.signing.SmartIdProvider;
import lt.savitarna.sdk.signing.TlsPin;
import lt.savitarna.sdk.signing.TrustAnchors;

/**
 * Configures the signature providers a portal integration uses: Smart-ID and Mobile-ID for SK's
 * demo services and for the live ones (with the relying party's name and UUID agreed with SK, the
 * TLS pins of SK's API hosts and SK's intermediate certificates as trust anchors), and a company
 * seal from a PKCS#12 file, which then seals the hash of an invoice. Building a provider contacts
 * nobody; Smart-ID and Mobile-ID connect when first asked.
 *
 * <p>Pass {@code --sk-anchors FILE} (SK's intermediate certificates, PEM) and {@code --seal FILE}
 * (a PKCS#12 file with the key {@code seal}; password in {@code SEAL_PASSWORD}). Without them the
 * program writes stand-ins: SK's demo anchors as the PEM file, and a throw-away seal made with the
 * JDK's {@code keytool}. The relying party and the pins below are placeholders to replace with
 * your own and SK's current ones.
 *
 * <pre>{@code
 * mvn -q -Pdemo -DskipTests verify -Ddemo.mainClass=lt.savitarna.sdk.examples.ConfigureSigningProviders
 * }</pre>
 */
public final class ConfigureSigningProviders {

    /** SK's demo services accept any relying party with this UUID and the name {@code DEMO}. */
    static final String DEMO_RELYING_PARTY_UUID = "00000000-0000-0000-0000-000000000000";
    /** Placeholders: the relying party as agreed with SK. */
    static final String RELYING_PARTY_UUID = "3f3c2a54-6c1b-4a43-9a0e-5d2c8f1b7e21";
    static final String RELYING_PARTY_NAME = "Agrokoncernas";
    /** Placeholders: the pins SK publishes for its API hosts, the current one with its last day. */
    static final String CURRENT_PIN = "sha256/QsQZSH2CzFUXXQ4cXFaQvGmvKXLq9fMrErPkbTMBeT8=@2027-03-31";
    static final String NEXT_PIN = "sha256/K3kn4aSOaZuMzpBnWR8aLiBpF3ycbk4ZqxBuqH2NeAc=";

    private ConfigureSigningProviders() {
    }

    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        List<String> arguments = Arrays.asList(args);
        Path folder = Files.createTempDirectory("signing-setup-");
        Path skAnchors = argument(arguments, "--sk-anchors");
        if (skAnchors == null) {
            skAnchors = writePem(TrustAnchors.demo(), folder.resolve("sk-demo-anchors.pem"));
        }
        Path seal = argument(arguments, "--seal");
        char[] password = System.getenv().getOrDefault("SEAL_PASSWORD", "").toCharArray();
        if (seal == null) {
            password = UUID.randomUUID().toString().toCharArray();
            seal = createThrowAwaySeal(folder.resolve("seal.p12"), password);
        }
        run(skAnchors, seal, password, out);
    }

    /** The whole program; the seal's password is cleared once the seal is read. */
    static SignatureProviders run(Path skIntermediatesPem, Path sealFile, char[] sealPassword, PrintStream out) {
        // @start region=demo-providers
        // SK's demo services: SK's demo trust anchors are bundled, pins are optional
        SmartIdProvider smartIdDemo = SmartIdProvider.create(SmartIdConfig.demo(DEMO_RELYING_PARTY_UUID, "DEMO")
                .locale(Locale.forLanguageTag("lt")) // the language of the exceptions' messages
                .build());
        MobileIdProvider mobileIdDemo = MobileIdProvider.create(MobileIdConfig.demo(DEMO_RELYING_PARTY_UUID, "DEMO")
                .language(MobileIdLanguage.ENG) // the SIM dialog's language; LIT by default
                .build());
        // @end
        out.println("Demo providers: " + smartIdDemo.name() + ", " + mobileIdDemo.name());

        // @start region=smart-id-live
        List<X509Certificate> skIntermediates = TrustAnchors.fromPem(skIntermediatesPem);
        // @start region=tls-pins
        TlsPin current = TlsPin.parse(CURRENT_PIN); // SK's API certificate now, accepted until the date
        TlsPin next = TlsPin.parse(NEXT_PIN);       // the one SK announced, so the change breaks nothing
        // @end
        SmartIdConfig smartIdLive = SmartIdConfig.live(RELYING_PARTY_UUID, RELYING_PARTY_NAME)
                .tlsPins(current, next)
                .trustAnchors(skIntermediates) // the live preset trusts nothing by itself
                .build();
        SmartIdProvider smartId = SmartIdProvider.create(smartIdLive);
        // @end
        out.println("Live Smart-ID: " + skIntermediates.size() + " trust anchors, pin valid until "
                + current.expiry().orElseThrow());

        // @start region=mobile-id-live
        MobileIdConfig mobileIdLive = MobileIdConfig.live(RELYING_PARTY_UUID, RELYING_PARTY_NAME)
                .tlsPins(current, next)
                .trustAnchors(skIntermediates)
                .language(MobileIdLanguage.LIT)
                .build();
        MobileIdProvider mobileId = MobileIdProvider.create(mobileIdLive);
        // @end

        // @start region=seal
        LocalKeyProvider seal = LocalKeyProvider.builder()
                .pkcs12(sealFile, sealPassword, "seal")
                .name("company-seal")
                .build();
        Arrays.fill(sealPassword, '\0'); // the provider keeps the key, never the password
        // @end

        // @start region=providers
        // The explicit ones, and those configured by savitarna.* settings, if any
        SignatureProviders providers = SignatureProviders.of(smartId, mobileId, seal);
        SignatureProviders configured = SignatureProviders.discover();
        out.println("Providers: " + providers.names() + "; configured by settings: " + configured.names());
        SignatureProvider chosen = providers.get("smart-id"); // the method the person picked
        // @end
        out.println("Chosen: " + chosen.name());

        sealInvoice(seal, out);
        return providers;
    }

    /** Seals the hash of an invoice with the company's key: nobody confirms anything on a phone. */
    static SignatureValue sealInvoice(LocalKeyProvider seal, PrintStream out) {
        byte[] invoice = "Sąskaita faktūra Nr. AGR-2024-0042".getBytes(StandardCharsets.UTF_8);
        // @start region=seal-sign
        SigningCertificate sealCertificate = seal.signingCertificate(
                CertificateRequest.builder(SignerIdentity.anyone()).build(), SigningListener.none());
        Digest invoiceHash = Digest.compute(HashType.SHA256, invoice);
        SignatureValue sealed = seal.sign(SignatureRequest.builder(sealCertificate, invoiceHash).build(),
                SigningListener.none());
        out.println("Invoice sealed with " + sealed.algorithm() + " by "
                + sealed.certificate().getSubjectX500Principal().getName());
        // @end
        SignatureVerifier.verify(sealed.certificate().getPublicKey(), HashType.SHA256, invoiceHash.value(),
                sealed.value());
        out.println("The seal verifies with the seal's certificate");
        return sealed;
    }

    /** A self-signed EC seal valid for 30 days, made with the JDK's keytool; a real seal comes from a CA. */
    static Path createThrowAwaySeal(Path file, char[] password) {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        ProcessBuilder command = new ProcessBuilder(keytool.toString(), "-genkeypair", "-noprompt",
                "-keystore", file.toString(), "-storetype", "PKCS12", "-alias", "seal",
                "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "30",
                "-dname", "CN=UAB Agrokoncernas e-seal, O=UAB Agrokoncernas, C=LT",
                "-ext", "KeyUsage=digitalSignature,nonRepudiation",
                // The password reaches keytool through its environment, not its command line.
                "-storepass:env", "SEAL_PASSWORD");
        command.environment().put("SEAL_PASSWORD", new String(password));
        command.redirectErrorStream(true);
        try {
            Process process = command.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException("keytool could not create the seal: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating the seal", e);
        }
        return file;
    }

    /** Writes certificates as PEM, the form in which SK publishes its intermediates. */
    static Path writePem(List<X509Certificate> certificates, Path file) {
        StringBuilder pem = new StringBuilder();
        Base64.Encoder base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII));
        try {
            for (X509Certificate certificate : certificates) {
                pem.append("-----BEGIN CERTIFICATE-----\n").append(base64.encodeToString(certificate.getEncoded()))
                        .append("\n-----END CERTIFICATE-----\n");
            }
            return Files.writeString(file, pem, StandardCharsets.US_ASCII);
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path argument(List<String> arguments, String name) {
        int at = arguments.indexOf(name);
        return at >= 0 && at + 1 < arguments.size() ? Path.of(arguments.get(at + 1)) : null;
    }
}
