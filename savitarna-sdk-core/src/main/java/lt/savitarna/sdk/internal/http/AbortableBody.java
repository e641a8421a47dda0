package lt.savitarna.sdk.internal.http;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A buffered body ({@code byte[]}) that can be ended early: {@link #abort} fails the body at once,
 * which makes the blocking {@code HttpClient.send} waiting for it throw, and drops whatever still
 * arrives. Used instead of interrupting the caller, because on JDK 17 cancelling an exchange that
 * is mid-body leaves it registered with its client for good (its selector thread never ends).
 *
 * <pre>{@code
 * AbortableBody body = new AbortableBody();   // from the BodyHandler
 * body.abort(new HttpTimeoutException("no complete answer within 500 ms"));
 * }</pre>
 */
final class AbortableBody implements HttpResponse.BodySubscriber<Object> {

    private final HttpResponse.BodySubscriber<byte[]> bytes = HttpResponse.BodySubscribers.ofByteArray();
    private final CompletableFuture<Object> result = new CompletableFuture<>();

    AbortableBody() {
        bytes.getBody().whenComplete((body, failure) -> {
            if (failure != null) {
                result.completeExceptionally(failure);
            } else {
                result.complete(body);
            }
        });
    }

    /** Fails the body with {@code failure} unless it is already complete. */
    void abort(IOException failure) {
        result.completeExceptionally(failure);
    }

    @Override
    public CompletionStage<Object> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        bytes.onSubscribe(subscription);
    }

    @Override
    public void onNext(List<ByteBuffer> item) {
        if (!result.isDone()) {
            bytes.onNext(item);
        }
    }

    @Override
    public void onError(Throwable throwable) {
        bytes.onError(throwable);
    }

    @Override
    public void onComplete() {
        bytes.onComplete();
    }
}
