package io.gongzhi.platform.tenancy.control;

import io.gongzhi.platform.persistence.control.TenantSessions;
import io.gongzhi.platform.tenancy.entity.TenantRecord;
import io.gongzhi.platform.tenancy.entity.TenantStatus;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * The tenant directory: applies manifests to the {@code tenant} table and answers lookups from an
 * immutable in-memory snapshot (replaced whole on every change, so readers never lock).
 *
 * <p>Applying is idempotent: a manifest whose content hash equals the stored one changes nothing,
 * so a tenant that an operator suspended stays suspended across restarts until its manifest itself
 * changes. A host name claimed by two tenants is refused for the second one.
 */
public class TenantRegistry {

    private static final Logger LOG = Logger.getLogger(TenantRegistry.class.getName());

    private final Supplier<TenantSessions> sessions;
    private volatile Snapshot snapshot = new Snapshot(Map.of(), Map.of());

    public TenantRegistry(Supplier<TenantSessions> sessions) {
        this.sessions = sessions;
    }

    /** For CDI's client proxy only. */
    protected TenantRegistry() {
        this(null);
    }

    /** What one application of the manifests did. */
    public record Applied(List<String> created, List<String> updated, List<String> unchanged, List<String> failed) {}

    public Applied applyManifests(Path dir) throws IOException {
        List<TenantManifest> manifests = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (Path file : TenantManifests.files(dir)) {
            try {
                manifests.add(TenantManifests.read(file));
            } catch (InvalidManifestException e) {
                LOG.severe("tenant manifest not applied: " + e.getMessage());
                failed.add(file.getFileName().toString());
            }
        }
        Applied applied = apply(manifests, failed);
        LOG.info(() -> "tenant manifests from " + dir + ": created " + applied.created() + ", updated "
                + applied.updated() + ", unchanged " + applied.unchanged() + ", failed " + applied.failed());
        return applied;
    }

    public Applied apply(Collection<TenantManifest> manifests, List<String> failedBefore) {
        List<String> created = new ArrayList<>();
        List<String> updated = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        List<String> failed = new ArrayList<>(failedBefore);
        sessions.get().inPlatform(em -> {
            Map<String, String> hostOwners = new HashMap<>();
            em.createQuery("select t from TenantRecord t", TenantRecord.class)
                    .getResultList()
                    .forEach(t -> t.hosts().forEach(h -> hostOwners.put(h, t.id())));
            for (TenantManifest m : manifests) {
                Optional<String> taken = m.hosts().stream()
                        .filter(h ->
                                hostOwners.containsKey(h) && !hostOwners.get(h).equals(m.id()))
                        .findFirst();
                if (taken.isPresent()) {
                    LOG.severe("tenant manifest " + m.id() + " not applied: host " + taken.get()
                            + " already belongs to tenant " + hostOwners.get(taken.get()));
                    failed.add(m.id());
                    continue;
                }
                TenantRecord r = em.find(TenantRecord.class, m.id());
                if (r != null && m.hash().equals(r.manifestHash())) {
                    unchanged.add(m.id());
                    continue;
                }
                if (r == null) {
                    r = new TenantRecord(m.id());
                    em.persist(r);
                    created.add(m.id());
                } else {
                    updated.add(m.id());
                }
                write(r, m);
                m.hosts().forEach(h -> hostOwners.put(h, m.id()));
            }
            return null;
        });
        reload();
        return new Applied(created, updated, unchanged, failed);
    }

    /** What a change through the operator API came to. */
    public enum Outcome {
        CREATED,
        UPDATED,
        EXISTS,
        NOT_FOUND,
        HOST_TAKEN
    }

    /**
     * Creates ({@code create}) or changes a tenant from a manifest the operator sent. A change keeps
     * the tenant's status: suspending and resuming are their own operations.
     */
    public Outcome put(TenantManifest m, boolean create) {
        Optional<Tenant> existing = find(m.id());
        if (create && existing.isPresent()) {
            return Outcome.EXISTS;
        }
        if (!create && existing.isEmpty()) {
            return Outcome.NOT_FOUND;
        }
        boolean suspended = existing.map(t -> !t.active()).orElse(m.suspended());
        TenantManifest kept = new TenantManifest(
                m.id(),
                m.nameZh(),
                m.nameEn(),
                m.kind(),
                m.hosts(),
                m.colorPrimary(),
                m.colorAccent(),
                existing.isPresent() && m.logoSvg() == null ? existing.get().logoSvg() : m.logoSvg(),
                m.locale(),
                m.timezone(),
                m.pluginId(),
                m.pluginVersion(),
                m.realm(),
                m.seedRef(),
                suspended,
                TenantManifests.sha256("api:" + m.hash()));
        Applied applied = apply(List.of(kept), List.of());
        if (applied.failed().contains(m.id())) {
            return Outcome.HOST_TAKEN;
        }
        return create ? Outcome.CREATED : Outcome.UPDATED;
    }

    /** Suspends or resumes a tenant; returns false when there is no such tenant. */
    public boolean changeStatus(String id, TenantStatus status) {
        boolean found = sessions.get().inPlatform(em -> {
            TenantRecord r = em.find(TenantRecord.class, id);
            if (r != null) {
                r.changeStatus(status);
            }
            return r != null;
        });
        reload();
        return found;
    }

    /** Re-reads the directory; called after every change and by other nodes when told to. */
    public void reload() {
        List<Tenant> all = sessions.get()
                .inPlatform(em -> em.createQuery("select t from TenantRecord t", TenantRecord.class)
                        .getResultStream()
                        .map(Tenant::of)
                        .toList());
        Map<String, Tenant> byId = new HashMap<>();
        Map<String, Tenant> byHost = new HashMap<>();
        for (Tenant t : all) {
            byId.put(t.id(), t);
            t.hosts().forEach(h -> byHost.put(h, t));
        }
        snapshot = new Snapshot(Map.copyOf(byId), Map.copyOf(byHost));
    }

    /** The tenant with this id, active or suspended. */
    public Optional<Tenant> find(String id) {
        return Optional.ofNullable(id).map(snapshot.byId()::get);
    }

    /** The active tenant with this id; suspended and unknown tenants are both absent. */
    public Optional<Tenant> active(String id) {
        return Optional.ofNullable(id).map(snapshot.byId()::get).filter(Tenant::active);
    }

    /** The active tenant serving this host name (port and letter case ignored). */
    public Optional<Tenant> activeByHost(String host) {
        if (host == null) {
            return Optional.empty();
        }
        String name = host.toLowerCase(Locale.ROOT);
        int colon = name.lastIndexOf(':');
        if (colon > 0 && !name.endsWith("]")) {
            name = name.substring(0, colon);
        }
        return Optional.ofNullable(snapshot.byHost().get(name)).filter(Tenant::active);
    }

    public List<Tenant> all() {
        return snapshot.byId().values().stream()
                .sorted(java.util.Comparator.comparing(Tenant::id))
                .toList();
    }

    private static void write(TenantRecord r, TenantManifest m) {
        r.describe(m.nameZh(), m.nameEn(), m.kind(), m.locale(), m.timezone());
        r.brand(m.colorPrimary(), m.colorAccent(), m.logoSvg());
        r.serveOn(m.hosts());
        r.govern(m.pluginId(), m.pluginVersion(), m.realm(), m.seedRef());
        r.changeStatus(m.suspended() ? TenantStatus.SUSPENDED : TenantStatus.ACTIVE);
        r.appliedFrom(m.hash());
    }

    private record Snapshot(Map<String, Tenant> byId, Map<String, Tenant> byHost) {}
}
