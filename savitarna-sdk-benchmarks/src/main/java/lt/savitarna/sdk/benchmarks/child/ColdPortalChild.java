package lt.savitarna.sdk.benchmarks.child;

import java.net.URI;

/**
 * A fresh JVM's client construction, login and first authenticated call (one page of documents):
 * {@code ColdPortalChild sdk|raw <base URI>}. Prints {@code READY} when the page is in.
 */
public final class ColdPortalChild {

    private ColdPortalChild() {
    }

    public static void main(String[] args) {
        URI base = URI.create(args[1]);
        int count = "sdk".equals(args[0]) ? SdkPortalCalls.firstPage(base) : RawPortalCalls.firstPage(base);
        if (count == 0) {
            throw new IllegalStateException("no documents");
        }
        System.out.println("READY");
        System.out.flush();
        System.exit(0);
    }
}
