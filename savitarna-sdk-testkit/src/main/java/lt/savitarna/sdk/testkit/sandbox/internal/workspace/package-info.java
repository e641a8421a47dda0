/**
 * The workspace part of the sandbox: everything under
 * {@code /api/v1/companies/{companyId}/parties/{partyId}/...} (documents and their files, the
 * change feed, signing, the Žemyna loyalty programme, help requests and uploads) with its store,
 * seed data and generated files. Not exported.
 */
package lt.savitarna.sdk.testkit.sandbox.internal.workspace;
