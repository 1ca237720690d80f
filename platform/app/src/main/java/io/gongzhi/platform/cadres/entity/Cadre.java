package io.gongzhi.platform.cadres.entity;

import io.gongzhi.platform.persistence.entity.TenantOwned;
import io.gongzhi.platform.runtime.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** A cadre of a community or village. */
@Entity
@Table(name = "cadre")
public class Cadre extends TenantOwned {

    @Id
    private String id;

    private String name;
    private String unit;
    private String post;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    private String education;

    @Column(name = "pay_grade")
    private String payGrade;

    @Version
    private long version;

    protected Cadre() {}

    public Cadre(String name, String unit, String post, LocalDate birthDate, String education, String payGrade) {
        this.id = Ids.newId();
        this.name = name;
        this.unit = unit;
        this.post = post;
        this.birthDate = birthDate;
        this.education = education;
        this.payGrade = payGrade;
    }

    /** Changes post, education and pay grade (a cadre moving to another unit is a new record). */
    public void change(String name, String post, String education, String payGrade) {
        this.name = name;
        this.post = post;
        this.education = education;
        this.payGrade = payGrade;
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

    public String post() {
        return post;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public String education() {
        return education;
    }

    public String payGrade() {
        return payGrade;
    }
}
