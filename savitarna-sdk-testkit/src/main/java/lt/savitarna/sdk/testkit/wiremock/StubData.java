package lt.savitarna.sdk.testkit.wiremock;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The ids, credentials and files that {@link PortalStubs} answers with. They are the examples of
 * the portal's OpenAPI document, so a test written against the stubs reads like the contract.
 * Every stubbed document's file is {@linkplain #samplePdf() one small real PDF}, whose size and
 * SHA-256 the document metadata states, so checksum verification passes.
 *
 * <!-- sample: WireMockStubsExampleTest#stub-data -->
 * <pre>{@code
 * try (Session session = client.login(StubData.EMAIL, StubData.PASSWORD.toCharArray())) {
 *     assertEquals(StubData.ACCOUNT_ID, session.me().accountId());
 *     Document contract = session.workspace(StubData.COMPANY_ID, StubData.PARTY_ID).documents()
 *             .get(StubData.CONTRACT_ID);
 *     assertEquals(DocumentState.AWAITING_SIGNATURE, contract.state());
 * }
 * }</pre>
 */
public final class StubData {

    /** The group company of the stubbed workspace. */
    public static final String COMPANY_ID = "agrokoncernas";
    /** The represented party (a farm company) of the stubbed workspace. */
    public static final String PARTY_ID = "p_9Fz1";
    /** The person's own party in the representations. */
    public static final String SELF_PARTY_ID = "p_self_4Kd8";

    /** The account's email; any password logs in. */
    public static final String EMAIL = "ona@example.lt";
    /** A password that satisfies the portal's policy; the stubs accept any. */
    public static final String PASSWORD = "s3cret-pass-1";
    /** The account id in tokens, profile and registration. */
    public static final String ACCOUNT_ID = "acc_7Hq2Lm4Np8";
    /** The access token the login answers. */
    public static final String ACCESS_TOKEN = "at_Zm9vYmFyYmF6";
    /** The refresh token the login answers. */
    public static final String REFRESH_TOKEN = "rt_Qm9vYmFy";
    /** The e-signature challenge id. */
    public static final String CHALLENGE_ID = "ch_5Xy6Zw7";

    /** A contract awaiting signature ({@code signable: true}). */
    public static final String CONTRACT_ID = "doc_2Vb9Xk1";
    /** An issued invoice. */
    public static final String INVOICE_ID = "doc_5Rt7Yu2";
    /** A signed annex of {@link #CONTRACT_ID}. */
    public static final String ANNEX_ID = "doc_7Jk4Lp9";
    /** The pending signature of {@link #CONTRACT_ID}. */
    public static final String SIGNATURE_ID = "sig_3Nn8Rt5";
    /** The change-feed cursor every page answers. */
    public static final String CHANGES_CURSOR = "f_MTA0Mg";

    /** The one Žemyna offer. */
    public static final String OFFER_ID = "off_1Ab2Cd3";
    /** The order placed for {@link #OFFER_ID}. */
    public static final String ORDER_ID = "ord_6Ef7Gh8";
    /** The help request. */
    public static final String HELP_REQUEST_ID = "hr_4Mn5Op6";

    /** Size in bytes of {@link #samplePdf()}. */
    public static final long SAMPLE_PDF_SIZE = 627;
    /** Lower-case hex SHA-256 of {@link #samplePdf()}, as the documents' {@code file.sha256} states. */
    public static final String SAMPLE_PDF_SHA256 = "5a5badf102bf01e14cbe2f5c0e752611715de417c5cfed83af9621177e599384";
    /** Lower-case hex SHA-256 of {@link #sampleContainer()}. */
    public static final String SAMPLE_CONTAINER_SHA256 = "b0b3927d39de239e606c44436edce78b57568ffae1cf9aaeea7c7cce0490637a";

    private StubData() {
    }

    /** The one-page PDF every stubbed document's content answers. */
    public static byte[] samplePdf() {
        return resource("sample-contract.pdf");
    }

    /**
     * The ASiC-E container the signed-container download answers: the sample PDF with its
     * manifest. It carries no signature file, so it is for plumbing tests, not for validation.
     */
    public static byte[] sampleContainer() {
        return resource("sample-container.asice");
    }

    /** A JSON body of the stubs by name, e.g. {@code "document-contract"}, as UTF-8 text. */
    static String body(String name) {
        return new String(resource("bodies/" + name + ".json"), StandardCharsets.UTF_8);
    }

    private static byte[] resource(String name) {
        try (InputStream in = StubData.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing stub resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
