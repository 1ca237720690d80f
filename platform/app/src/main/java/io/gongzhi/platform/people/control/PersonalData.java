package io.gongzhi.platform.people.control;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

/**
 * Checks and masks personal data. ID numbers: the 18-character resident identity number of GB
 * 11643 (region, birth date, sequence, check character by ISO 7064 MOD 11-2). Phones: mainland
 * mobile numbers and landlines with area code.
 */
public final class PersonalData {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";
    private static final Pattern ID = Pattern.compile("[1-9]\\d{16}[\\dX]");
    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}-?\\d{7,8}");
    private static final DateTimeFormatter BIRTH =
            DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

    private PersonalData() {}

    /** The ID number normalised (upper-case X), or null when it is not a valid GB 11643 number. */
    public static String idNumber(String raw) {
        if (raw == null) {
            return null;
        }
        String id = raw.strip().toUpperCase(java.util.Locale.ROOT);
        if (!ID.matcher(id).matches() || birthDate(id) == null) {
            return null;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11) == id.charAt(17) ? id : null;
    }

    /** The birth date an ID number encodes, or null. */
    public static LocalDate birthDate(String id) {
        try {
            LocalDate d = LocalDate.parse(id.substring(6, 14), BIRTH);
            return d.isAfter(LocalDate.now()) || d.getYear() < 1880 ? null : d;
        } catch (DateTimeParseException | IndexOutOfBoundsException e) {
            return null;
        }
    }

    /** The phone number without spaces, or null when it is neither a mobile nor a landline number. */
    public static String phone(String raw) {
        if (raw == null) {
            return null;
        }
        String p = raw.replace(" ", "").strip();
        return MOBILE.matcher(p).matches() || LANDLINE.matcher(p).matches() ? p : null;
    }

    /** {@code 1101**********123X}: region prefix and last four kept. */
    public static String maskId(String id) {
        return id == null ? null : id.substring(0, 4) + "*".repeat(id.length() - 8) + id.substring(id.length() - 4);
    }

    /** {@code 138****5678}. */
    public static String maskPhone(String phone) {
        if (phone == null) {
            return null;
        }
        int keep = Math.min(3, phone.length() / 3);
        return phone.substring(0, keep) + "*".repeat(phone.length() - keep - 4) + phone.substring(phone.length() - 4);
    }

    /** The first six characters (the district and street) and nothing of the house. */
    public static String maskAddress(String address) {
        if (address == null) {
            return null;
        }
        return address.length() <= 6 ? "****" : address.substring(0, 6) + "****";
    }
}
