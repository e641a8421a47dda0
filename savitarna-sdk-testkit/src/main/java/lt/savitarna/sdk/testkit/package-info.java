/**
 * Test helpers shared by the testkit's simulators, such as {@link lt.savitarna.sdk.testkit.MutableClock}.
 *
 * <p>The sandbox portal server lives in {@link lt.savitarna.sdk.testkit.sandbox}.
 */
package lt.savitarna.sdk.testkit;
