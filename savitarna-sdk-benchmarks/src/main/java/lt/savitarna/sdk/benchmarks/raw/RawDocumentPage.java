package lt.savitarna.sdk.benchmarks.raw;

import java.util.List;

/** A page of documents, bound by JSON-B. */
public class RawDocumentPage {
    public List<RawDocument> items;
    public String nextCursor;
}
