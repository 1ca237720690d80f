package io.gongzhi.platform.identity.entity;

import io.gongzhi.platform.persistence.entity.TenantOwned;
import io.gongzhi.platform.runtime.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * Where a person acts in a role: subject (the realm's stable user id) acts as role at an org unit
 * (a unit path such as {@code nanyuan/lanhua}) and everything under it. The realm says which roles a
 * person has; the platform says where.
 */
@Entity
@Table(name = "role_assignment")
public class RoleAssignment extends TenantOwned {

    @Id
    private String id;

    private String subject;

    @Column(name = "username")
    private String username;

    private String role;

    private String unit;

    @Column(name = "granted_by")
    private String grantedBy;

    @Column(name = "granted_at")
    private OffsetDateTime grantedAt;

    protected RoleAssignment() {}

    public RoleAssignment(String subject, String username, String role, String unit, String grantedBy) {
        this.id = Ids.newId();
        this.subject = subject;
        this.username = username;
        this.role = role;
        this.unit = unit;
        this.grantedBy = grantedBy;
        this.grantedAt = OffsetDateTime.now();
    }

    public String id() {
        return id;
    }

    public String subject() {
        return subject;
    }

    public String username() {
        return username;
    }

    public String role() {
        return role;
    }

    public String unit() {
        return unit;
    }

    public String grantedBy() {
        return grantedBy;
    }

    public OffsetDateTime grantedAt() {
        return grantedAt;
    }
}
