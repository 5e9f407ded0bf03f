package org.sitrep.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class IsolatedWorkerTest {
    @Test
    void anInterruptedCallerStopsWaitingWhileTheCallRunsOnUninterrupted() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CompletableFuture<Boolean> interruptedInside = new CompletableFuture<>();
        CompletableFuture<Throwable> callerGot = new CompletableFuture<>();
        try (IsolatedWorker worker = new IsolatedWorker("test-worker")) {
            Thread caller = new Thread(() -> {
                try {
                    worker.call(() -> {
                        started.countDown();
                        Thread.sleep(300);
                        interruptedInside.complete(Thread.currentThread().isInterrupted());
                        return "done";
                    });
                    callerGot.complete(null);
                } catch (Exception e) {
                    callerGot.complete(e);
                }
            });
            caller.start();
            assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
            caller.interrupt();

            assertThat(callerGot.get(5, TimeUnit.SECONDS)).isInstanceOf(InterruptedException.class);
            assertThat(interruptedInside.get(5, TimeUnit.SECONDS)).as("the call saw an interrupt").isFalse();
        }
    }

    @Test
    void returnsTheResultAndRethrowsTheCallsOwnException() throws Exception {
        try (IsolatedWorker worker = new IsolatedWorker("test-worker")) {
            assertThat(worker.call(() -> 42)).isEqualTo(42);
            assertThatThrownBy(() -> worker.call(() -> {
                throw new IllegalStateException("extraction failed");
            })).isInstanceOf(IllegalStateException.class).hasMessage("extraction failed");
        }
    }
}
