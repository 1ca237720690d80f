package io.gongzhi.platform.tenancy.entity;

/** Whether a tenant serves requests. A suspended tenant answers 404 like an unknown one. */
public enum TenantStatus {
    ACTIVE,
    SUSPENDED
}
