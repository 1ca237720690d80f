package io.gongzhi.platform.persistence.entity;

import jakarta.persistence.MappedSuperclass;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * The one superclass of every tenant-owned entity. EclipseLink fills and filters {@code tenant_id}
 * from the entity manager's {@value #TENANT_PROPERTY} property, which only {@link
 * io.gongzhi.platform.persistence.control.TenantSessions} sets. Subclasses never map {@code
 * tenant_id} themselves, and their tables put it first in the primary key and in every index.
 */
@MappedSuperclass
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
        name = "tenant_id",
        contextProperty = TenantOwned.TENANT_PROPERTY,
        length = 63,
        primaryKey = true)
public abstract class TenantOwned {

    /** The entity manager property that carries the tenant id. */
    public static final String TENANT_PROPERTY = "eclipselink.tenant-id";
}
