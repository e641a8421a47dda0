package lt.savitarna.sdk.testkit.sandbox.internal.workspace;

import static lt.savitarna.sdk.testkit.sandbox.internal.workspace.Documents.AWAITING_SIGNATURE;
import static lt.savitarna.sdk.testkit.sandbox.internal.workspace.Documents.CANCELLED;
import static lt.savitarna.sdk.testkit.sandbox.internal.workspace.Documents.CONTRACT;
import static lt.savitarna.sdk.testkit.sandbox.internal.workspace.Documents.CONTRACT_ANNEX;
import static lt.savitarna.sdk.testkit.sandbox.internal.workspace.Documents.INVOICE;
import static lt.savitarna.sdk.testkit.sandbox.internal.workspace.Documents.ISSUED;
import static lt.savitarna.sdk.testkit.sandbox.internal.workspace.Documents.OTHER;
import static lt.savitarna.sdk.testkit.sandbox.internal.workspace.Documents.PAID;
import static lt.savitarna.sdk.testkit.sandbox.internal.workspace.Documents.RECEIPT;
import static lt.savitarna.sdk.testkit.sandbox.internal.workspace.Documents.SIGNED;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lt.savitarna.sdk.testkit.sandbox.DemoData;
import lt.savitarna.sdk.testkit.sandbox.internal.Representation;

/**
 * The data a workspace starts with, relative to the sandbox clock at the moment the workspace is
 * first used. Jonas's workspaces get the full set described in {@code DemoData}; any other
 * workspace a smaller one. Ids are stable: the same workspace gets the same ids in every sandbox,
 * and the main workspace's are the constants of {@code DemoData}.
 */
final class WorkspaceSeed {

    private static final Set<String> DEMO_PARTIES = Set.of(DemoData.JONAS_PARTY_ID, DemoData.JAVU_LAUKAS_PARTY_ID,
            DemoData.ZALIOJI_DIRVA_PARTY_ID);
    private static final Set<String> MEMBER_PARTIES = Set.of(DemoData.JAVU_LAUKAS_PARTY_ID,
            DemoData.ZALIOJI_DIRVA_PARTY_ID);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyyMM");

    private final Workspace workspace;
    private final Representation scope;
    private final Instant now;
    private final LocalDate today;
    private final String tag;
    private final String numberPrefix;
    private final List<DocumentRecord> documents = new ArrayList<>();
    private final Map<String, String> numbers = new HashMap<>();

    private WorkspaceSeed(Workspace workspace, Instant now) {
        this.workspace = workspace;
        this.scope = workspace.scope();
        this.now = now;
        this.today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        boolean main = scope.company().id().equals(DemoData.MAIN_COMPANY_ID)
                && scope.party().id().equals(DemoData.MAIN_PARTY_ID);
        this.tag = main ? "jl" : Ids.stable(Workspace.key(scope.company().id(), scope.party().id()));
        this.numberPrefix = scope.company().id().equals(DemoData.AGROKONCERNAS_ID) ? "AGK" : "AKG";
    }

    static void seed(Workspace workspace, Instant now, WorkspaceStore store) {
        WorkspaceSeed seed = new WorkspaceSeed(workspace, now);
        boolean demo = DEMO_PARTIES.contains(seed.scope.party().id());
        if (demo) {
            seed.fullDocuments();
        } else {
            seed.smallDocuments();
        }
        if (seed.scope.company().id().equals(DemoData.LARGE_DOCUMENT_COMPANY_ID)
                && seed.scope.party().id().equals(DemoData.LARGE_DOCUMENT_PARTY_ID)) {
            seed.largeDocument(store.options().largeDocumentSize());
        }
        seed.commitDocuments();
        seed.signatures();
        if (MEMBER_PARTIES.contains(seed.scope.party().id())) {
            seed.orders(store);
        }
        if (demo) {
            seed.help();
        }
    }

    // ---- documents ----

    private void fullDocuments() {
        for (int m = 0; m < 12; m++) {
            LocalDate month = today.minusMonths(m);
            LocalDate issued = notAfterToday(month.withDayOfMonth(5));
            add("inv_" + two(m), INVOICE, m <= 1 ? ISSUED : PAID, "PVM sąskaita faktūra",
                    numberPrefix + "-" + MONTH.format(month) + "-" + two(m + 11), issued,
                    amount("inv" + m, 150, 6000), null, null);
            LocalDate receipt = notAfterToday(month.withDayOfMonth(20));
            add("kv_" + two(m), RECEIPT, ISSUED, "Grūdų supirkimo kvitas",
                    "KV-" + MONTH.format(month) + "-" + two(m + 31), receipt,
                    amount("kv" + m, 500, 15000), null, null);
        }
        add("inv_credit", INVOICE, ISSUED, "Kreditinė PVM sąskaita faktūra",
                numberPrefix + "-K-" + MONTH.format(today.minusMonths(2)), today.minusMonths(2).withDayOfMonth(15),
                Money.eur("-120.00"), null, null);
        add("inv_void", INVOICE, CANCELLED, "PVM sąskaita faktūra (anuliuota)",
                numberPrefix + "-" + MONTH.format(today.minusMonths(4)) + "-99", today.minusMonths(4).withDayOfMonth(10),
                amount("void", 100, 900), null, null);

        int year = today.getYear();
        add("sut_0142", CONTRACT, AWAITING_SIGNATURE, "Grūdų pirkimo-pardavimo sutartis", "SUT-" + year + "-0142",
                today.minusDays(4), Money.eur("48500.00"), null, null);
        add("sut_0142_1", CONTRACT_ANNEX, AWAITING_SIGNATURE, "Sutarties priedas Nr. 1 (kainos)",
                "SUT-" + year + "-0142/1", today.minusDays(3), Money.eur("12400.00"), "sut_0142",
                "SUT-" + year + "-0142-1.pdf");
        add("sut_0142_2", CONTRACT_ANNEX, AWAITING_SIGNATURE, "Sutarties priedas Nr. 2 (pristatymo grafikas)",
                "SUT-" + year + "-0142/2", today.minusDays(2), null, "sut_0142", "SUT-" + year + "-0142-2.pdf");
        LocalDate signed = today.minusMonths(7);
        add("sut_0093", CONTRACT, SIGNED, "Trąšų tiekimo sutartis", "SUT-" + signed.getYear() + "-0093", signed,
                Money.eur("23150.00"), null, null);
        add("sut_0093_1", CONTRACT_ANNEX, SIGNED, "Sutarties priedas Nr. 1", "SUT-" + signed.getYear() + "-0093/1",
                today.minusMonths(5), Money.eur("3200.00"), "sut_0093", "SUT-" + signed.getYear() + "-0093-1.pdf");
        LocalDate older = today.minusMonths(10);
        add("sut_0051", CONTRACT, SIGNED, "Augalų apsaugos produktų tiekimo sutartis",
                "SUT-" + older.getYear() + "-0051", older, Money.eur("9870.40"), null, null);
        LocalDate cancelled = today.minusMonths(3);
        add("sut_0117", CONTRACT, CANCELLED, "Sandėliavimo paslaugų sutartis",
                "SUT-" + cancelled.getYear() + "-0117", cancelled, null, null, null);

        add("kainos", OTHER, ISSUED, "Kainoraštis", null, today.minusDays(10), null, null,
                "Kainorastis-" + MONTH.format(today) + ".pdf");
        add("protokolas", OTHER, ISSUED, "Grūdų kokybės tyrimo protokolas", "PR-" + MONTH.format(today.minusMonths(1)),
                today.minusMonths(1).withDayOfMonth(12), null, null, null);
        add("pazyma", OTHER, ISSUED, "Pažyma apie atsiskaitymus", null, today.minusMonths(1).withDayOfMonth(2), null,
                null, DemoData.UNSAFE_FILE_NAME);
        add("suvestine", OTHER, ISSUED, "Atsiskaitymų suvestinė", null, today.minusDays(1), null, null,
                "atsiskaitymu-suvestine.csv");
    }

    private void smallDocuments() {
        int year = today.getYear();
        add("sut_0001", CONTRACT, AWAITING_SIGNATURE, "Prekių pirkimo-pardavimo sutartis", "SUT-" + year + "-N001",
                today.minusDays(3), Money.eur("5400.00"), null, null);
        add("sut_0001_1", CONTRACT_ANNEX, AWAITING_SIGNATURE, "Sutarties priedas Nr. 1", "SUT-" + year + "-N001/1",
                today.minusDays(2), null, "sut_0001", "SUT-" + year + "-N001-1.pdf");
        for (int m = 0; m < 3; m++) {
            LocalDate month = today.minusMonths(m);
            add("inv_" + two(m), INVOICE, m == 0 ? ISSUED : PAID, "PVM sąskaita faktūra",
                    numberPrefix + "-" + MONTH.format(month) + "-N" + two(m), notAfterToday(month.withDayOfMonth(5)),
                    amount("inv" + m, 80, 2500), null, null);
        }
        for (int m = 0; m < 2; m++) {
            LocalDate month = today.minusMonths(m);
            add("kv_" + two(m), RECEIPT, ISSUED, "Grūdų supirkimo kvitas", "KV-" + MONTH.format(month) + "-N" + two(m),
                    notAfterToday(month.withDayOfMonth(20)), amount("kv" + m, 300, 4000), null, null);
        }
        add("kainos", OTHER, ISSUED, "Kainoraštis", null, today.minusDays(10), null, null,
                "Kainorastis-" + MONTH.format(today) + ".pdf");
    }

    private void largeDocument(long size) {
        add0(DemoData.LARGE_DOCUMENT_ID, OTHER, ISSUED, "Grūdų kokybės tyrimų archyvas",
                "ARCH-" + today.getYear(), today.minusDays(1), null, null, "Grudu-kokybes-archyvas.pdf", size);
    }

    private void add(String name, String type, String state, String title, String number, LocalDate issueDate,
                     Money amount, String contractName, String fileName) {
        add0("doc_" + tag + "_" + name, type, state, title, number, issueDate, amount,
                contractName == null ? null : "doc_" + tag + "_" + contractName, fileName, 0);
    }

    private void add0(String id, String type, String state, String title, String number, LocalDate issueDate,
                      Money amount, String contractId, String fileName, long exactSize) {
        if (number != null) {
            numbers.put(id, number);
        }
        String file = fileName != null ? fileName : (number != null ? number.replace('/', '-') : id) + ".pdf";
        DocumentFiles.Spec spec = new DocumentFiles.Spec(scope, id, type, title, number, issueDate, amount,
                contractId == null ? null : numbers.get(contractId), file, 1, exactSize);
        int index = documents.size();
        Instant created = issueDate.atStartOfDay(ZoneOffset.UTC).toInstant().plus(Duration.ofHours(7)).plusSeconds(index);
        if (created.isAfter(now)) {
            created = now.minusSeconds(3600L - index);
        }
        Instant updated = switch (state) {
            case PAID -> created.plus(Duration.ofDays(18));
            case SIGNED -> created.plus(Duration.ofDays(2));
            case CANCELLED -> created.plus(Duration.ofDays(6));
            default -> created;
        };
        if (updated.isAfter(now)) {
            updated = created;
        }
        documents.add(new DocumentRecord(id, type, state, title, number, issueDate, contractId, amount, file,
                DocumentFiles.mediaType(file), DocumentFiles.generate(spec), 1, created, updated));
    }

    /** The feed starts with every seeded document's creation, oldest first. */
    private void commitDocuments() {
        documents.sort(Comparator.comparing(DocumentRecord::createdAt).thenComparing(DocumentRecord::id));
        for (DocumentRecord document : documents) {
            workspace.put(document, document.createdAt());
        }
    }

    /** Documents seeded as signed were signed by Jonas with Mobile-ID, so they have a container. */
    private void signatures() {
        DemoSigner signer = DemoSigner.get();
        byte[] certificate = signer.certificate();
        for (DocumentRecord document : documents) {
            if (!Documents.isSignedKind(document.type()) || !SIGNED.equals(document.state())) {
                continue;
            }
            byte[] digest = SigningDigest.of(document.content(), certificate);
            SignatureRecord prepared = new SignatureRecord("sig_" + document.id().substring("doc_".length()),
                    document.id(), DemoData.JONAS_ACCOUNT_ID, certificate, "MOBILE_ID", digest, SignatureRecord.PENDING,
                    document.updatedAt(), document.updatedAt(), document.revision(), null, true);
            workspace.putSignature(SigningEndpoints.complete(prepared, document, signer.sign(digest), "SHA256withECDSA",
                    document.updatedAt()));
        }
    }

    private LocalDate notAfterToday(LocalDate date) {
        return date.isAfter(today) ? today : date;
    }

    private Money amount(String name, int min, int max) {
        long cents = min * 100L + Math.floorMod(Ids.seed(tag + name), (max - min) * 100L);
        return new Money(BigDecimal.valueOf(cents, 2), "EUR");
    }

    private static String two(int n) {
        return String.format("%02d", n);
    }

    // ---- loyalty ----

    private void orders(WorkspaceStore store) {
        String company = scope.company().id();
        List<OfferRecord> offers = store.offers(company).stream().filter(o -> !o.validFrom().isAfter(now)).toList();
        String[] states = {OrderRecord.FULFILLED, OrderRecord.FULFILLED, OrderRecord.CANCELLED, OrderRecord.CONFIRMED,
            OrderRecord.PLACED};
        int[] daysAgo = {160, 95, 40, 6, 1};
        for (int i = 0; i < states.length; i++) {
            OfferRecord offer = offers.get(i % offers.size());
            BigDecimal quantity = offer.minQuantity().multiply(BigDecimal.valueOf(i + 2L));
            if (offer.maxQuantity() != null && quantity.compareTo(offer.maxQuantity()) > 0) {
                quantity = offer.maxQuantity();
            }
            Instant created = now.minus(Duration.ofDays(daysAgo[i])).minusSeconds(3600L * i);
            Instant updated = states[i].equals(OrderRecord.PLACED) ? created : created.plus(Duration.ofHours(20));
            if (updated.isAfter(now)) {
                updated = now;
            }
            workspace.putOrder(new OrderRecord("ord_" + tag + "_" + (i + 1), offer.id(), offer.title(), quantity,
                    offer.unit(), offer.price(), offer.price().times(quantity), states[i], null, created, updated));
        }
    }

    // ---- help ----

    private void help() {
        Instant asked = now.minus(Duration.ofDays(9));
        Instant answered = asked.plus(Duration.ofHours(5));
        HelpRecords.Upload attachment = new HelpRecords.Upload("upl_" + tag + "_1", "grazinimo-aktas.pdf",
                Documents.PDF, 184_320, "fcde2b2edba56bf408601fb721fe9b5c338d10ee429ea04fae5511b68fbf8fb9",
                "Grąžintų prekių aktas", "hr_" + tag + "_1", HelpRecords.RECEIVED, null, asked.plusSeconds(60));
        workspace.putUpload(attachment);
        workspace.putHelpRequest(new HelpRecords.Request("hr_" + tag + "_1", "Sąskaitos apmokėjimas",
                "Kada bus išrašyta kreditinė sąskaita už grąžintas prekes?", HelpRecords.ANSWERED, asked, answered,
                List.of(new HelpRecords.Message("msg_" + tag + "_1", HelpRecords.STAFF,
                        "Kreditinė sąskaita bus išrašyta iki penktadienio.", answered)),
                List.of(attachment.id()), null));
        Instant closedAsked = now.minus(Duration.ofDays(40));
        workspace.putHelpRequest(new HelpRecords.Request("hr_" + tag + "_2", "Sutarties kopija",
                "Prašau atsiųsti pernykštės sutarties kopiją.", HelpRecords.CLOSED, closedAsked,
                closedAsked.plus(Duration.ofDays(1)),
                List.of(new HelpRecords.Message("msg_" + tag + "_2", HelpRecords.STAFF,
                        "Kopija įkelta į dokumentų sąrašą. Užklausą uždarome.", closedAsked.plus(Duration.ofDays(1)))),
                List.of(), null));
        workspace.putUpload(new HelpRecords.Upload("upl_" + tag + "_2", "deklaracija-" + (today.getYear() - 1) + ".pdf",
                Documents.PDF, 512_000, "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae",
                "Pasėlių deklaracija", null, HelpRecords.RECEIVED, null, now.minus(Duration.ofDays(20))));
    }
}
