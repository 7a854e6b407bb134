package org.openropa.common;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged service stopped with SIGTERM while four clients write: readiness goes down first while requests are
 * still served, requests in flight finish, and every write it acknowledged is there when it starts again.
 */
class GracefulShutdownIT {

    private static final String KEY = "ork_shutdownit00_graceful-shutdown-test-key-0123456789";
    private static final int WRITERS = 4;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void sigtermTakesReadinessDownThenDrainsAndLosesNoAcknowledgedWrite() throws Exception {
        Path work = Files.createTempDirectory("openropa-shutdown-it");
        int port = freePort();
        Process service = start(work, port);
        try {
            awaitReady(port, service);
            String org = "shutdown-" + System.nanoTime() % 100000;
            HttpResponse<String> created = send(port, "POST", "/v1/organisations",
                    "{\"id\":\"" + org + "\",\"name\":\"Shutdown Test Council\",\"type\":\"DISTRICT\"}");
            assertEquals(201, created.statusCode(), created.body());

            AtomicBoolean writing = new AtomicBoolean(true);
            AtomicInteger sequence = new AtomicInteger();
            ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
            ConcurrentLinkedQueue<String> wrong = new ConcurrentLinkedQueue<>();
            ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                writers.add(pool.submit(() -> {
                    while (writing.get()) {
                        String reference = "S-" + sequence.incrementAndGet();
                        try {
                            HttpResponse<String> r = send(port, "POST", "/v1/organisations/" + org + "/retention-rules", rule(reference));
                            if (r.statusCode() == 201) {
                                acknowledged.add(reference);
                            } else if (r.statusCode() != 503) {
                                wrong.add(reference + ": " + r.statusCode() + " " + r.body());
                            }
                        } catch (IOException e) {
                            Thread.sleep(20); // the port has closed: nothing was acknowledged
                        }
                    }
                    return null;
                }));
            }
            Thread.sleep(1000);
            int acknowledgedBeforeSignal = acknowledged.size();
            service.toHandle().destroy(); // SIGTERM
            boolean readinessDownWhileServing = false;
            while (service.isAlive()) {
                int ready = status(port, "/q/health/ready");
                int live = status(port, "/q/health/live");
                readinessDownWhileServing |= ready == 503 && live == 200;
                Thread.sleep(100);
            }
            writing.set(false);
            for (Future<?> f : writers) {
                f.get(30, TimeUnit.SECONDS);
            }
            pool.shutdown();
            assertTrue(service.waitFor(60, TimeUnit.SECONDS));
            assertTrue(readinessDownWhileServing, "readiness went down while the service still answered");
            assertTrue(wrong.isEmpty(), "only 201, 503 or a closed port: " + wrong);
            assertTrue(acknowledged.size() > acknowledgedBeforeSignal, "writes were still acknowledged after SIGTERM");

            service = start(work, port);
            awaitReady(port, service);
            for (String reference : acknowledged) {
                HttpResponse<String> kept = send(port, "GET", "/v1/organisations/" + org + "/retention-rules/" + reference, null);
                assertEquals(200, kept.statusCode(), "acknowledged write " + reference + " is kept");
            }
            System.out.printf("GracefulShutdownIT: %d writes acknowledged (%d after SIGTERM), all kept%n",
                    acknowledged.size(), acknowledged.size() - acknowledgedBeforeSignal);
        } finally {
            service.toHandle().destroy();
            service.waitFor(60, TimeUnit.SECONDS);
        }
    }

    /** The packaged service on its own embedded PostgreSQL in {@code work}, whatever database the suite uses. */
    private static Process start(Path work, int port) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.http.port=" + port, "-Dopenropa.embedded-db.data-dir=" + work.resolve("pgdata"),
                "-Dopenropa.demo-data.enabled=false", "-Dquarkus.shutdown.delay=2s", "-Dopenropa.rate-limit.enabled=false",
                "-jar", Path.of("target", "quarkus-app", "quarkus-run.jar").toAbsolutePath().toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("service.log").toFile()));
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("QUARKUS_DATASOURCE_"));
        env.put("OPENROPA_BOOTSTRAP_API_KEY", KEY);
        return builder.start();
    }

    private void awaitReady(int port, Process service) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (status(port, "/q/health/ready") != 200) {
            assertTrue(service.isAlive() && System.nanoTime() < deadline, "the service started");
            Thread.sleep(200);
        }
    }

    private int status(int port, String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    private HttpResponse<String> send(int port, String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + KEY).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String rule(String reference) {
        return "{\"reference\":\"" + reference + "\",\"recordSeries\":\"Accounts payable\",\"function\":\"Finance\","
                + "\"triggerEvent\":\"END_OF_FINANCIAL_YEAR_LAST_MODIFIED\",\"period\":\"P6Y\",\"disposalAction\":\"DESTROY\","
                + "\"rationaleType\":\"LIMITATION_PERIOD\",\"rationaleCitation\":\"Limitation Act 1980 s.5\"}";
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
