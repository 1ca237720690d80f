package io.gongzhi.platform.imports.control;

import io.gongzhi.platform.imports.entity.ImportJob;
import io.gongzhi.platform.persistence.control.Records;
import io.gongzhi.platform.persistence.control.TenantSessions;
import java.util.Optional;
import java.util.function.Supplier;

/** Import jobs of a tenant: each change in a transaction of its own, so readers see progress. */
public class ImportJobs {

    private final Supplier<TenantSessions> sessions;

    public ImportJobs(Supplier<TenantSessions> sessions) {
        this.sessions = sessions;
    }

    public ImportJob start(String tenant, String kind, int rows, String owner) {
        return sessions.get().inTenant(tenant, em -> {
            ImportJob j = new ImportJob(kind, rows, owner);
            em.persist(j);
            return j;
        });
    }

    public void progress(String tenant, String id, int done, int percent) {
        update(tenant, id, j -> j.progress(done, percent));
    }

    public void finish(String tenant, String id, ImportJob.State state, String outcome) {
        update(tenant, id, j -> j.finish(state, outcome));
    }

    public Optional<ImportJob> find(String tenant, String id) {
        return sessions.get().inTenant(tenant, em -> Records.byId(em, ImportJob.class, id));
    }

    private void update(String tenant, String id, java.util.function.Consumer<ImportJob> change) {
        sessions.get().inTenant(tenant, em -> {
            Records.byId(em, ImportJob.class, id).ifPresent(change);
            return null;
        });
    }
}
