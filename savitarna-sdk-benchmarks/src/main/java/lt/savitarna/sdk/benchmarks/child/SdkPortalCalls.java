package lt.savitarna.sdk.benchmarks.child;

import java.net.URI;
import java.nio.file.Path;
import lt.savitarna.sdk.SavitarnaClient;
import lt.savitarna.sdk.Session;
import lt.savitarna.sdk.document.DocumentQuery;
import lt.savitarna.sdk.document.DownloadResult;

/** The SDK's side of the child-JVM portal runs. */
final class SdkPortalCalls {

    static final String EMAIL = "jonas.jonaitis@demo.savitarna.lt";
    static final String PASSWORD = "Demo-slaptazodis-1";
    static final String COMPANY = "agrokoncernas";
    static final String PARTY = "p_javu_laukas";

    private SdkPortalCalls() {
    }

    static int firstPage(URI base) {
        SavitarnaClient client = SavitarnaClient.builder().baseUri(base).build();
        Session session = client.login(EMAIL, PASSWORD.toCharArray());
        return session.workspace(COMPANY, PARTY).documents()
                .list(DocumentQuery.builder().pageSize(50).build()).byPage().iterator().next().items().size();
    }

    static long download(URI base, String company, String party, String documentId, Path target) {
        try (SavitarnaClient client = SavitarnaClient.builder().baseUri(base).build();
             Session session = client.login(EMAIL, PASSWORD.toCharArray())) {
            DownloadResult result = session.workspace(company, party).documents().download(documentId, target);
            return result.size();
        }
    }
}
