package org.openropa.common.database;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/** Stops the embedded PostgreSQL (if this process started one) as the last step of Quarkus' shutdown. */
@ApplicationScoped
public class EmbeddedDatabaseShutdown {

    private static final AtomicReference<EmbeddedDatabase> RUNNING = new AtomicReference<>();
    private static final CountDownLatch STOPPED = new CountDownLatch(1);
    private static volatile boolean started;

    public static void register(EmbeddedDatabase db) {
        RUNNING.set(db);
    }

    void onStart(@Observes StartupEvent event) {
        started = true;
    }

    void onShutdown(@Observes @Priority(Integer.MAX_VALUE) ShutdownEvent event) {
        closeNow();
        STOPPED.countDown();
    }

    /** Waits for Quarkus' graceful shutdown, if Quarkus got as far as starting. */
    public static void awaitQuarkusStopped(Duration timeout) {
        if (!started) {
            return;
        }
        try {
            STOPPED.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public static void closeNow() {
        EmbeddedDatabase db = RUNNING.getAndSet(null);
        if (db != null) {
            try {
                db.close();
            } catch (Exception e) {
                System.err.println("The embedded PostgreSQL did not stop cleanly: " + e.getMessage());
            }
        }
    }
}
