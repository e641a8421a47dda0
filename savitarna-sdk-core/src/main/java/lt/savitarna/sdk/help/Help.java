package lt.savitarna.sdk.help;

import lt.savitarna.sdk.PagedIterable;

/**
 * Help ("Pagalba") in one workspace: ask the company a question, follow the answers, upload
 * missing documents for the agronomist-consultant, and find the contacts. Get it from
 * {@code workspace.help()}; thread-safe.
 *
 * <p>Inputs are checked before anything is sent (a {@code ValidationException} names each field):
 * topic and question are required, at most 200 and 5000 characters; a message at most 5000; an
 * upload is a PDF, JPEG, PNG, HEIC, DOCX or XLSX file of at most 25 MiB with a description of at
 * most 1000 characters. Uploads stream the file from disk as {@code multipart/form-data}. Before
 * an upload while the session's identity is known to be unconfirmed, the SDK asks the portal
 * again ({@code GET /me}) rather than sending the file in vain.
 *
 * <!-- sample: HelpDeskUpload#ask -->
 * <pre>{@code
 * Help help = workspace.help();
 * HelpRequest request = help.ask(HelpQuestion.builder()
 *         .topic("Trūkstami dokumentai")
 *         .question("Siunčiu žemės nuomos sutarties kopiją, kurios prašė agronomas-konsultantas.")
 *         .build());
 * out.printf("Help request %s: \"%s\" (%s)%n", request.id(), request.topic(), request.state());
 * }</pre>
 */
public interface Help {

    /**
     * Asks a question; the company replies ("we will contact you without delay").
     *
     * @throws lt.savitarna.sdk.error.ValidationException the topic or question is blank or too long
     */
    HelpRequest ask(HelpQuestion question);

    /** The help requests, newest first, 50 per page, fetched lazily. */
    PagedIterable<HelpRequest> requests();

    /** The help requests in one of the given states, newest first, fetched lazily. */
    PagedIterable<HelpRequest> requests(HelpRequestState... states);

    /** One help request with its messages. */
    HelpRequest request(String requestId);

    /**
     * Adds a message to a help request; a reply reopens an answered request.
     *
     * @throws lt.savitarna.sdk.error.HelpRequestClosedException the request is closed
     */
    HelpMessage reply(String requestId, String text);

    /**
     * Uploads a missing document for the agronomist-consultant.
     *
     * @throws lt.savitarna.sdk.error.ValidationException the file is too large or of a type not allowed
     * @throws lt.savitarna.sdk.error.LocalFileException  the file cannot be read
     */
    UploadedFile upload(Upload upload);

    /**
     * Attaches a file to a help request; same limits as {@link #upload(Upload)}.
     *
     * @throws lt.savitarna.sdk.error.HelpRequestClosedException the request is closed
     */
    UploadedFile attach(String requestId, Upload upload);

    /** The uploaded files, including attachments of help requests, newest first, fetched lazily. */
    PagedIterable<UploadedFile> uploads();

    /** "Our contacts" (Mūsų kontaktai) of the group ({@code GET /help/contacts}). */
    Contacts contacts();
}
