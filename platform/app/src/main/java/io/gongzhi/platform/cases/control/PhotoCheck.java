package io.gongzhi.platform.cases.control;

import io.gongzhi.platform.problem.control.ProblemException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Set;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * What a photo is, judged by its content, never by its name or declared type: it must decode as a
 * JPEG or PNG image, whole (a decoder warning such as a truncated file refuses it), of at most
 * {@value #MAX_PIXELS} pixels (read from the header before any pixel is decoded, so a
 * decompression bomb costs nothing). What is kept is the image re-encoded from its pixels: no EXIF
 * (the phone's location and serial), no comments, nothing appended after the image.
 */
public final class PhotoCheck {

    /** 40 megapixels: more than any phone camera; a bomb is far above. */
    public static final long MAX_PIXELS = 40_000_000L;

    static final Set<String> FORMATS = Set.of("jpeg", "png");

    private PhotoCheck() {}

    /** A checked photo: its format, size and clean bytes. */
    public record Checked(String contentType, int width, int height, byte[] bytes) {}

    public static Checked check(byte[] data) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (in == null || !readers.hasNext()) {
                throw notAnImage();
            }
            ImageReader reader = readers.next();
            try {
                String format = reader.getFormatName().toLowerCase(java.util.Locale.ROOT);
                if (!FORMATS.contains(format)) {
                    throw notAnImage();
                }
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width <= 0 || height <= 0 || (long) width * height > MAX_PIXELS) {
                    throw new ProblemException(422, "photo-too-large", width, height, MAX_PIXELS / 1_000_000);
                }
                boolean[] damaged = {false};
                reader.addIIOReadWarningListener(new IIOReadWarningListener() {
                    @Override
                    public void warningOccurred(ImageReader source, String warning) {
                        damaged[0] = true;
                    }
                });
                BufferedImage image = reader.read(0);
                if (damaged[0]) {
                    throw new ProblemException(422, "photo-damaged");
                }
                return new Checked(
                        format.equals("png") ? "image/png" : "image/jpeg", width, height, encode(image, format));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ProblemException p) {
                throw p;
            }
            throw new ProblemException(422, "photo-damaged");
        }
    }

    private static byte[] encode(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (format.equals("png")) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        }
        BufferedImage rgb = image;
        if (image.getColorModel().hasAlpha() || image.getType() == BufferedImage.TYPE_CUSTOM) {
            rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
            rgb.getGraphics().drawImage(image, 0, 0, null);
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            ImageWriteParam p = writer.getDefaultWriteParam();
            p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            p.setCompressionQuality(0.85f);
            writer.write(null, new IIOImage(rgb, null, null), p);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static ProblemException notAnImage() {
        return new ProblemException(415, "not-a-photo");
    }
}
