package lt.savitarna.sdk.testkit.sandbox.internal.workspace;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import lt.savitarna.sdk.testkit.sandbox.internal.Json;

/**
 * The contract's JSON shapes for documents, the change feed, signing, loyalty and help, written
 * by hand from the API document (the sandbox shares no model classes with the client). Only
 * declared properties appear; optional ones are left out rather than sent as {@code null} unless
 * the schema makes them nullable and their absence would lose meaning.
 */
public final class WorkspaceViews {

    private WorkspaceViews() {
    }

    public static JsonObject money(Money money) {
        return Json.object().add("amount", money.amountText()).add("currency", money.currency()).build();
    }

    /** A non-negative decimal as the contract writes quantities: {@code "2.5"}, {@code "25"}. */
    public static String decimal(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0).toPlainString() : stripped.toPlainString();
    }

    public static JsonObject document(DocumentRecord document) {
        FileContent content = document.content();
        JsonObjectBuilder body = Json.object()
                .add("id", document.id())
                .add("type", document.type())
                .add("state", document.state())
                .add("title", document.title())
                .add("number", Json.stringOrNull(document.number()))
                .add("issueDate", document.issueDate().toString());
        if (document.contractId() != null) {
            body.add("contractId", document.contractId());
        }
        if (document.amount() != null) {
            body.add("amount", money(document.amount()));
        }
        return body.add("file", Json.object()
                        .add("name", document.fileName())
                        .add("mediaType", document.mediaType())
                        .add("size", content.size())
                        .add("sha256", content.digests().sha256Hex()))
                .add("signable", document.signable())
                .add("createdAt", Json.instant(document.createdAt()))
                .add("updatedAt", Json.instant(document.updatedAt()))
                .build();
    }

    public static JsonObject change(DocumentChange change) {
        JsonObjectBuilder body = Json.object()
                .add("sequence", change.sequence())
                .add("documentId", change.documentId())
                .add("change", change.change())
                .add("occurredAt", Json.instant(change.occurredAt()));
        if (change.document() != null) {
            body.add("document", document(change.document()));
        }
        return body.build();
    }

    public static JsonObject signatureSession(SignatureRecord signature) {
        return Json.object()
                .add("signatureId", signature.id())
                .add("documentId", signature.documentId())
                .add("state", signature.state())
                .add("digest", Base64.getEncoder().encodeToString(signature.digest()))
                .add("digestAlgorithm", SigningDigest.ALGORITHM)
                .add("expiresAt", Json.instant(signature.expiresAt()))
                .build();
    }

    public static JsonObject membership(MembershipRecord membership) {
        if (membership == null) {
            return Json.object().add("state", "NOT_MEMBER").build();
        }
        return Json.object()
                .add("state", "MEMBER")
                .add("memberSince", membership.memberSince().toString())
                .add("cardNumber", membership.cardNumber())
                .add("rulesVersion", membership.rulesVersion())
                .build();
    }

    public static JsonObject offer(OfferRecord offer) {
        JsonObjectBuilder body = Json.object()
                .add("id", offer.id())
                .add("title", offer.title());
        if (offer.description() != null) {
            body.add("description", offer.description());
        }
        body.add("validFrom", Json.instant(offer.validFrom()))
                .add("validTo", Json.instant(offer.validTo()))
                .add("price", money(offer.price()))
                .add("unit", offer.unit())
                .add("minQuantity", decimal(offer.minQuantity()));
        if (offer.maxQuantity() != null) {
            body.add("maxQuantity", decimal(offer.maxQuantity()));
        }
        return body.add("remainingQuantity", decimal(offer.remaining())).build();
    }

    public static JsonObject order(OrderRecord order) {
        JsonObjectBuilder body = Json.object()
                .add("id", order.id())
                .add("offerId", order.offerId());
        if (order.offerTitle() != null) {
            body.add("offerTitle", order.offerTitle());
        }
        return body.add("quantity", decimal(order.quantity()))
                .add("unit", order.unit())
                .add("unitPrice", money(order.unitPrice()))
                .add("total", money(order.total()))
                .add("state", order.state())
                .add("cancellable", order.cancellable())
                .add("createdAt", Json.instant(order.createdAt()))
                .add("updatedAt", Json.instant(order.updatedAt()))
                .build();
    }

    public static JsonObject message(HelpRecords.Message message) {
        return Json.object()
                .add("id", message.id())
                .add("author", message.author())
                .add("text", message.text())
                .add("createdAt", Json.instant(message.createdAt()))
                .build();
    }

    public static JsonObject upload(HelpRecords.Upload upload) {
        JsonObjectBuilder body = Json.object()
                .add("id", upload.id())
                .add("fileName", upload.fileName())
                .add("mediaType", upload.mediaType())
                .add("size", upload.size())
                .add("sha256", upload.sha256());
        if (upload.description() != null) {
            body.add("description", upload.description());
        }
        return body.add("requestId", Json.stringOrNull(upload.requestId()))
                .add("state", upload.state())
                .add("createdAt", Json.instant(upload.createdAt()))
                .build();
    }

    /** A help request with its messages and attachments (looked up by id in the workspace). */
    public static JsonObject helpRequest(HelpRecords.Request request, Workspace workspace) {
        JsonArrayBuilder messages = Json.array();
        request.messages().forEach(m -> messages.add(message(m)));
        JsonArrayBuilder attachments = Json.array();
        request.attachmentIds().forEach(id -> workspace.upload(id).ifPresent(u -> attachments.add(upload(u))));
        return Json.object()
                .add("id", request.id())
                .add("topic", request.topic())
                .add("question", request.question())
                .add("state", request.state())
                .add("createdAt", Json.instant(request.createdAt()))
                .add("updatedAt", Json.instant(request.updatedAt()))
                .add("messages", messages)
                .add("attachments", attachments)
                .build();
    }

    /** {@code { items, nextCursor }}. */
    public static <T> JsonObject page(List<T> items, String nextCursor, Function<T, JsonObject> view) {
        JsonArrayBuilder array = Json.array();
        items.forEach(item -> array.add(view.apply(item)));
        return Json.object().add("items", array).add("nextCursor", Json.stringOrNull(nextCursor)).build();
    }
}
