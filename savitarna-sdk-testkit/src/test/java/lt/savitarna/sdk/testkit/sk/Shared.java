package lt.savitarna.sdk.testkit.sk;

/** One PKI for the whole test run: people's RSA keys take a moment to make. */
final class Shared {

    static final TestPki PKI = TestPki.generate();

    private Shared() {
    }
}
