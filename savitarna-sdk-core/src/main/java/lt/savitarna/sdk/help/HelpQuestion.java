package lt.savitarna.sdk.help;

import java.util.Objects;

/**
 * A question to the company ("Pagalba"): a topic (Tema) and the question itself (Klausimas).
 * Both are required; they are checked when asked, before anything is sent: not blank, the topic
 * at most 200 characters, the question at most 5000 (after trimming).
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
public final class HelpQuestion {

    private final String topic;
    private final String question;

    private HelpQuestion(String topic, String question) {
        this.topic = topic;
        this.question = question;
    }

    /** A question with the given topic and text. */
    public static HelpQuestion of(String topic, String question) {
        return new HelpQuestion(topic, question);
    }

    /** An empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The topic (Tema) as given. */
    public String topic() {
        return topic;
    }

    /** The question (Klausimas) as given. */
    public String question() {
        return question;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HelpQuestion q && Objects.equals(q.topic, topic) && Objects.equals(q.question, question);
    }

    @Override
    public int hashCode() {
        return Objects.hash(topic, question);
    }

    @Override
    public String toString() {
        return "HelpQuestion[topic=" + topic + ", question=" + (question == null ? null : question.length() + " chars")
                + "]";
    }

    /**
     * Builds a {@link HelpQuestion}; the values are checked when the question is asked, so that
     * every problem is reported at once, in the client's language.
     */
    public static final class Builder {
        private String topic;
        private String question;

        private Builder() {
        }

        /** The topic (Tema): required, at most 200 characters. */
        public Builder topic(String topic) {
            this.topic = topic;
            return this;
        }

        /** The question (Klausimas): required, at most 5000 characters. */
        public Builder question(String question) {
            this.question = question;
            return this;
        }

        /** Builds the question. */
        public HelpQuestion build() {
            return new HelpQuestion(topic, question);
        }
    }
}
