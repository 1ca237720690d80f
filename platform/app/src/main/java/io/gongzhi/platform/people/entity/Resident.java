package io.gongzhi.platform.people.entity;

import io.gongzhi.platform.persistence.entity.TenantOwned;
import io.gongzhi.platform.runtime.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/** A resident of the tenant. Personal fields leave this class only through the masking views. */
@Entity
@Table(name = "resident")
public class Resident extends TenantOwned {

    @Id
    private String id;

    private String name;

    @Column(name = "id_number")
    private String idNumber;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    private String phone;
    private String address;
    private String household;
    private String unit;

    /** Care attribute codes, comma separated. */
    private String care;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected Resident() {}

    public Resident(String unit) {
        this.id = Ids.newId();
        this.unit = unit;
        this.createdAt = OffsetDateTime.now();
    }

    /** Sets every field a registrar keeps (already checked by the caller). */
    public void record(
            String name,
            String idNumber,
            LocalDate birthDate,
            String phone,
            String address,
            String household,
            String unit,
            List<String> care) {
        this.name = name;
        this.idNumber = idNumber;
        this.birthDate = birthDate;
        this.phone = phone;
        this.address = address;
        this.household = household;
        this.unit = unit;
        this.care = String.join(",", care);
        this.updatedAt = OffsetDateTime.now();
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String idNumber() {
        return idNumber;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public String phone() {
        return phone;
    }

    public String address() {
        return address;
    }

    public String household() {
        return household;
    }

    public String unit() {
        return unit;
    }

    public List<String> care() {
        return care == null || care.isEmpty() ? List.of() : Arrays.asList(care.split(","));
    }

    public long version() {
        return version;
    }
}
