package lt.savitarna.sdk.testkit.sandbox;

/**
 * The data every sandbox starts with (unless built with {@code demoData(false)}), as constants
 * for tests and examples.
 *
 * <ul>
 *   <li>Two group companies, {@value #AGROKONCERNAS_ID} and {@value #GRUDAI_ID}.</li>
 *   <li>Jonas Jonaitis, whose identity is already confirmed (Smart-ID demo person
 *       {@value #JONAS_PERSONAL_CODE}); he represents himself in both group companies, ŽŪB „Javų
 *       laukas“ in both and UAB „Žalioji dirva“ in {@value #AGROKONCERNAS_ID}:
 *       {@value #JONAS_REPRESENTATION_COUNT} representations.</li>
 *   <li>Ona Petraitienė, a Žemyna club member whose identity is not confirmed yet: her first
 *       login must confirm it.</li>
 *   <li>Workspaces, seeded when first used and dated relative to the sandbox clock: dozens of
 *       documents (real PDFs) in each of Jonas's, a smaller set in anyone else's, the group
 *       companies' Žemyna offers, order histories of the member companies, and help requests;
 *       the named ones below are in the main workspace {@link #MAIN_COMPANY_ID} ×
 *       {@link #MAIN_PARTY_ID} unless said otherwise.</li>
 * </ul>
 *
 * <!-- sample: SandboxExtensionExampleTest#demo-customer -->
 * <pre>{@code
 * try (Session session = client.login(DemoData.JONAS_EMAIL, DemoData.JONAS_PASSWORD.toCharArray())) {
 *     assertEquals(DemoData.JONAS_REPRESENTATION_COUNT, session.representations().stream().count());
 *
 *     Workspace farm = session.workspace(DemoData.MAIN_COMPANY_ID, DemoData.MAIN_PARTY_ID);
 *     Document invoice = farm.documents()
 *             .list(DocumentQuery.builder().types(DocumentType.INVOICE).pageSize(5).build())
 *             .stream().findFirst().orElseThrow();
 *     DownloadResult saved = farm.documents().download(invoice.id(), archive);
 *     assertTrue(Files.isRegularFile(saved.file()));
 *     assertEquals(invoice.file().sha256(), saved.sha256(), "the SDK verified the checksum");
 * }
 * }</pre>
 */
public final class DemoData {

    /** The privacy policy version recorded with every acceptance. */
    public static final String PRIVACY_POLICY_VERSION = "2024-05";
    /** The Žemyna club rules version recorded with every acceptance. */
    public static final String RULES_VERSION = "2024-05";

    public static final String AGROKONCERNAS_ID = "agrokoncernas";
    public static final String AGROKONCERNAS_NAME = "UAB „Agrokoncernas“";
    public static final String AGROKONCERNAS_CODE = "110000011";

    public static final String GRUDAI_ID = "agrokoncerno-grudai";
    public static final String GRUDAI_NAME = "UAB „Agrokoncerno grūdai“";
    public static final String GRUDAI_CODE = "110000022";

    public static final String JONAS_ACCOUNT_ID = "acc_demo_jonas";
    public static final String JONAS_FIRST_NAME = "Jonas";
    public static final String JONAS_LAST_NAME = "Jonaitis";
    public static final String JONAS_EMAIL = "jonas.jonaitis@demo.savitarna.lt";
    public static final String JONAS_PASSWORD = "Demo-slaptazodis-1";
    /** SK's Smart-ID demo person (answers OK in the demo environment and the testkit's simulator). */
    public static final String JONAS_PERSONAL_CODE = "30303039914";
    public static final String JONAS_IDENTITY_METHOD = "SMART_ID";
    public static final String JONAS_GIVEN_NAME = "JONAS";
    public static final String JONAS_SURNAME = "JONAITIS";
    /** Jonas acting for himself ({@code PERSON}), in either group company. */
    public static final String JONAS_PARTY_ID = "p_self_jonas";

    public static final String JAVU_LAUKAS_PARTY_ID = "p_javu_laukas";
    public static final String JAVU_LAUKAS_NAME = "ŽŪB „Javų laukas“";
    public static final String JAVU_LAUKAS_CODE = "302111111";

    public static final String ZALIOJI_DIRVA_PARTY_ID = "p_zalioji_dirva";
    public static final String ZALIOJI_DIRVA_NAME = "UAB „Žalioji dirva“";
    public static final String ZALIOJI_DIRVA_CODE = "302222222";

    /**
     * Jonas's representations, in the order the server lists them: agrokoncernas × (himself,
     * Javų laukas, Žalioji dirva), then agrokoncerno-grudai × (himself, Javų laukas).
     */
    public static final int JONAS_REPRESENTATION_COUNT = 5;

    public static final String ONA_ACCOUNT_ID = "acc_demo_ona";
    public static final String ONA_FIRST_NAME = "Ona";
    public static final String ONA_LAST_NAME = "Petraitienė";
    public static final String ONA_EMAIL = "ona.petraitiene@demo.savitarna.lt";
    public static final String ONA_PASSWORD = "Zemyna-nare-2024";
    /**
     * The personal code to confirm Ona's identity with: SK's Lithuanian Mobile-ID demo person
     * (phone {@value #ONA_PHONE_NUMBER}). Not bound until a confirmation happens.
     */
    public static final String ONA_PERSONAL_CODE = "50001018865";
    public static final String ONA_PHONE_NUMBER = "+37060000666";
    public static final String ONA_GIVEN_NAME = "ONA";
    public static final String ONA_SURNAME = "PETRAITIENĖ";

    // ---- workspaces: documents ----

    /**
     * Documents in each of Jonas's representations (the large document comes on top in its
     * workspace): twelve monthly invoices and twelve receipts over the last year, a credit and a
     * cancelled invoice, four contracts (one awaiting signature with two annexes awaiting
     * signature too, two signed, one cancelled), a signed annex and four other documents (one of
     * them CSV, one with an unsafe file name). Dates are relative to the sandbox clock.
     */
    public static final int DOCUMENTS_PER_DEMO_REPRESENTATION = 37;
    /**
     * Documents in any other workspace (a newly confirmed person's own, or a company granted
     * later): a contract awaiting signature with one annex, three invoices, two receipts and a
     * price list.
     */
    public static final int DOCUMENTS_PER_OTHER_REPRESENTATION = 8;

    /**
     * The workspace the named documents, orders and help requests below belong to: Jonas for ŽŪB
     * „Javų laukas“ in UAB „Agrokoncernas“.
     */
    public static final String MAIN_COMPANY_ID = AGROKONCERNAS_ID;
    /** See {@link #MAIN_COMPANY_ID}. */
    public static final String MAIN_PARTY_ID = JAVU_LAUKAS_PARTY_ID;

    /** A grain purchase contract awaiting signature, with annexes {@link #CONTRACT_ANNEX_1_ID} and {@link #CONTRACT_ANNEX_2_ID}. */
    public static final String CONTRACT_AWAITING_SIGNATURE_ID = "doc_jl_sut_0142";
    /** Annex 1 (prices) of {@link #CONTRACT_AWAITING_SIGNATURE_ID}, awaiting signature. */
    public static final String CONTRACT_ANNEX_1_ID = "doc_jl_sut_0142_1";
    /** Annex 2 (delivery schedule) of {@link #CONTRACT_AWAITING_SIGNATURE_ID}, awaiting signature. */
    public static final String CONTRACT_ANNEX_2_ID = "doc_jl_sut_0142_2";
    /** A signed contract with one signed annex. */
    public static final String SIGNED_CONTRACT_ID = "doc_jl_sut_0093";
    /** An invoice (type {@code INVOICE}, state {@code ISSUED}), this month's. */
    public static final String LATEST_INVOICE_ID = "doc_jl_inv_00";
    /** A CSV file, served as {@code application/octet-stream}. */
    public static final String CSV_DOCUMENT_ID = "doc_jl_suvestine";
    /** A document whose file name a client must sanitise: {@link #UNSAFE_FILE_NAME}. */
    public static final String UNSAFE_FILE_NAME_DOCUMENT_ID = "doc_jl_pazyma";
    /** Holds {@code ../}, a colon, a slash, a control character (BEL) and a Lithuanian letter. */
    public static final String UNSAFE_FILE_NAME = "../Pažyma: atsiskaitymai/2025\u0007.pdf";

    /**
     * A PDF whose bytes are generated while they are sent (see
     * {@code SandboxServer.Builder#largeDocumentSize}), in {@link #LARGE_DOCUMENT_COMPANY_ID} ×
     * {@link #LARGE_DOCUMENT_PARTY_ID}. Its SHA-256 is computed by one streaming pass the first
     * time it is listed or downloaded, then kept for the JVM's life.
     */
    public static final String LARGE_DOCUMENT_ID = "doc_large_archive";
    /** The group company of the workspace holding {@link #LARGE_DOCUMENT_ID}. */
    public static final String LARGE_DOCUMENT_COMPANY_ID = GRUDAI_ID;
    /** The party of the workspace holding {@link #LARGE_DOCUMENT_ID}: Jonas himself. */
    public static final String LARGE_DOCUMENT_PARTY_ID = JONAS_PARTY_ID;
    /** 1 GiB. */
    public static final long LARGE_DOCUMENT_DEFAULT_SIZE = 1L << 30;

    // ---- workspaces: Žemyna loyalty ----

    /**
     * ŽŪB „Javų laukas“ and UAB „Žalioji dirva“ are Žemyna members, each with an order history in
     * their workspaces; Jonas himself is not (his own workspaces can join).
     */
    public static final String JAVU_LAUKAS_CARD_NUMBER = "ZEM-000101";
    /** The Žemyna card of UAB „Žalioji dirva“. */
    public static final String ZALIOJI_DIRVA_CARD_NUMBER = "ZEM-000102";
    /** UAB „Agrokoncernas“: ammonium nitrate, 289.00 EUR/t, 1..25 t, 140.5 t left. */
    public static final String FERTILISER_OFFER_ID = "off_agk_salietra";
    /** UAB „Agrokoncernas“: potash, 1..10 t per order but only 3 t left. */
    public static final String LOW_STOCK_OFFER_ID = "off_agk_kalis";
    /** UAB „Agrokoncernas“: ended 20 days ago; readable by id, not listed, not orderable. */
    public static final String EXPIRED_OFFER_ID = "off_agk_rapsai";
    /** UAB „Agrokoncernas“: starts in 14 days; readable by id, not listed, not orderable yet. */
    public static final String UPCOMING_OFFER_ID = "off_agk_pavasaris";
    /** Offers of UAB „Agrokoncernas“ valid now. */
    public static final int AGROKONCERNAS_CURRENT_OFFER_COUNT = 5;
    /** UAB „Agrokoncerno grūdai“: grain drying, 18.50 EUR/t, 10..500 t. */
    public static final String GRAIN_DRYING_OFFER_ID = "off_grd_dziovinimas";
    /** An order of the main workspace that can still be cancelled ({@code PLACED}). */
    public static final String PLACED_ORDER_ID = "ord_jl_5";
    /** An order of the main workspace that can no longer be cancelled ({@code CONFIRMED}). */
    public static final String CONFIRMED_ORDER_ID = "ord_jl_4";
    /** Orders in the history of each member company's workspace. */
    public static final int ORDERS_PER_MEMBER_WORKSPACE = 5;

    // ---- workspaces: help ----

    /** A help request of the main workspace answered by staff ({@code ANSWERED}, one message). */
    public static final String ANSWERED_HELP_REQUEST_ID = "hr_jl_1";
    /** A closed help request of the main workspace: replies and attachments answer {@code 409 REQUEST_CLOSED}. */
    public static final String CLOSED_HELP_REQUEST_ID = "hr_jl_2";
    /** "Our contacts": the head office's contacts page. */
    public static final String CONTACTS_URL = "https://www.agrokoncernas.lt/lt/kontaktai/centrine-buveine/";

    private DemoData() {
    }
}
