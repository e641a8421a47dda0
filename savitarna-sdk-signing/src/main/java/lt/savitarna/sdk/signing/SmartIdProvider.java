package lt.savitarna.sdk.signing;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import lt.savitarna.sdk.signature.Authentication;
import lt.savitarna.sdk.signature.AuthenticationRequest;
import lt.savitarna.sdk.signature.CertificateLevel;
import lt.savitarna.sdk.signature.CertificateRequest;
import lt.savitarna.sdk.signature.Digest;
import lt.savitarna.sdk.signature.IdentityMismatchException;
import lt.savitarna.sdk.signature.SignatureErrorCodes;
import lt.savitarna.sdk.signature.SignatureProvider;
import lt.savitarna.sdk.signature.SignatureRefusedException;
import lt.savitarna.sdk.signature.SignatureRefusedException.Refusal;
import lt.savitarna.sdk.signature.SignatureRequest;
import lt.savitarna.sdk.signature.SignatureTimeoutException;
import lt.savitarna.sdk.signature.SignatureValue;
import lt.savitarna.sdk.signature.DocumentUnusableException;
import lt.savitarna.sdk.signature.InteractionNotSupportedException;
import lt.savitarna.sdk.signature.SignerIdentity;
import lt.savitarna.sdk.signature.SigningCertificate;
import lt.savitarna.sdk.signature.SigningListener;
import lt.savitarna.sdk.signature.SigningState;
import lt.savitarna.sdk.signature.WrongVerificationCodeException;
import lt.savitarna.sdk.signature.identity.NationalIdentity;
import lt.savitarna.sdk.signing.internal.Answer;
import lt.savitarna.sdk.signing.internal.CertificateNames;
import lt.savitarna.sdk.signing.internal.Failures;
import lt.savitarna.sdk.signing.internal.Async;
import lt.savitarna.sdk.signing.internal.AsyncFlow;
import lt.savitarna.sdk.signing.internal.SafeListener;
import lt.savitarna.sdk.signing.internal.ServiceSettings;
import lt.savitarna.sdk.signing.internal.SessionPoller;
import lt.savitarna.sdk.signing.internal.SignatureChecks;
import lt.savitarna.sdk.signing.internal.SkHttp;
import lt.savitarna.sdk.signing.internal.SkJson;
import lt.savitarna.sdk.signing.internal.StatusMapping;

/**
 * Smart-ID over SK's relying-party REST API v2, on the JDK's HTTP client (HTTP/1.1) and JSON-P,
 * with no other HTTP or JSON stack.
 *
 * <ul>
 *   <li>{@link #authenticate}: {@code POST authentication/etsi/{PNOLT-...}} (or
 *       {@code /document/{documentNumber}}), then long polling {@code GET session/{id}}.</li>
 *   <li>{@link #signingCertificate}: {@code POST certificatechoice/etsi/...} (or
 *       {@code /document/...}); the returned signer carries the document number.</li>
 *   <li>{@link #sign}: {@code POST signature/document/{documentNumber}}: always by document
 *       number, so the device that signs is the one whose certificate went into the container.</li>
 * </ul>
 * The verification code goes to the listener as soon as the session has started. Every answer is
 * checked before it is returned: the end result, the signature over the hash that was sent, the
 * certificate's validity, chain, key usage and level, and that it names the person asked for.
 * Display texts are checked against Smart-ID's limits before anything is sent (see
 * {@link DisplayText}); without one, a short default in the configured language is shown.
 *
 * <p>Every end result and HTTP status has its own exception: {@code USER_REFUSED*}
 * {@code SignatureRefusedException} (with the step), {@code TIMEOUT}
 * {@code SignatureTimeoutException}, {@code WRONG_VC} {@code WrongVerificationCodeException},
 * {@code DOCUMENT_UNUSABLE} {@code DocumentUnusableException}, {@code REQUIRED_INTERACTION_NOT_SUPPORTED_BY_APP}
 * {@code InteractionNotSupportedException}, anything else {@code UnknownEndResultException}; HTTP 400
 * {@code SigningRequestRejectedException}, 401 {@code RelyingPartyUnauthorizedException}, 403
 * {@code RelyingPartyForbiddenException}, 404 when starting {@code SignerNotFoundException}, 404 while
 * polling {@code SigningSessionNotFoundException}, 471 {@code NotQualifiedAccountException}, 472
 * {@code UserActionRequiredException}, 480 {@code SigningClientOutdatedException}, 580
 * {@code SigningServiceMaintenanceException}, other 5xx {@code SigningServiceUnavailableException}.
 *
 * <p>Through {@link java.util.ServiceLoader} the provider is configured from system properties or
 * environment variables: {@code savitarna.smartid.environment} ({@code demo} or {@code live}),
 * {@code .relyingPartyUuid}, {@code .relyingPartyName}, and optionally {@code .tlsPins}
 * (comma-separated {@code sha256/BASE64@YYYY-MM-DD}), {@code .trustAnchors} (comma-separated PEM
 * paths), {@code .baseUri}, {@code .revocationChecking}, {@code .locale}; the environment variable
 * names are these in upper case with underscores ({@code SAVITARNA_SMARTID_RELYINGPARTYUUID}).
 *
 * <!-- sample: ConfigureSigningProviders#demo-providers -->
 * <pre>{@code
 * // SK's demo services: SK's demo trust anchors are bundled, pins are optional
 * SmartIdProvider smartIdDemo = SmartIdProvider.create(SmartIdConfig.demo(DEMO_RELYING_PARTY_UUID, "DEMO")
 *         .locale(Locale.forLanguageTag("lt")) // the language of the exceptions' messages
 *         .build());
 * MobileIdProvider mobileIdDemo = MobileIdProvider.create(MobileIdConfig.demo(DEMO_RELYING_PARTY_UUID, "DEMO")
 *         .language(MobileIdLanguage.ENG) // the SIM dialog's language; LIT by default
 *         .build());
 * }</pre>
 */
public final class SmartIdProvider implements SignatureProvider {

    /** The provider's name. */
    public static final String NAME = "smart-id";

    private final ServiceSettings settings;
    private final Failures failures;
    private final SkHttp http;
    private final SessionPoller poller;

    private SmartIdProvider(SmartIdConfig config) {
        this.settings = config.settings();
        this.failures = settings.failures();
        this.http = new SkHttp(settings, StatusMapping.SMART_ID);
        this.poller = new SessionPoller(http, settings);
    }

    /**
     * Creates the provider. It is thread-safe; create one per configuration and share it.
     *
     * @param config the configuration
     * @return the provider
     */
    public static SmartIdProvider create(SmartIdConfig config) {
        return new SmartIdProvider(Objects.requireNonNull(config, "config"));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Authentication authenticate(AuthenticationRequest request, SigningListener listener) {
        return Async.join(authenticateAsync(request, listener), failures);
    }

    @Override
    public SigningCertificate signingCertificate(CertificateRequest request, SigningListener listener) {
        return Async.join(signingCertificateAsync(request, listener), failures);
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException when the signer has no Smart-ID document number: sign with the
     *                                  {@link SigningCertificate} from {@link #signingCertificate}
     */
    @Override
    public SignatureValue sign(SignatureRequest request, SigningListener listener) {
        return Async.join(signAsync(request, listener), failures);
    }

    /**
     * {@inheritDoc}
     *
     * <p>No thread waits while the person answers: each status answer schedules the next request.
     * Cancelling the future cancels the request in flight and no further request is sent.
     */
    @Override
    public CompletableFuture<Authentication> authenticateAsync(AuthenticationRequest request,
                                                               SigningListener listener) {
        try {
            Objects.requireNonNull(request, "request");
            String path = "authentication/" + target(request.signer());
            Digest challenge = request.challenge();
            JsonObject body = relyingParty(request.certificateLevel(), request.nonce())
                    .add("hash", challenge.base64())
                    .add("hashType", challenge.type().name())
                    .add("allowedInteractionsOrder", interactions(request.displayText(),
                            request.confirmationMessage(), false))
                    .build();
            Duration budget = request.deadline().orElse(settings.deadline());
            return session("authentication", path, body, challenge, budget, listener, (done, l) -> {
                String documentNumber = documentNumber(done, request.signer());
                byte[] signature = done.requiredBase64("signature.value");
                String algorithm = done.requiredString("signature.algorithm");
                X509Certificate certificate = done.requiredCertificate("cert.value");
                SignatureChecks.verify(certificate, challenge, signature, failures);
                NationalIdentity identity = checkCertificate(certificate, CertificatePurpose.AUTHENTICATION,
                        request.signer());
                CertificateLevel level = level(request.certificateLevel(), done);
                warnIfExpiring(certificate, l);
                return new Authentication(NAME, request.signer().withDocumentNumber(documentNumber), certificate,
                        identity, CertificateNames.givenName(certificate).orElse(null),
                        CertificateNames.surname(certificate).orElse(null), level, challenge, signature, algorithm);
            });
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** {@inheritDoc} No thread waits while the person chooses the certificate. */
    @Override
    public CompletableFuture<SigningCertificate> signingCertificateAsync(CertificateRequest request,
                                                                        SigningListener listener) {
        try {
            Objects.requireNonNull(request, "request");
            String path = "certificatechoice/" + target(request.signer());
            JsonObject body = relyingParty(request.certificateLevel(), request.nonce()).build();
            Duration budget = request.deadline().orElse(settings.deadline());
            return session("certificate choice", path, body, null, budget, listener, (done, l) -> {
                String documentNumber = documentNumber(done, request.signer());
                X509Certificate certificate = done.requiredCertificate("cert.value");
                NationalIdentity identity = checkCertificate(certificate, CertificatePurpose.SIGNING,
                        request.signer());
                CertificateLevel level = level(request.certificateLevel(), done);
                warnIfExpiring(certificate, l);
                return new SigningCertificate(NAME, request.signer().withDocumentNumber(documentNumber), certificate,
                        identity, level);
            });
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** {@inheritDoc} No thread waits while the person enters the PIN. */
    @Override
    public CompletableFuture<SignatureValue> signAsync(SignatureRequest request, SigningListener listener) {
        try {
            Objects.requireNonNull(request, "request");
            String documentNumber = request.signer().documentNumber().orElseThrow(() ->
                    new IllegalArgumentException("Smart-ID signs by document number: build the request from the"
                            + " SigningCertificate that signingCertificate() returned"));
            String path = "signature/document/" + documentNumber;
            Digest digest = request.digest();
            JsonObject body = relyingParty(request.certificateLevel(), request.nonce())
                    .add("hash", digest.base64())
                    .add("hashType", digest.type().name())
                    .add("allowedInteractionsOrder", interactions(request.displayText(),
                            request.confirmationMessage(), true))
                    .build();
            Duration budget = request.deadline().orElse(settings.deadline());
            return session("signature", path, body, digest, budget, listener, (done, l) -> {
                documentNumber(done, request.signer());
                byte[] signature = done.requiredBase64("signature.value");
                String algorithm = done.requiredString("signature.algorithm");
                SignatureChecks.verify(request.certificate(), digest, signature, failures);
                checkCertificate(request.certificate(), CertificatePurpose.SIGNING, request.signer());
                return new SignatureValue(NAME, request.signer(), request.certificate(), digest, signature,
                        algorithm);
            });
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /**
     * Starts a session, shows the verification code, polls until it is complete, checks the end
     * result and finishes with {@code finish} (after {@code VALIDATING}).
     */
    private <T> CompletableFuture<T> session(String operation, String path, JsonObject body, Digest codeOf,
                                             Duration budget, SigningListener listener,
                                             BiFunction<Answer, SafeListener, T> finish) {
        Instant deadline = settings.clock().instant().plus(budget);
        return AsyncFlow.start(failures, listener, poller.guard(budget),
                () -> new SignatureTimeoutException(NAME, budget, failures.locale()),
                flow -> http.postAsync(flow, operation, path, body).thenComposeAsync(started -> {
                    String sessionId = http.sessionId(new Answer(started, failures).requiredString("sessionID"));
                    if (flow.isDone()) {
                        return flow.<Answer>stopped();
                    }
                    if (codeOf != null) {
                        flow.listener().verificationCode(SmartIdVerificationCode.of(codeOf.value()));
                    }
                    flow.listener().stateChanged(SigningState.WAITING_FOR_USER);
                    return poller.awaitAsync(flow, operation, "session/" + sessionId, deadline, budget);
                }, Async.executor()).thenApplyAsync(done -> {
                    checkEndResult(done.requiredString("result.endResult"));
                    if (flow.isDone()) {
                        throw new CancellationException("the operation has ended");
                    }
                    flow.listener().stateChanged(SigningState.VALIDATING);
                    return finish.apply(done, flow.listener());
                }, Async.executor()));
    }

    private void checkEndResult(String endResult) {
        Locale locale = failures.locale();
        String detail = "end result " + endResult;
        switch (endResult) {
            case "OK" -> {
                return;
            }
            case "USER_REFUSED" -> throw refused(Refusal.GENERAL, detail);
            case "USER_REFUSED_CERT_CHOICE" -> throw refused(Refusal.CERTIFICATE_CHOICE, detail);
            case "USER_REFUSED_DISPLAYTEXTANDPIN" -> throw refused(Refusal.DISPLAY_TEXT_AND_PIN, detail);
            case "USER_REFUSED_VC_CHOICE" -> throw refused(Refusal.VERIFICATION_CODE_CHOICE, detail);
            case "USER_REFUSED_CONFIRMATIONMESSAGE" -> throw refused(Refusal.CONFIRMATION_MESSAGE, detail);
            case "USER_REFUSED_CONFIRMATIONMESSAGE_WITH_VC_CHOICE" ->
                    throw refused(Refusal.CONFIRMATION_MESSAGE_WITH_VERIFICATION_CODE_CHOICE, detail);
            case "TIMEOUT" -> throw new SignatureTimeoutException(NAME, null, locale);
            case "WRONG_VC" -> throw new WrongVerificationCodeException(NAME, detail, locale);
            case "DOCUMENT_UNUSABLE" -> throw new DocumentUnusableException(NAME, detail, locale);
            case "REQUIRED_INTERACTION_NOT_SUPPORTED_BY_APP" ->
                    throw new InteractionNotSupportedException(NAME, detail, locale);
            default -> throw failures.unknownEndResult(endResult);
        }
    }

    private SignatureRefusedException refused(Refusal refusal, String detail) {
        return new SignatureRefusedException(NAME, refusal, detail, failures.locale());
    }

    /** The document number of the answer; it must be the one asked for, when one was. */
    private String documentNumber(Answer done, SignerIdentity signer) {
        String documentNumber = done.requiredString("result.documentNumber");
        Optional<String> asked = signer.documentNumber();
        if (asked.isPresent() && !asked.get().equals(documentNumber)) {
            throw new IdentityMismatchException(NAME, "the answer came from another Smart-ID account than the one"
                    + " asked for", failures.locale());
        }
        try {
            return signer.withDocumentNumber(documentNumber).documentNumber().orElseThrow();
        } catch (IllegalArgumentException e) {
            throw failures.malformed("result.documentNumber is not letters, digits and dashes", e);
        }
    }

    private NationalIdentity checkCertificate(X509Certificate certificate, CertificatePurpose purpose,
                                              SignerIdentity signer) {
        Optional<NationalIdentity> expected = signer.nationalIdentity();
        if (expected.isPresent()) {
            return settings.validator().validate(certificate, purpose, expected.get(), NAME);
        }
        settings.validator().validate(certificate, purpose, NAME);
        return CertificateNames.identity(certificate).orElseThrow(() -> new IdentityMismatchException(NAME,
                "the certificate's subject names no person", failures.locale()));
    }

    private CertificateLevel level(CertificateLevel requested, Answer done) {
        String reported = done.string("cert.certificateLevel").orElse(null);
        return SignatureChecks.level(requested, CertificateLevel.fromWire(reported), reported, failures);
    }

    private void warnIfExpiring(X509Certificate certificate, SafeListener l) {
        settings.validator().expiryWarning(certificate, NAME).ifPresent(l::certificateExpiresSoon);
    }

    private String target(SignerIdentity signer) {
        Objects.requireNonNull(signer, "signer");
        if (signer.documentNumber().isPresent()) {
            return "document/" + signer.documentNumber().get();
        }
        return "etsi/" + signer.nationalIdentity().orElseThrow(() -> new IllegalArgumentException(
                "Smart-ID needs a national identity or a document number")).semanticsIdentifier();
    }

    private JsonObjectBuilder relyingParty(CertificateLevel level, Optional<String> nonce) {
        JsonObjectBuilder b = SkJson.object()
                .add("relyingPartyUUID", settings.relyingPartyUuid())
                .add("relyingPartyName", settings.relyingPartyName())
                .add("certificateLevel", level.name());
        nonce.ifPresent(n -> b.add("nonce", n));
        return b;
    }

    /**
     * The interactions, most wanted first: a confirmation message when one was given (apps that
     * cannot show it fall back to the next), then the PIN screen with the short text.
     */
    private JsonArrayBuilder interactions(Optional<String> displayText, Optional<String> confirmationMessage,
                                          boolean signing) {
        JsonArrayBuilder order = SkJson.array();
        confirmationMessage.ifPresent(text -> order.add(SkJson.object()
                .add("type", "confirmationMessage")
                .add("displayText200", DisplayText.smartIdDisplayText200(text))));
        String text = displayText.orElseGet(() -> defaultText(signing));
        order.add(SkJson.object()
                .add("type", "displayTextAndPIN")
                .add("displayText60", DisplayText.smartIdDisplayText60(text)));
        return order;
    }

    private String defaultText(boolean signing) {
        boolean lithuanian = "lt".equals(settings.locale().getLanguage());
        if (signing) {
            return lithuanian ? "Dokumento pasirašymas savitarnoje" : "Sign a document in self-service";
        }
        return lithuanian ? "Prisijungimas prie savitarnos" : "Log in to self-service";
    }

    @Override
    public String toString() {
        return "SmartIdProvider[" + settings.baseUri() + "]";
    }
}
