/**
 * The Savitarna SDK core: the client, sessions, workspaces with their documents, Žemyna loyalty
 * and help services, the crash-safe document synchronisation, account models, the exception
 * tree, and the e-signature provider SPI ({@code lt.savitarna.sdk.signature}), whose providers
 * are passed explicitly or found with {@code ServiceLoader}.
 * JSON goes through JSON-B (Yasson, found with {@code ServiceLoader}) as JSON-P trees, so no
 * package needs to be opened for reflection.
 *
 * <!-- sample: ExamplePortal#client -->
 * <pre>{@code
 * SavitarnaClient client = SavitarnaClient.builder()
 *         .baseUri(URI.create("https://savitarna.agrokoncernas.lt"))
 *         .userAgentSuffix("acme-erp/4.2")
 *         .locale(Locale.forLanguageTag("lt"))
 *         .build();
 * }</pre>
 */
module lt.savitarna.sdk.core {
    requires java.net.http;
    requires jakarta.json;
    requires jakarta.json.bind;
    requires org.slf4j;

    exports lt.savitarna.sdk;
    exports lt.savitarna.sdk.account;
    exports lt.savitarna.sdk.document;
    exports lt.savitarna.sdk.error;
    exports lt.savitarna.sdk.help;
    exports lt.savitarna.sdk.loyalty;
    exports lt.savitarna.sdk.signature;
    exports lt.savitarna.sdk.signature.identity;
    exports lt.savitarna.sdk.sync;

    uses lt.savitarna.sdk.signature.SignatureProvider;
}
