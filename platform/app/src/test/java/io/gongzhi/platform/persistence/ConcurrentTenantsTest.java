package io.gongzhi.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gongzhi.platform.disclosure.entity.Notice;
import io.gongzhi.platform.disclosure.entity.NoticeKind;
import io.gongzhi.platform.testsupport.IsolationFixture;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * 8 threads interleave two tenants for 10,000 transactions on a pool of 2 connections, so every
 * physical connection serves both tenants thousands of times. Every transaction checks what it sees
 * (rows of its own tenant only, at both walls) and what it writes lands in its own tenant.
 */
class ConcurrentTenantsTest {

    static final int THREADS = 8;
    static final int TRANSACTIONS = 10_000;

    @Test
    void tenThousandInterleavedTransactionsOnTwoConnectionsNeverMixTenants() throws Exception {
        try (IsolationFixture fx = new IsolationFixture(2, "alpha", "beta")) {
            AtomicInteger next = new AtomicInteger();
            AtomicLong mismatches = new AtomicLong();
            AtomicLong written = new AtomicLong();
            long start = System.nanoTime();
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                done.add(pool.submit(() -> {
                    int i;
                    while ((i = next.getAndIncrement()) < TRANSACTIONS) {
                        String tenant = i % 2 == 0 ? "alpha" : "beta";
                        boolean write = i % 20 < 2;
                        int n = i;
                        mismatches.addAndGet(fx.sessions.inTenant(tenant, em -> {
                            long wrong = 0;
                            if (write) {
                                em.persist(new Notice(
                                        "C-" + n,
                                        null,
                                        NoticeKind.AFFAIRS,
                                        tenant + ":" + n,
                                        "b",
                                        OffsetDateTime.now()));
                                em.flush();
                                written.incrementAndGet();
                            }
                            for (String title : em.createQuery(
                                            "select n.title from Notice n order by n.code desc", String.class)
                                    .setMaxResults(20)
                                    .getResultList()) {
                                if (!title.startsWith(tenant + ":")) {
                                    wrong++;
                                }
                            }
                            if (!tenant.equals(boundTenant(em.unwrap(Connection.class)))) {
                                wrong++;
                            }
                            return wrong;
                        }));
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            pool.shutdown();
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(
                    "%d transactions (%d writes), %d threads, pool 2: %.1f s, %.0f tx/s, %d mismatches%n",
                    TRANSACTIONS, written.get(), THREADS, seconds, TRANSACTIONS / seconds, mismatches.get());
            assertEquals(0, mismatches.get());
            long alpha = fx.sessions.inTenant("alpha", em -> em.createQuery(
                            "select count(n) from Notice n where n.title like 'alpha:%'", Long.class)
                    .getSingleResult());
            long beta = fx.sessions.inTenant("beta", em -> em.createQuery(
                            "select count(n) from Notice n where n.title like 'beta:%'", Long.class)
                    .getSingleResult());
            assertEquals(TRANSACTIONS / 10 / 2, alpha);
            assertEquals(TRANSACTIONS / 10 / 2, beta);
        }
    }

    static String boundTenant(Connection c) {
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select current_setting('app.tenant_id', true)")) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
