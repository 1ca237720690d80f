package io.gongzhi.platform.tenancy.control;

import io.gongzhi.platform.persistence.control.Database;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.function.Function;

/** How features reach their data: one transaction, always as the current request's tenant. */
@ApplicationScoped
public class TenantTransactions {

    @Inject
    Database database;

    @Inject
    CurrentTenant current;

    public <T> T call(Function<EntityManager, T> work) {
        return database.sessions().inTenant(current.get().id(), work);
    }
}
