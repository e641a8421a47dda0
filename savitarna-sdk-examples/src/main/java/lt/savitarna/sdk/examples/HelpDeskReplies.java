package lt.savitarna.sdk.examples;

import java.io.PrintStream;
import lt.savitarna.sdk.SavitarnaClient;
import lt.savitarna.sdk.Session;
import lt.savitarna.sdk.Workspace;
import lt.savitarna.sdk.account.Representation;
import lt.savitarna.sdk.help.Help;
import lt.savitarna.sdk.help.HelpMessage;
import lt.savitarna.sdk.help.HelpRequest;
import lt.savitarna.sdk.help.HelpRequestState;
import lt.savitarna.sdk.help.MessageAuthor;
import lt.savitarna.sdk.help.UploadState;
import lt.savitarna.sdk.help.UploadedFile;

/**
 * Help desk replies ("Pagalba"): shows the company's answers to the person's help requests and
 * thanks for each (a reply reopens the request), then lists the files sent to the
 * agronomist-consultant and whether any was rejected.
 *
 * <pre>{@code
 * mvn -q -Pdemo -DskipTests verify -Ddemo.mainClass=lt.savitarna.sdk.examples.HelpDeskReplies
 * }</pre>
 */
public final class HelpDeskReplies {

    private HelpDeskReplies() {
    }

    public static void main(String[] args) {
        try (ExamplePortal portal = ExamplePortal.fromArguments(args)) {
            run(portal);
        }
    }

    /** Returns how many answered requests it read. */
    static int run(ExamplePortal portal) {
        PrintStream out = portal.out();
        try (SavitarnaClient client = portal.client("help-desk-replies-example");
             Session session = portal.login(client)) {
            Representation first = session.representations().stream().findFirst().orElseThrow();
            Workspace workspace = session.workspace(first);
            int answered = 0;

            // @start region=read-answers
            Help help = workspace.help();
            for (HelpRequest request : help.requests(HelpRequestState.ANSWERED)) {
                out.printf("\"%s\": %s%n", request.topic(), request.question());
                for (HelpMessage message : request.messages()) {
                    if (MessageAuthor.STAFF.equals(message.author())) {
                        out.println("  company: " + message.text());
                    }
                }
                help.reply(request.id(), "Ačiū, viskas aišku."); // reopens the request for the staff
                answered++;
            }
            // @end

            out.println("Files sent to the agronomist-consultant:");
            // @start region=list-uploads
            for (UploadedFile file : help.uploads()) {
                String advice = UploadState.REJECTED.equals(file.state()) ? " (send it again)" : "";
                out.printf("  %s, %,d B: %s%s%n", file.fileName(), file.size(), file.state(), advice);
            }
            // @end
            return answered;
        }
    }
}
