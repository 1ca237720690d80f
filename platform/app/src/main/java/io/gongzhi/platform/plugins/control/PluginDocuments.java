package io.gongzhi.platform.plugins.control;

import io.gongzhi.platform.persistence.control.TenantSessions;
import io.gongzhi.platform.plugins.entity.PluginDocument;
import io.gongzhi.spi.Documents;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** {@link Documents} for one plugin and one tenant, kept in the platform's document table. */
final class PluginDocuments implements Documents {

    static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,100}");
    static final int MAX_BYTES = 256 * 1024;

    private final TenantSessions sessions;
    private final String tenantId;
    private final String pluginId;

    PluginDocuments(TenantSessions sessions, String tenantId, String pluginId) {
        this.sessions = sessions;
        this.tenantId = tenantId;
        this.pluginId = pluginId;
    }

    @Override
    public Optional<String> get(String kind, String key) {
        check(kind, key);
        return sessions.inTenant(tenantId, em -> find(em, kind, key).map(PluginDocument::body));
    }

    @Override
    public void put(String kind, String key, String json) {
        check(kind, key);
        if (json == null || json.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new IllegalArgumentException("a document is 1 byte to " + MAX_BYTES + " bytes of JSON");
        }
        String t = json.strip();
        if (!(t.startsWith("{") || t.startsWith("["))) {
            throw new IllegalArgumentException("a document is a JSON object or array");
        }
        sessions.inTenant(tenantId, em -> {
            find(em, kind, key)
                    .ifPresentOrElse(
                            d -> d.replace(json), () -> em.persist(new PluginDocument(pluginId, kind, key, json)));
            return null;
        });
    }

    @Override
    public List<String> keys(String kind) {
        check(kind, "k");
        return sessions.inTenant(tenantId, em -> em.createQuery(
                        "select d.key from PluginDocument d where d.pluginId = :p and d.kind = :k order by d.key",
                        String.class)
                .setParameter("p", pluginId)
                .setParameter("k", kind)
                .getResultList());
    }

    @Override
    public boolean delete(String kind, String key) {
        check(kind, key);
        return sessions.inTenant(tenantId, em -> find(em, kind, key)
                .map(d -> {
                    em.remove(d);
                    return true;
                })
                .orElse(false));
    }

    private Optional<PluginDocument> find(jakarta.persistence.EntityManager em, String kind, String key) {
        return em.createQuery(
                        "select d from PluginDocument d where d.pluginId = :p and d.kind = :k and d.key = :key",
                        PluginDocument.class)
                .setParameter("p", pluginId)
                .setParameter("k", kind)
                .setParameter("key", key)
                .getResultStream()
                .findFirst();
    }

    private static void check(String kind, String key) {
        if (kind == null
                || !NAME.matcher(kind).matches()
                || key == null
                || !NAME.matcher(key).matches()) {
            throw new IllegalArgumentException("document kind and key are 1-100 of letters, digits, '.', '_' and '-'");
        }
    }
}
