/**
 * A consumer of the SDK as modules: built and run on the module path during {@code mvn verify}
 * to prove the published modules resolve with their dependencies.
 */
module lt.savitarna.sdk.jpmscheck {
    requires lt.savitarna.sdk.core;
    requires lt.savitarna.sdk.signing;
    requires lt.savitarna.sdk.testkit;
}
