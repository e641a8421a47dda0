package lt.savitarna.sdk.benchmarks.child;

import java.net.URI;
import java.nio.file.Path;
import lt.savitarna.sdk.benchmarks.raw.RawPortal;

/** The raw side of the child-JVM portal runs. */
final class RawPortalCalls {

    private RawPortalCalls() {
    }

    static int firstPage(URI base) {
        return new RawPortal(base).login(SdkPortalCalls.EMAIL, SdkPortalCalls.PASSWORD)
                .documents(SdkPortalCalls.COMPANY, SdkPortalCalls.PARTY, 50).items.size();
    }

    static long download(URI base, String company, String party, String documentId, Path target) {
        return new RawPortal(base).login(SdkPortalCalls.EMAIL, SdkPortalCalls.PASSWORD)
                .download(company, party, documentId, target);
    }
}
