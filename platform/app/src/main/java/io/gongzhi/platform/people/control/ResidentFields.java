package io.gongzhi.platform.people.control;

import java.util.List;

/** A resident's fields as received (from the API or a file row), not yet checked. */
public record ResidentFields(
        String name, String idNumber, String phone, String address, String household, String unit, List<String> care) {}
