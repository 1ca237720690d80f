package io.gongzhi.platform.cases;

import io.gongzhi.platform.config.DatabaseSettings;
import io.gongzhi.platform.testsupport.Deployments;
import io.gongzhi.platform.testsupport.Http;
import io.gongzhi.platform.testsupport.TestDatabases;
import java.net.URL;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Benchmark (not part of {@code mvn verify}; run {@code platform/bench/intake.sh}): case intake over
 * HTTP against PostgreSQL (no photo, an Idempotency-Key each, every report committed durably) next
 * to the bare JDBC rate of inserting the same case row with one commit each, and of the same three
 * rows the API writes (case, history step, outbox notice). Prints both rates, the ratios and the
 * p50/p99 latency at half the maximum HTTP rate. The HTTP load comes from {@code wrk} (Debian's
 * package), a C load generator: on two cores, this JVM's own HttpClient as the load took half the
 * CPU the server needed and halved the rate (both figures are printed). The server is warmed up
 * until its rate settles, and the one-connection latencies come from wrk too. Asserts nothing.
 */
@ExtendWith(ArquillianExtension.class)
class CaseIntakeBench {

    static final String T = "shuangluan";
    static final int CLIENTS = Integer.getInteger("bench.clients", 16);
    static final int SECONDS = Integer.getInteger("bench.seconds", 20);
    static final int POOL = Integer.getInteger("bench.pool", 10);
    static final DatabaseSettings DB = TestDatabases.freshPostgres(POOL);

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        // the jobs at their production intervals (the ITs run them every second)
        return Deployments.platform(
                DB,
                Deployments.tenantsDir(),
                "development",
                "gongzhi.jobs.outbox-seconds=5",
                "gongzhi.jobs.deadline-seconds=60");
    }

    @Test
    void intake() throws Exception {
        Http resident = new Http(base).asDemo(T, "resident");
        String body =
                "{\"category\":\"illegal-parking\",\"description\":\"车辆占用消防通道\",\"latitude\":40.96,\"longitude\":117.79}";
        String token = resident.devToken(T, "resident");
        String cases = "api/t/" + T + "/cases";
        String vacuum = vacuumLikeAutovacuum();
        double bareRow = bare(false);
        double bareCase = bare(true);
        List<Double> warming = warmUp(cases, token, body);
        one("public profile GET (no token)", "api/t/" + T, null, null);
        one("GET /me (token, assignments)", "api/t/" + T + "/me", token, null);
        one("GET /cases/mine (first page)", "api/t/" + T + "/cases/mine?limit=1", token, null);
        one("POST /cases", cases, token, body);
        Wrk.Result max = Wrk.run(base, cases, token, body, CLIENTS, SECONDS, 0);
        double http = max.rate();
        Wrk.Result half = Wrk.run(base, cases, token, body, CLIENTS, SECONDS, http / 2);
        double javaClient = closedLoop(resident, body);
        String sync;
        try (Connection c = DriverManager.getConnection(DB.url(), DB.user(), DB.password());
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("show synchronous_commit")) {
            rs.next();
            sync = rs.getString(1);
        }
        System.out.printf(
                "synchronous_commit = %s, %d HTTP clients, pool of %d, %d s per phase, 2 cores, %s%n",
                sync, CLIENTS, POOL, SECONDS, vacuum);
        System.out.printf(
                "warm-up, 15 s runs (3 min at least, then until two agree within 3%%): %s /s%n",
                warming.stream().map(r -> String.format("%,.0f", r)).toList());
        System.out.printf("bare JDBC, the case row, one commit each (%d threads): %,.0f/s%n", CLIENTS, bareRow);
        System.out.printf("bare JDBC, case + history + outbox rows, one commit each:  %,.0f/s%n", bareCase);
        System.out.printf(
                "HTTP intake (token, idempotency key, routing, time limit), wrk:  %,.0f/s (%,d refused)%n",
                http, max.failed());
        System.out.printf("HTTP intake, the same with this JVM's HttpClient as the load:    %,.0f/s%n", javaClient);
        System.out.printf(
                "ratio to the bare case row: %.0f%%, to the bare three rows: %.0f%%%n",
                100 * http / bareRow, 100 * http / bareCase);
        System.out.printf(
                "at %,.0f/s (half the maximum, paced): p50 %.1f ms, p99 %.1f ms, %,d refused%n",
                half.rate(), half.p50Ms(), half.p99Ms(), half.failed());
    }

    /**
     * The server's JIT needs minutes of load on two cores before its rate settles (a cold server
     * measured a third of its warm rate, and the rate can rest on a plateau for a minute before it
     * climbs again): load for at least three minutes, then until two 15 s runs agree within 3%,
     * six minutes at most.
     */
    private List<Double> warmUp(String path, String token, String body) throws Exception {
        List<Double> rates = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            rates.add(Wrk.run(base, path, token, body, CLIENTS, 15, 0).rate());
            int n = rates.size();
            if (n >= 12 && Math.abs(rates.get(n - 1) - rates.get(n - 2)) <= 0.03 * rates.get(n - 2)) {
                break;
            }
        }
        return rates;
    }

    /** One connection, one request after another, from wrk: what a request costs the server alone. */
    private void one(String what, String path, String token, String body) throws Exception {
        Wrk.Result r = Wrk.run(base, path, token, body, 1, 10, 0);
        System.out.printf(
                "sequential %-32s p50 %5.2f ms, p99 %5.2f ms (%,.0f/s, one connection, wrk)%n",
                what, r.p50Ms(), r.p99Ms(), r.rate());
    }

    /**
     * Without autovacuum (this machine's PostgreSQL has it off) nothing analyzes or vacuums the
     * tables: plans made on empty tables scan growing ones and the outbox's delivered rows pile up
     * as dead index entries (200 reports a second instead of 534). Analyzing every 5 s instead cost
     * the database a third of a core once the tables held half a million rows. So this does what
     * autovacuum does with its default settings: every 5 s, ANALYZE a table once 50 + 10% of its rows
     * changed since the last, VACUUM it once 50 + 20% are dead or 1,000 + 20% were inserted, both
     * throttled like autovacuum's workers.
     */
    private static String vacuumLikeAutovacuum() throws Exception {
        String db = TestDatabases.databaseName(DB);
        try (Connection c = TestDatabases.adminConnection(db);
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("show autovacuum")) {
            rs.next();
            if (rs.getString(1).equals("on")) {
                return "autovacuum on";
            }
        }
        Thread t = Thread.ofPlatform().daemon().start(() -> {
            try (Connection c = TestDatabases.adminConnection(db);
                    Statement st = c.createStatement()) {
                // throttled as autovacuum's workers are by default (autovacuum_vacuum_cost_delay 2 ms)
                st.execute("SET vacuum_cost_delay = 2");
                st.execute("SET vacuum_cost_limit = 200");
                while (!Thread.currentThread().isInterrupted()) {
                    List<String> work = new ArrayList<>();
                    try (ResultSet rs = st.executeQuery("select relname, n_live_tup, n_dead_tup, n_mod_since_analyze,"
                            + " n_ins_since_vacuum from pg_stat_user_tables"
                            + " where relname in ('case_file', 'case_event', 'outbox', 'inbox_message')")) {
                        while (rs.next()) {
                            long live = rs.getLong(2);
                            boolean vacuum = rs.getLong(3) > 50 + 0.2 * live || rs.getLong(5) > 1_000 + 0.2 * live;
                            boolean analyze = rs.getLong(4) > 50 + 0.1 * live;
                            if (vacuum || analyze) {
                                work.add((vacuum ? "VACUUM " : "") + (analyze ? "ANALYZE " : "") + rs.getString(1));
                            }
                        }
                    }
                    for (String w : work) {
                        st.execute(w);
                    }
                    Thread.sleep(5_000);
                }
            } catch (Exception e) {
                System.out.println("autovacuum stand-in stopped: " + e.getMessage());
            }
        });
        t.setName("bench-autovacuum");
        return "autovacuum off, so the bench vacuums and analyzes at autovacuum's default thresholds";
    }

    private static int post(Http h, String body) {
        return h.send(
                        HttpRequest.newBuilder(h.base().resolve("api/t/" + T + "/cases"))
                                .POST(HttpRequest.BodyPublishers.ofString(body)),
                        "Content-Type",
                        "application/json",
                        "Idempotency-Key",
                        "bench-" + UUID.randomUUID())
                .status();
    }

    /** Reports per second with {@link #CLIENTS} clients posting back to back. */
    private static double closedLoop(Http h, String body) throws Exception {
        AtomicInteger done = new AtomicInteger();
        long end = System.nanoTime() + SECONDS * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> fs = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int i = 0; i < CLIENTS; i++) {
            fs.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    if (post(h, body) == 201) {
                        done.incrementAndGet();
                    }
                }
            }));
        }
        for (Future<?> f : fs) {
            f.get();
        }
        pool.shutdown();
        return done.get() / ((System.nanoTime() - t0) / 1e9);
    }

    /** Inserts per second of the case row (or the three rows) with one commit each, as the app role. */
    private static double bare(boolean threeRows) throws Exception {
        AtomicInteger done = new AtomicInteger();
        long end = System.nanoTime() + SECONDS * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> fs = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int i = 0; i < CLIENTS; i++) {
            fs.add(pool.submit(() -> {
                try (Connection c = DriverManager.getConnection(DB.url(), DB.user(), DB.password())) {
                    c.setAutoCommit(false);
                    try (PreparedStatement tenant = c.prepareStatement("select set_config('app.tenant_id', ?, true)");
                            PreparedStatement file = c.prepareStatement(
                                    "insert into case_file (tenant_id, id, case_number, category, description, latitude,"
                                            + " longitude, channel, reporter, reporter_role, idempotency_key, request_hash,"
                                            + " state, tier, tier_rank, handler_role, due_at, escalations, reopened,"
                                            + " reported_at, version) values (?, ?, ?, 'illegal-parking', '车辆占用消防通道',"
                                            + " 40.96, 117.79, 'PORTAL', 'bench', 'resident', ?, 'h', 'DISPATCHED',"
                                            + " 'district-command-centre', 4, 'command-centre', ?, 0, 0, ?, 1)");
                            PreparedStatement event = c.prepareStatement(
                                    "insert into case_event (tenant_id, id, case_id, seq, occurred_at, actor, action,"
                                            + " to_state, tier, note) values (?, ?, ?, 1, ?, 'bench', 'report',"
                                            + " 'DISPATCHED', 'district-command-centre', 'routed')");
                            PreparedStatement outbox = c.prepareStatement(
                                    // delivered already: the platform's outbox job must not spend the HTTP
                                    // phase delivering the bare phase's rows
                                    "insert into outbox (tenant_id, id, topic, case_id, recipient_role, title,"
                                            + " created_at, delivered_at) values (?, ?, 'case.report', ?,"
                                            + " 'command-centre', 'new', ?, ?)")) {
                        while (System.nanoTime() < end) {
                            String id = UUID.randomUUID().toString();
                            OffsetDateTime now = OffsetDateTime.now();
                            tenant.setString(1, T);
                            tenant.execute();
                            file.setString(1, T);
                            file.setString(2, id);
                            file.setString(3, "B-" + id);
                            file.setString(4, "bare-" + id);
                            file.setObject(5, now.plusHours(8));
                            file.setObject(6, now);
                            file.executeUpdate();
                            if (threeRows) {
                                event.setString(1, T);
                                event.setString(2, UUID.randomUUID().toString());
                                event.setString(3, id);
                                event.setObject(4, now);
                                event.executeUpdate();
                                outbox.setString(1, T);
                                outbox.setString(2, UUID.randomUUID().toString());
                                outbox.setString(3, id);
                                outbox.setObject(4, now);
                                outbox.setObject(5, now);
                                outbox.executeUpdate();
                            }
                            c.commit();
                            done.incrementAndGet();
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : fs) {
            f.get();
        }
        pool.shutdown();
        return done.get() / ((System.nanoTime() - t0) / 1e9);
    }
}
