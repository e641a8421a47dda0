package lt.savitarna.sdk.testkit.sandbox.internal;

/** What a route demands before its handler runs. */
public enum Access {
    /** Nothing: registration, login, refresh, and routes that check for themselves. */
    PUBLIC,
    /** A valid bearer access token ({@code 401} otherwise). */
    BEARER,
    /**
     * A valid bearer token, a confirmed identity ({@code 403 IDENTITY_NOT_CONFIRMED}) and a
     * represented {@code {companyId}}/{@code {partyId}} pair in the path ({@code 404} otherwise).
     */
    SCOPED
}
