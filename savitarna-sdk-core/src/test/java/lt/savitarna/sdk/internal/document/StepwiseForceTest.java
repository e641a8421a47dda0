package lt.savitarna.sdk.internal.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Background forces while a part file is written, and what happens when one fails. */
class StepwiseForceTest {

    @TempDir
    Path dir;

    /** Holds the background tasks until the test runs them. */
    private final List<Runnable> tasks = new ArrayList<>();
    private final Executor held = tasks::add;

    @Test
    void aForceStartsAfterEveryStepAndNeverTwoAtOnce() throws IOException {
        try (FileChannel channel = open()) {
            StepwiseForce force = new StepwiseForce(channel, held);

            force.written(StepwiseForce.STEP_BYTES - 1);
            assertEquals(0, tasks.size(), "less than a step");
            force.written(1);
            assertEquals(1, tasks.size(), "a full step");
            force.written(StepwiseForce.STEP_BYTES * 3);
            assertEquals(1, tasks.size(), "the first is still running");

            tasks.get(0).run();
            force.written(StepwiseForce.STEP_BYTES);
            assertEquals(2, tasks.size());
            tasks.get(1).run();
            force.finish();
        }
    }

    @Test
    void aBackgroundForceThatFailedIsReportedWhenFinishing() throws IOException {
        FileChannel channel = open();
        StepwiseForce force = new StepwiseForce(channel, held);
        force.written(StepwiseForce.STEP_BYTES);
        channel.close(); // forcing a closed channel fails

        tasks.get(0).run();

        assertThrows(ClosedChannelException.class, force::finish);
        force.finishQuietly();
    }

    @Test
    void withTheSharedFlusherTheForceRunsInTheBackgroundAndFinishWaitsForIt() throws IOException {
        try (FileChannel channel = open()) {
            StepwiseForce force = new StepwiseForce(channel, StepwiseForce.sharedFlusher());
            force.written(StepwiseForce.STEP_BYTES);

            force.finish();

            assertTrue(channel.isOpen());
        }
    }

    private FileChannel open() throws IOException {
        return FileChannel.open(dir.resolve("file.part"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    }
}
