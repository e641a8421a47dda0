package lt.savitarna.sdk.testkit.sk.internal;

import jakarta.json.JsonObject;

/** An HTTP error answer, thrown from deep inside request handling and sent by the server loop. */
public final class SimHttpException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient JsonObject body;

    public SimHttpException(int status, JsonObject body) {
        super(status + " " + body, null, false, false);
        this.status = status;
        this.body = body;
    }

    public int status() {
        return status;
    }

    public JsonObject body() {
        return body;
    }
}
