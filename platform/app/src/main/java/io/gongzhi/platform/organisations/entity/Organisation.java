package io.gongzhi.platform.organisations.entity;

import io.gongzhi.platform.persistence.entity.TenantOwned;
import io.gongzhi.platform.runtime.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An organisation at a unit of the hierarchy, possibly inside another (a party group in a branch). */
@Entity
@Table(name = "organisation")
public class Organisation extends TenantOwned {

    @Id
    private String id;

    private String kind;
    private String name;
    private String unit;

    @Column(name = "parent_id")
    private String parentId;

    @Version
    private long version;

    protected Organisation() {}

    public Organisation(String kind, String name, String unit, String parentId) {
        this.id = Ids.newId();
        this.kind = kind;
        this.name = name;
        this.unit = unit;
        this.parentId = parentId;
    }

    public String id() {
        return id;
    }

    public String kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public String unit() {
        return unit;
    }

    public String parentId() {
        return parentId;
    }

    public long version() {
        return version;
    }

    /** Renames the body or corrects its kind (it stays at its unit). */
    public void change(String kind, String name) {
        this.kind = kind;
        this.name = name;
    }
}
