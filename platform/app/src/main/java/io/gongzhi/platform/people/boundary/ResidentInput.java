package io.gongzhi.platform.people.boundary;

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
        Long version) {}
