/**
 * Runnable example programs for the Savitarna SDK, one per job a partner has, and the demo the
 * README starts. Each program talks to an embedded sandbox unless told to use a real portal.
 */
module lt.savitarna.sdk.examples {
    requires lt.savitarna.sdk.core;
    requires lt.savitarna.sdk.signing;
    requires lt.savitarna.sdk.testkit;

    exports lt.savitarna.sdk.examples;
}
