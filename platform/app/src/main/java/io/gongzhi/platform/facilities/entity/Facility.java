package io.gongzhi.platform.facilities.entity;

import io.gongzhi.platform.persistence.entity.TenantOwned;
import io.gongzhi.platform.runtime.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;

/** A community service facility and its floor areas. */
@Entity
@Table(name = "facility")
public class Facility extends TenantOwned {

    @Id
    private String id;

    private String name;
    private String unit;

    @Column(name = "office_m2")
    private BigDecimal office;

    @Column(name = "activity_m2")
    private BigDecimal activity;

    private int households;
    private String owner;

    @Version
    private long version;

    protected Facility() {}

    public Facility(String name, String unit, BigDecimal office, BigDecimal activity, int households, String owner) {
        this.id = Ids.newId();
        this.name = name;
        this.unit = unit;
        this.office = office;
        this.activity = activity;
        this.households = households;
        this.owner = owner;
    }

    /** Changes the areas and households (the site stays at its unit). */
    public void measure(String name, BigDecimal office, BigDecimal activity, int households, String owner) {
        this.name = name;
        this.office = office;
        this.activity = activity;
        this.households = households;
        this.owner = owner;
    }

    public long version() {
        return version;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String unit() {
        return unit;
    }

    public BigDecimal office() {
        return office;
    }

    public BigDecimal activity() {
        return activity;
    }

    public int households() {
        return households;
    }

    public String owner() {
        return owner;
    }
}
