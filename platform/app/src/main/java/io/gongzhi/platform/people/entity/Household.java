package io.gongzhi.platform.people.entity;

import io.gongzhi.platform.persistence.entity.TenantOwned;
import io.gongzhi.platform.runtime.Ids;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A household (户): its number, the unit it lives in and its exact address (personal data). */
@Entity
@Table(name = "household")
public class Household extends TenantOwned {

    @Id
    private String id;

    private String code;
    private String unit;
    private String address;

    @Version
    private long version;

    protected Household() {}

    public Household(String code, String unit, String address) {
        this.id = Ids.newId();
        this.code = code;
        this.unit = unit;
        this.address = address;
    }

    public String id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String unit() {
        return unit;
    }

    public String address() {
        return address;
    }

    public long version() {
        return version;
    }

    /** Corrects the address (the household stays at its unit; a move is a new registration). */
    public void readdress(String address) {
        this.address = address;
    }
}
