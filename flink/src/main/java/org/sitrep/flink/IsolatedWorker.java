package org.sitrep.flink;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs calls on a thread of its own, which the caller's interrupts never reach: an interrupted caller stops waiting
 * (and throws {@link InterruptedException}) while the call runs on, and its result is dropped. Why: Flink cancels a
 * task by interrupting its thread, and CoreNLP answers an interrupt in the middle of an article by returning fewer
 * facts, without an error and with the interrupt cleared, which the next stage would then store for good. Not
 * thread-safe: one caller (the subtask's thread).
 */
final class IsolatedWorker implements AutoCloseable {
    private final ExecutorService thread;

    IsolatedWorker(String name) {
        thread = Executors.newSingleThreadExecutor(runnable -> {
            Thread worker = new Thread(runnable, name);
            worker.setDaemon(true);
            return worker;
        });
    }

    /** The call's result; its exceptions and errors are rethrown as they were. */
    <T> T call(Callable<T> call) throws Exception {
        Future<T> result = thread.submit(call);
        try {
            return result.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception thrown) {
                throw thrown;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** Stops the thread; a call still running finishes unseen (it may be interrupted: its result is dropped). */
    @Override
    public void close() {
        thread.shutdownNow();
    }
}
