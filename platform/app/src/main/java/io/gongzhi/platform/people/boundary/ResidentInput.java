package io.gongzhi.platform.people.boundary;

import io.gongzhi.platform.people.control.ResidentFields;
import java.util.List;

/**
 * A resident as a registrar sends it. {@code unit} is the unit path where they live; {@code care}
 * the care attribute codes; {@code version} is required when changing a resident.
 */
public record ResidentInput(
        String name,
        String idNumber,
        String phone,
        String address,
        String household,
        String unit,
        List<String> care,
        Long version) {

    public ResidentFields fields(String checkedUnit) {
        return new ResidentFields(name, idNumber, phone, address, household, checkedUnit, care);
    }
}
