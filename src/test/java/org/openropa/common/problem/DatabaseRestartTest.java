package org.openropa.common.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openropa.common.AuthenticatedTests;
import org.openropa.common.Fixtures;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
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

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * PostgreSQL stopped and started while four clients write: every answer is a 2xx or a 503 problem with Retry-After,
 * readiness is down during the outage and up within 5 s of the database's return, and every acknowledged write is
 * there afterwards. It stops the suite's own embedded PostgreSQL, so it is skipped against a server it does not own.
 */
@QuarkusTest
class DatabaseRestartTest {

    private static final int WRITERS = 4;

    private record Answer(String reference, int status, String contentType, String retryAfter, long millis) {
    }

    @Test
    void writesDuringARestartAreAcknowledgedOrRefusedWith503AndNoneIsLost() throws Exception {
        Server server = embeddedServer();
        Assumptions.assumeTrue(server != null, "the suite runs on a PostgreSQL server it does not own");
        String org = Fixtures.organisation();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger sequence = new AtomicInteger();
        ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            writers.add(pool.submit(() -> {
                while (writing.get()) {
                    answers.add(create(http, org, "W-" + sequence.incrementAndGet()));
                }
                return null;
            }));
        }
        Thread.sleep(1000);
        server.stop();
        boolean downSeen = false;
        long outageEnds = System.nanoTime() + TimeUnit.SECONDS.toNanos(4);
        while (System.nanoTime() < outageEnds) {
            downSeen |= readiness(http) == 503;
            Thread.sleep(200);
        }
        server.start(url(), user(), password());
        long back = System.nanoTime();
        long readyAfter = -1;
        while (System.nanoTime() - back < TimeUnit.SECONDS.toNanos(10)) {
            if (readiness(http) == 200) {
                readyAfter = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - back);
                break;
            }
            Thread.sleep(100);
        }
        Thread.sleep(1000);
        writing.set(false);
        for (Future<?> f : writers) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertTrue(downSeen, "readiness was down while the database was");
        assertTrue(readyAfter >= 0 && readyAfter <= 5000, "ready " + readyAfter + " ms after the database returned");
        List<Answer> refused = answers.stream().filter(a -> a.status() == 503).toList();
        List<Answer> acknowledged = answers.stream().filter(a -> a.status() == 201).toList();
        List<Answer> other = answers.stream().filter(a -> a.status() != 503 && a.status() != 201).toList();
        assertTrue(other.isEmpty(), "only 201 and 503: " + other);
        assertTrue(!refused.isEmpty(), "some writes met the outage");
        for (Answer a : refused) {
            assertTrue(a.contentType().startsWith("application/problem+json"), a.toString());
            assertEquals("1", a.retryAfter(), a.toString());
        }
        long slowest = refused.stream().mapToLong(Answer::millis).max().orElse(0);
        System.out.printf("DatabaseRestartTest: %d acknowledged, %d refused (slowest 503 in %d ms), ready %d ms after the database returned%n",
                acknowledged.size(), refused.size(), slowest, readyAfter);
        assertTrue(slowest < 1000, "a 503 within a second, not a hang: " + refused.stream().map(Answer::millis).sorted().toList());
        for (Answer a : acknowledged) {
            given().get("/v1/organisations/" + org + "/retention-rules/" + a.reference()).then().statusCode(200);
        }
    }

    private static Answer create(HttpClient http, String org, String reference) {
        String body = "{\"reference\":\"" + reference + "\",\"recordSeries\":\"Accounts payable\",\"function\":\"Finance\","
                + "\"triggerEvent\":\"END_OF_FINANCIAL_YEAR_LAST_MODIFIED\",\"period\":\"P6Y\",\"disposalAction\":\"DESTROY\","
                + "\"rationaleType\":\"LIMITATION_PERIOD\",\"rationaleCitation\":\"Limitation Act 1980 s.5\"}";
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/v1/organisations/" + org + "/retention-rules"))
                    .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + AuthenticatedTests.ADMIN_KEY)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(reference, response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Retry-After").orElse(null), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
        } catch (Exception e) {
            return new Answer(reference, -1, e.toString(), null, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
        }
    }

    private static int readiness(HttpClient http) {
        try {
            return http.send(HttpRequest.newBuilder(uri("/q/health/ready")).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    private static URI uri(String path) {
        return URI.create(RestAssured.baseURI + ":" + RestAssured.port + path);
    }

    private static String url() {
        return ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
    }

    private static String user() {
        return ConfigProvider.getConfig().getValue("quarkus.datasource.username", String.class);
    }

    private static String password() {
        return ConfigProvider.getConfig().getOptionalValue("quarkus.datasource.password", String.class).orElse("");
    }

    /** The embedded PostgreSQL the suite started (its binaries are zonky's), or null for any other server. */
    private static Server embeddedServer() throws Exception {
        Path dataDirectory;
        try (Connection c = DriverManager.getConnection(url(), user(), password());
             ResultSet rs = c.createStatement().executeQuery("show data_directory")) {
            rs.next();
            dataDirectory = Path.of(rs.getString(1));
        }
        Path opts = dataDirectory.resolve("postmaster.opts");
        if (!Files.isReadable(opts)) {
            return null;
        }
        // postmaster.opts holds the command line the server was started with: the binary, then each argument quoted.
        String line = Files.readString(opts).trim();
        List<String> command = new ArrayList<>(List.of(line.split(" ", 2)[0]));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"([^\"]*)\"").matcher(line.substring(command.get(0).length()));
        while (m.find()) {
            command.add(m.group(1));
        }
        if (command.isEmpty() || !command.get(0).contains("embedded-pg")) {
            return null;
        }
        return new Server(command, dataDirectory);
    }

    /** The server as the suite started it: stopped as PostgreSQL's fast shutdown does, started again with the same command. */
    private record Server(List<String> command, Path dataDirectory) {

        void stop() throws Exception {
            long pid = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).trim());
            Process kill = new ProcessBuilder("kill", "-INT", String.valueOf(pid)).inheritIO().start();
            assertEquals(0, kill.waitFor(), "kill -INT " + pid);
            ProcessHandle.of(pid).ifPresent(p -> p.onExit().orTimeout(30, TimeUnit.SECONDS).join());
        }

        void start(String url, String user, String password) throws Exception {
            // As zonky does: PostgreSQL refuses to run as root, so as root it runs in a user namespace of its own.
            List<String> started = new ArrayList<>(command);
            if ("root".equals(System.getProperty("user.name"))) {
                started.addAll(0, List.of("unshare", "-U"));
            }
            Process postgres = new ProcessBuilder(started).redirectErrorStream(true)
                    .redirectOutput(dataDirectory.resolveSibling(dataDirectory.getFileName() + "-restarted.log").toFile()).start();
            // The suite's own shutdown stopped the server it started; this one is stopped when the JVM ends.
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    new ProcessBuilder("kill", "-INT", String.valueOf(postgres.pid())).start().waitFor();
                } catch (Exception e) {
                    postgres.destroy();
                }
            }));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (true) {
                try (Connection c = DriverManager.getConnection(url, user, password)) {
                    return;
                } catch (java.sql.SQLException e) {
                    assertTrue(postgres.isAlive() && System.nanoTime() < deadline, "PostgreSQL started again: " + e.getMessage());
                    Thread.sleep(50);
                }
            }
        }
    }
}
