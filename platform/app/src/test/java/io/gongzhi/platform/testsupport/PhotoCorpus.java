package io.gongzhi.platform.testsupport;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;

/** Files a photo upload meets in the wild: a good phone photo with EXIF, and the bad ones. */
public final class PhotoCorpus {

    /** What the EXIF block of {@link #jpegWithExif()} carries; it must not survive the upload. */
    public static final String SECRET = "GPS 40.9612N 117.7933E SN-PHONE-4711";

    private PhotoCorpus() {}

    /** A 640×480 JPEG with an APP1 Exif segment holding {@link #SECRET}. */
    public static byte[] jpegWithExif() {
        byte[] jpeg = image("jpeg", 640, 480);
        byte[] payload = ("Exif\0\0" + SECRET).getBytes(StandardCharsets.ISO_8859_1);
        ByteBuffer app1 = ByteBuffer.allocate(4 + payload.length);
        app1.put((byte) 0xFF)
                .put((byte) 0xE1)
                .putShort((short) (payload.length + 2))
                .put(payload);
        byte[] out = new byte[jpeg.length + app1.capacity()];
        System.arraycopy(jpeg, 0, out, 0, 2); // SOI
        System.arraycopy(app1.array(), 0, out, 2, app1.capacity());
        System.arraycopy(jpeg, 2, out, 2 + app1.capacity(), jpeg.length - 2);
        return out;
    }

    public static byte[] png() {
        return image("png", 320, 240);
    }

    /** An HTML page, as a file named photo.jpg would hold it. */
    public static byte[] htmlNamedJpg() {
        return "<!doctype html><html><body><script>alert(document.cookie)</script></body></html>"
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The first half of a JPEG, as an interrupted upload leaves it. */
    public static byte[] truncatedJpeg() {
        byte[] jpeg = image("jpeg", 640, 480);
        return Arrays.copyOf(jpeg, jpeg.length / 2);
    }

    /** A PNG of a few hundred bytes whose header says 60,000 × 60,000 pixels (3.6 gigapixels). */
    public static byte[] decompressionBomb() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(60_000).putInt(60_000);
        ihdr.put((byte) 1).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", ihdr.array());
        Deflater d = new Deflater(9);
        d.setInput(new byte[1 << 16]);
        d.finish();
        byte[] buf = new byte[4096];
        int n = d.deflate(buf);
        chunk(out, "IDAT", Arrays.copyOf(buf, n));
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    /** {@code megabytes} of zeros. */
    public static byte[] huge(int megabytes) {
        return new byte[megabytes * 1024 * 1024];
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(t);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private static byte[] image(String format, int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        var g = img.createGraphics();
        g.setColor(new Color(30, 120, 60));
        g.fillRect(0, 0, w, h);
        g.setColor(Color.ORANGE);
        g.fillOval(w / 4, h / 4, w / 2, h / 2);
        g.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(img, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
