package io.gongzhi.platform.duties.entity;

import io.gongzhi.platform.persistence.entity.TenantOwned;
import io.gongzhi.platform.runtime.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;

/** One item of one of the three lists. */
@Entity
@Table(name = "duty_item")
public class DutyItem extends TenantOwned {

    /** The three lists. */
    public enum DutyList {
        OWN,
        ASSISTED,
        NEGATIVE
    }

    @Id
    private String id;

    @Enumerated(EnumType.STRING)
    @Column(name = "list_kind")
    private DutyList list;

    private String title;
    private String basis;
    private String department;

    /** Yuan per community per year that follow an assisted task. */
    private BigDecimal funding;

    @Column(name = "admission_id")
    private String admissionId;

    @Version
    private long version;

    protected DutyItem() {}

    public DutyItem(
            DutyList list, String title, String basis, String department, BigDecimal funding, String admissionId) {
        this.id = Ids.newId();
        this.list = list;
        this.title = title;
        this.basis = basis;
        this.department = department;
        this.funding = funding;
        this.admissionId = admissionId;
    }

    public String id() {
        return id;
    }

    public DutyList list() {
        return list;
    }

    public String title() {
        return title;
    }

    public String basis() {
        return basis;
    }

    public String department() {
        return department;
    }

    public BigDecimal funding() {
        return funding;
    }

    public String admissionId() {
        return admissionId;
    }
}
