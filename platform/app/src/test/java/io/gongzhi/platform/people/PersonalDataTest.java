package io.gongzhi.platform.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.gongzhi.platform.people.control.PersonalData;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** ID numbers by GB 11643, phones, and what masking leaves visible. */
class PersonalDataTest {

    /** The standard's own example number. */
    static final String VALID = "11010519491231002X";

    @Test
    void aValidIdNumberIsAcceptedAndNormalised() {
        assertEquals(VALID, PersonalData.idNumber(" 11010519491231002x "));
        assertEquals(LocalDate.of(1949, 12, 31), PersonalData.birthDate(VALID));
    }

    @Test
    void wrongCheckCharacterImpossibleDateWrongLengthAreRefused() {
        assertNull(PersonalData.idNumber("110105194912310021"), "check character");
        assertNull(PersonalData.idNumber("110105194902310027"), "31 February");
        assertNull(PersonalData.idNumber("11010519491231002"), "17 characters");
        assertNull(PersonalData.idNumber("01010519491231002X"), "no region starts with 0");
        assertNull(PersonalData.idNumber("110105299912310025"), "born in the future");
        assertNull(PersonalData.idNumber("11010519491231002Y"));
    }

    @Test
    void phonesAreMobilesOrLandlinesWithAreaCode() {
        assertEquals("13812345678", PersonalData.phone("138 1234 5678"));
        assertEquals("0314-2345678", PersonalData.phone("0314-2345678"));
        assertNull(PersonalData.phone("12345678901"), "no mobile starts with 12");
        assertNull(PersonalData.phone("2345678"), "a landline needs its area code");
        assertNull(PersonalData.phone("138123456789"));
    }

    @Test
    void masksKeepTooLittleToIdentifyAnyone() {
        assertEquals("1101**********002X", PersonalData.maskId(VALID));
        assertEquals("138****5678", PersonalData.maskPhone("13812345678"));
        assertEquals("031*****5678", PersonalData.maskPhone("0314-2345678"));
        assertEquals("承德市双滦区****", PersonalData.maskAddress("承德市双滦区钢城街道幸福路8号3单元502"));
        assertNull(PersonalData.maskId(null));
    }
}
