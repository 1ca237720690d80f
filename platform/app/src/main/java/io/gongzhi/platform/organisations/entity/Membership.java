package io.gongzhi.platform.organisations.entity;

import io.gongzhi.platform.persistence.entity.TenantOwned;
import io.gongzhi.platform.runtime.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** Someone's role in an organisation for a term (open when {@code termTo} is null). */
@Entity
@Table(name = "membership")
public class Membership extends TenantOwned {

    @Id
    private String id;

    @Column(name = "organisation_id")
    private String organisationId;

    @Column(name = "person_name")
    private String personName;

    @Column(name = "resident_id")
    private String residentId;

    private String role;

    @Column(name = "term_from")
    private LocalDate termFrom;

    @Column(name = "term_to")
    private LocalDate termTo;

    protected Membership() {}

    public Membership(
            String organisationId,
            String personName,
            String residentId,
            String role,
            LocalDate termFrom,
            LocalDate termTo) {
        this.id = Ids.newId();
        this.organisationId = organisationId;
        this.personName = personName;
        this.residentId = residentId;
        this.role = role;
        this.termFrom = termFrom;
        this.termTo = termTo;
    }

    public String id() {
        return id;
    }

    public String organisationId() {
        return organisationId;
    }

    public String personName() {
        return personName;
    }

    public String residentId() {
        return residentId;
    }

    public String role() {
        return role;
    }

    public LocalDate termFrom() {
        return termFrom;
    }

    public LocalDate termTo() {
        return termTo;
    }
}
