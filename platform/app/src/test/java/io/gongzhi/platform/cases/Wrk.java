package io.gongzhi.platform.cases;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drives {@code wrk} (Debian's package {@code wrk}) for a benchmark: POSTs of one JSON body with a
 * bearer token and a fresh {@code Idempotency-Key} per request (or GETs when the body is null; the
 * token may be null too), from {@code connections}
 * connections for {@code seconds}; unpaced (as fast as the server answers) or paced at about
 * {@code rate} requests per second (each connection waits {@code connections / rate} between its
 * requests). A benchmark helper: it reports, it does not judge.
 */
final class Wrk {

    /** Requests per second answered 2xx, latency percentiles, and the requests not answered 2xx. */
    record Result(double rate, double p50Ms, double p99Ms, long failed) {}

    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern REQUESTS = Pattern.compile("([0-9]+) requests in ([0-9.]+)(m?s)");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: ([0-9]+)");
    private static final Pattern ERRORS =
            Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");
    private static final Pattern PERCENTILES = Pattern.compile("p50 ([0-9.]+) ms p99 ([0-9.]+) ms");

    private Wrk() {}

    static Result run(URL base, String path, String token, String body, int connections, int seconds, double rate)
            throws IOException, InterruptedException {
        Path script = Files.createTempFile("gongzhi-wrk", ".lua");
        Files.writeString(
                script, script(token, body, rate > 0 ? connections * 1000.0 / rate : 0), StandardCharsets.UTF_8);
        Process p = new ProcessBuilder(
                        "wrk",
                        "-t1",
                        "-c" + connections,
                        "-d" + seconds + "s",
                        "--latency",
                        "-s",
                        script.toString(),
                        base.toString() + path)
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException("wrk failed (is Debian's wrk installed?):\n" + out);
        }
        Files.deleteIfExists(script);
        long failed = find(NON_2XX, out).map(m -> Long.parseLong(m.group(1))).orElse(0L)
                + find(ERRORS, out)
                        .map(m -> Long.parseLong(m.group(1))
                                + Long.parseLong(m.group(2))
                                + Long.parseLong(m.group(3))
                                + Long.parseLong(m.group(4)))
                        .orElse(0L);
        Matcher requests = find(REQUESTS, out).orElseThrow(() -> new IllegalStateException(out));
        double elapsed =
                Double.parseDouble(requests.group(2)) / (requests.group(3).equals("ms") ? 1000 : 1);
        double ok = (Long.parseLong(requests.group(1)) - failed) / elapsed;
        Matcher pct = find(PERCENTILES, out).orElseThrow(() -> new IllegalStateException(out));
        find(RATE, out).orElseThrow(() -> new IllegalStateException(out));
        return new Result(ok, Double.parseDouble(pct.group(1)), Double.parseDouble(pct.group(2)), failed);
    }

    private static java.util.Optional<Matcher> find(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? java.util.Optional.of(m) : java.util.Optional.empty();
    }

    private static String script(String token, String body, double delayMs) {
        String auth = token == null ? "" : "wrk.headers[\"Authorization\"] = \"Bearer " + token + "\"";
        if (body == null) {
            return auth + "\n" + DONE;
        }
        return """
                local n = 0
                local prefix = "wrk-%s-"
                wrk.method = "POST"
                wrk.body = [==[%s]==]
                wrk.headers["Content-Type"] = "application/json"
                %s
                request = function()
                  n = n + 1
                  wrk.headers["Idempotency-Key"] = prefix .. n
                  return wrk.format()
                end
                delay = function()
                  return %.3f
                end
                """
                        .formatted(java.util.UUID.randomUUID(), body, auth, delayMs)
                + DONE;
    }

    private static final String DONE =
            """
            done = function(summary, latency, requests)
              io.write(string.format("p50 %.1f ms p99 %.1f ms\\n", latency:percentile(50) / 1000, latency:percentile(99) / 1000))
            end
            """;
}
