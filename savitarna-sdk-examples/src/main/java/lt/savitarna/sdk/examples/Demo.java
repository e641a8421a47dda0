package lt.savitarna.sdk.examples;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import lt.savitarna.sdk.SavitarnaClient;
import lt.savitarna.sdk.Session;
import lt.savitarna.sdk.Workspace;
import lt.savitarna.sdk.account.Profile;
import lt.savitarna.sdk.account.Registration;
import lt.savitarna.sdk.account.Representation;
import lt.savitarna.sdk.document.Document;
import lt.savitarna.sdk.document.DocumentQuery;
import lt.savitarna.sdk.document.DocumentState;
import lt.savitarna.sdk.document.DocumentType;
import lt.savitarna.sdk.document.DownloadOptions;
import lt.savitarna.sdk.document.DownloadResult;
import lt.savitarna.sdk.document.SignedDocument;
import lt.savitarna.sdk.error.IdentityNotConfirmedException;
import lt.savitarna.sdk.error.SavitarnaException;
import lt.savitarna.sdk.help.HelpQuestion;
import lt.savitarna.sdk.help.HelpRequest;
import lt.savitarna.sdk.help.Upload;
import lt.savitarna.sdk.help.UploadedFile;
import lt.savitarna.sdk.loyalty.Loyalty;
import lt.savitarna.sdk.loyalty.Membership;
import lt.savitarna.sdk.loyalty.Offer;
import lt.savitarna.sdk.loyalty.Order;
import lt.savitarna.sdk.signature.SignatureProvider;
import lt.savitarna.sdk.signature.SignerIdentity;
import lt.savitarna.sdk.signature.identity.PersonalCode;
import lt.savitarna.sdk.signing.SmartIdConfig;
import lt.savitarna.sdk.signing.SmartIdProvider;

/**
 * The whole customer workflow, as the README's demo command runs it: register with consents →
 * first login → identity confirmation with Smart-ID (verification code shown) → choose company
 * and represented party → list documents → download an invoice with a progress bar → sign a
 * contract with Smart-ID → download the signed container → join Žemyna → order an offer → order
 * history → ask for help with an attachment.
 *
 * <p>By default everything runs offline on the embedded sandbox portal and Smart-ID / Mobile-ID
 * simulators. To use a real portal and SK's demo Smart-ID service instead, set
 * {@code SAVITARNA_BASE_URL} (or pass {@code --portal URL}), {@code SAVITARNA_PERSONAL_CODE} (the
 * person whose Smart-ID confirms and signs) and the Smart-ID settings
 * {@code savitarna.smartid.relyingPartyUuid}, {@code .relyingPartyName}, {@code .tlsPins}
 * (system properties, or the environment variables {@code SAVITARNA_SMARTID_...}).
 * Exits with status 1 on any failure.
 *
 * <pre>{@code
 * mvn -B -q -Pdemo -DskipTests verify
 * }</pre>
 */
public final class Demo {

    private final PrintStream out;
    private final SignatureProvider smartId;
    private final SignerIdentity person;
    private final Path work;
    private int step;

    Demo(PrintStream out, SignatureProvider smartId, SignerIdentity person, Path work) {
        this.out = out;
        this.smartId = smartId;
        this.person = person;
        this.work = work;
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        long started = System.nanoTime();
        try {
            URI portal = portalFrom(args);
            if (portal == null) {
                // No demo accounts: SK's Smart-ID demo person is then free to become the new customer.
                try (EmbeddedServices services = new EmbeddedServices(false)) {
                    out.println("Embedded sandbox portal at " + services.sandbox.baseUri()
                            + ", Smart-ID and Mobile-ID simulators over HTTPS");
                    new Demo(out, services.smartId(), demoPerson(), workFolder()).run(services.sandbox.baseUri());
                }
            } else {
                new Demo(out, SmartIdProvider.create(SmartIdConfig.fromEnvironment()), configuredPerson(), workFolder())
                        .run(portal);
            }
            out.printf("%nThe whole workflow ran in %.1f s.%n", (System.nanoTime() - started) / 1e9);
        } catch (SavitarnaException failure) {
            out.println();
            out.println("FAILED: " + failure.getLocalizedMessage());
            System.exit(1);
        } catch (RuntimeException failure) {
            out.println();
            out.println("FAILED: " + failure);
            System.exit(1);
        }
    }

    /** Runs the workflow against {@code portal}; throws on the first failure. */
    void run(URI portal) {
        try (SavitarnaClient client = SavitarnaClient.builder().baseUri(portal)
                .userAgentSuffix("savitarna-demo/1.0").locale(Locale.forLanguageTag("lt")).build()) {

            step("Registering with the portal's consents");
            String email = "demo." + UUID.randomUUID().toString().substring(0, 8) + "@example.lt";
            char[] password = "Demo-slaptazodis-2026".toCharArray();
            client.accounts().register(Registration.builder()
                    .firstName("Jonas").lastName("Jonaitis").email(email).password(password)
                    .directMarketing(true)              // optional
                    .zemynaClub(false)                   // optional: joins below instead
                    .acceptPrivacyPolicyAndRules(true)   // required
                    .build());
            out.println("  account " + email + " (marketing: yes, Žemyna club: not yet, privacy policy and rules: accepted)");

            step("First login with the email and password");
            try (Session session = client.login(email, password)) {
                java.util.Arrays.fill(password, '\0');
                out.println("  session state: " + session.state());
                try {
                    session.representations().stream().count();
                } catch (IdentityNotConfirmedException notYet) {
                    out.println("  the portal answers: " + notYet.getLocalizedMessage());
                }

                step("Confirming identity with Smart-ID");
                Profile me = session.confirmIdentity(smartId, person, EmbeddedServices.printingCodes(indented()));
                out.printf("  confirmed: %s %s (%s); session state: %s%n", me.identity().givenName(),
                        me.identity().surname(), me.identity().personalCodeMasked(), session.state());

                step("Choosing the company and the represented party");
                List<Representation> representations = session.representations().stream().toList();
                for (Representation r : representations) {
                    out.printf("  %s %-28s × %s%n", r == representations.get(0) ? "→" : " ",
                            r.company().name(), r.party().name());
                }
                Workspace workspace = session.workspace(representations.get(0));

                Document contract = listDocuments(workspace);
                downloadInvoice(workspace);
                signContract(workspace, contract);
                zemyna(workspace.loyalty());
                askForHelp(workspace);
            }
        }
    }

    private Document listDocuments(Workspace workspace) {
        step("Listing the documents");
        Document awaitingSignature = null;
        for (Document d : workspace.documents().list()) {
            out.printf("  %-15s %-16s %-45s %s%n", d.type(), d.state(), d.title(),
                    d.amountIfAny().map(m -> m.amount() + " " + m.currency()).orElse(""));
            if (awaitingSignature == null && DocumentType.CONTRACT.equals(d.type())
                    && DocumentState.AWAITING_SIGNATURE.equals(d.state())) {
                awaitingSignature = d;
            }
        }
        if (awaitingSignature == null) {
            throw new IllegalStateException("no contract awaits a signature in this workspace");
        }
        return awaitingSignature;
    }

    private void downloadInvoice(Workspace workspace) {
        step("Downloading this month's invoice");
        Document invoice = workspace.documents().list(DocumentQuery.builder().types(DocumentType.INVOICE)
                        .from(LocalDate.now().withDayOfMonth(1)).build())
                .stream().findFirst().orElseThrow(() -> new IllegalStateException("no invoice this month"));
        DownloadResult file = workspace.documents().download(invoice.id(), folder("invoices"),
                DownloadOptions.builder().progress(new ProgressBar(out, invoice.number())).build());
        out.printf("  saved %s, SHA-256 checked: %s…%n", file.file(), file.sha256().substring(0, 16));
    }

    private void signContract(Workspace workspace, Document contract) {
        step("Signing \"" + contract.title() + "\" with Smart-ID");
        SignedDocument signed = workspace.documents().sign(contract.id(), smartId, person,
                EmbeddedServices.printingCodes(indented()));
        out.println("  signed; the contract is now " + signed.document().state());

        step("Downloading the signed container");
        Path container = folder("signed").resolve(contract.id() + ".asice");
        long size = workspace.documents().downloadSignedContainer(contract.id(), container);
        out.printf("  %s (%,d B) holds:%n", container, size);
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(container))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                out.println("    " + entry.getName());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void zemyna(Loyalty loyalty) {
        step("Joining the Žemyna loyalty programme");
        Membership membership = loyalty.membership();
        if (!membership.isMember()) {
            membership = loyalty.join(true); // the person accepted the club's rules
        }
        out.println("  " + membership.state() + ", card " + membership.cardNumber());

        step("Ordering an offer");
        Offer offer = loyalty.offers().stream().filter(o -> o.isValidAt(Instant.now())).findFirst()
                .orElseThrow(() -> new IllegalStateException("no offer is valid now"));
        BigDecimal quantity = offer.minQuantity() != null ? offer.minQuantity() : BigDecimal.ONE;
        Order order = loyalty.order(offer, quantity);
        out.printf("  %s %s of \"%s\" for %s %s: %s%n", order.quantity(), order.unit(), order.offerTitle(),
                order.total().amount(), order.total().currency(), order.state());

        step("Order history");
        for (Order past : loyalty.orders()) {
            out.printf("  %s  %-32s %s %s  %s%n", past.createdAt(), past.offerTitle(), past.quantity(), past.unit(),
                    past.state());
        }
    }

    private void askForHelp(Workspace workspace) {
        step("Asking for help with an attachment");
        HelpRequest request = workspace.help().ask(HelpQuestion.of("Trūkstami dokumentai",
                "Siunčiu žemės nuomos sutarties kopiją agronomui-konsultantui."));
        Path scan;
        try {
            scan = HelpDeskUpload.scannedDocument();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        UploadedFile attached = workspace.help().attach(request.id(), Upload.builder(scan)
                .progress(new ProgressBar(out, scan.getFileName().toString())).build());
        out.printf("  request %s (%s) with %s attached; our contacts: %s%n", request.id(), request.state(),
                attached.fileName(), workspace.help().contacts().url());
    }

    private void step(String title) {
        out.printf("%n%2d. %s%n", ++step, title);
    }

    private PrintStream indented() {
        return new PrintStream(out, true, StandardCharsets.UTF_8) {
            @Override
            public void println(String line) {
                super.println("  " + line);
            }
        };
    }

    private Path folder(String name) {
        try {
            return Files.createDirectories(work.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path workFolder() {
        try {
            return Files.createTempDirectory("savitarna-demo-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SignerIdentity demoPerson() {
        return SignerIdentity.of(PersonalCode.parse(ConfirmIdentityWithSmartId.DEMO_PERSONAL_CODE));
    }

    private static SignerIdentity configuredPerson() {
        String code = System.getenv("SAVITARNA_PERSONAL_CODE");
        if (code == null || code.isBlank()) {
            throw new IllegalStateException("set SAVITARNA_PERSONAL_CODE to the personal code whose Smart-ID signs");
        }
        return SignerIdentity.of(PersonalCode.parse(code));
    }

    private static URI portalFrom(String[] args) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals("--portal")) {
                return URI.create(args[i + 1]);
            }
        }
        String named = System.getenv("SAVITARNA_BASE_URL");
        return named == null || named.isBlank() ? null : URI.create(named);
    }
}
