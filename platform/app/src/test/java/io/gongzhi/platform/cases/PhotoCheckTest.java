package io.gongzhi.platform.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gongzhi.platform.cases.control.PhotoCheck;
import io.gongzhi.platform.problem.control.ProblemException;
import io.gongzhi.platform.testsupport.PhotoCorpus;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Photos judged by their content: the good ones kept without metadata, the bad ones refused. */
class PhotoCheckTest {

    @Test
    void aPhoneJpegIsKeptWithoutItsExif() {
        byte[] in = PhotoCorpus.jpegWithExif();
        assertEquals(
                true, new String(in, StandardCharsets.ISO_8859_1).contains(PhotoCorpus.SECRET), "the input has it");
        PhotoCheck.Checked c = PhotoCheck.check(in);
        assertEquals("image/jpeg", c.contentType());
        assertEquals(640, c.width());
        assertEquals(480, c.height());
        assertFalse(new String(c.bytes(), StandardCharsets.ISO_8859_1).contains(PhotoCorpus.SECRET));
        assertFalse(new String(c.bytes(), StandardCharsets.ISO_8859_1).contains("Exif"));
    }

    @Test
    void aPngStaysAPng() {
        assertEquals("image/png", PhotoCheck.check(PhotoCorpus.png()).contentType());
    }

    @Test
    void badFilesAreRefusedWithTheirReason() {
        assertEquals("not-a-photo", refused(PhotoCorpus.htmlNamedJpg()));
        assertEquals("photo-damaged", refused(PhotoCorpus.truncatedJpeg()));
        assertEquals("photo-too-large", refused(PhotoCorpus.decompressionBomb()));
        assertEquals("not-a-photo", refused(new byte[] {1, 2, 3}));
    }

    private static String refused(byte[] data) {
        return assertThrows(ProblemException.class, () -> PhotoCheck.check(data))
                .key();
    }
}
