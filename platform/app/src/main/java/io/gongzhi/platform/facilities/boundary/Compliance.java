package io.gongzhi.platform.facilities.boundary;

import io.gongzhi.platform.facilities.entity.Facility;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The facility standard and how each site measures up to it. */
public record Compliance(Standard standard, int sites, int compliant, int under300, List<Shortfall> nonCompliant) {

    /** 双四百 and the per-household area; the figures a district is measured against. */
    public record Standard(BigDecimal officeMin, BigDecimal activityMin, BigDecimal perHundredHouseholds) {}

    /** A site short of the standard, with the area it needs and why. */
    public record Shortfall(
            String id,
            String name,
            String unit,
            BigDecimal office,
            BigDecimal activity,
            BigDecimal required,
            List<String> reasons) {}

    static final Standard STANDARD =
            new Standard(BigDecimal.valueOf(400), BigDecimal.valueOf(400), BigDecimal.valueOf(30));
    static final BigDecimal SMALL = BigDecimal.valueOf(300);

    static Compliance of(List<Facility> sites) {
        List<Shortfall> short_ = new ArrayList<>();
        int under300 = 0;
        for (Facility f : sites) {
            BigDecimal total = f.office().add(f.activity());
            BigDecimal required = STANDARD.perHundredHouseholds()
                    .multiply(BigDecimal.valueOf(f.households()))
                    .divide(BigDecimal.valueOf(100), 2, java.math.RoundingMode.HALF_UP);
            List<String> reasons = new ArrayList<>();
            if (f.office().compareTo(STANDARD.officeMin()) < 0) {
                reasons.add("office-under-400");
            }
            if (f.activity().compareTo(STANDARD.activityMin()) < 0) {
                reasons.add("activity-under-400");
            }
            if (total.compareTo(required) < 0) {
                reasons.add("under-30-per-100-households");
            }
            if (total.compareTo(SMALL) < 0) {
                under300++;
            }
            if (!reasons.isEmpty()) {
                short_.add(new Shortfall(f.id(), f.name(), f.unit(), f.office(), f.activity(), required, reasons));
            }
        }
        return new Compliance(STANDARD, sites.size(), sites.size() - short_.size(), under300, short_);
    }
}
