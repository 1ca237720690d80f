package io.gongzhi.platform.people.boundary;

import io.gongzhi.platform.people.control.PersonalData;
import io.gongzhi.platform.people.entity.Resident;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/** A resident as every list and read shows them: ID number, phone and address masked. */
public record ResidentView(
        String id,
        String name,
        String idNumber,
        String phone,
        String address,
        String household,
        String unit,
        List<String> care,
        Integer age,
        long version) {

    static ResidentView of(Resident r) {
        return new ResidentView(
                r.id(),
                r.name(),
                PersonalData.maskId(r.idNumber()),
                PersonalData.maskPhone(r.phone()),
                PersonalData.maskAddress(r.address()),
                r.household(),
                r.unit(),
                r.care(),
                r.birthDate() == null
                        ? null
                        : Period.between(r.birthDate(), LocalDate.now()).getYears(),
                r.version());
    }

    /** The unmasked personal fields, for the audited unmask endpoint only. */
    public record Personal(String id, String name, String idNumber, String phone, String address) {
        static Personal of(Resident r) {
            return new Personal(r.id(), r.name(), r.idNumber(), r.phone(), r.address());
        }
    }
}
