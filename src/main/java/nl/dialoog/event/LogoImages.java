package nl.dialoog.event;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import nl.dialoog.shared.DomainError;

/**
 * Turns an uploaded logo into the PNG that Dialoog serves. What counts is the content, never the file name or the
 * type the browser claims: ImageIO must recognise a PNG or JPEG, and the picture is decoded, scaled down to fit
 * {@value EventLimits#LOGO_WIDTH} × {@value EventLimits#LOGO_HEIGHT} and encoded again, so no byte of the upload
 * (metadata, a script hidden after the image) reaches a reader.
 */
final class LogoImages {

    static final String MEDIA_TYPE = "image/png";

    private static final Set<String> FORMATS = Set.of("png", "jpeg");
    /** Larger pictures are refused before decoding: a small file can claim a huge canvas. */
    private static final long MAX_PIXELS = 40_000_000L;

    private LogoImages() {
    }

    static byte[] normalise(byte[] upload) {
        if (upload == null || upload.length == 0) {
            throw new DomainError("logo", "event.error.logoNotImage");
        }
        if (upload.length > EventLimits.MAX_LOGO_BYTES) {
            throw new DomainError("logo", "event.error.logoTooLarge");
        }
        BufferedImage image = read(upload);
        return png(scaled(image));
    }

    private static BufferedImage read(byte[] upload) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            Iterator<ImageReader> readers = in == null ? java.util.Collections.emptyIterator()
                    : ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new DomainError("logo", "event.error.logoNotImage");
            }
            ImageReader reader = readers.next();
            try {
                if (!FORMATS.contains(reader.getFormatName().toLowerCase(Locale.ROOT))) {
                    throw new DomainError("logo", "event.error.logoNotImage");
                }
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels <= 0 || pixels > MAX_PIXELS) {
                    throw new DomainError("logo", "event.error.logoTooLarge");
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException broken) {
            if (broken instanceof DomainError refused) {
                throw refused;
            }
            // a truncated or corrupt file: ImageIO recognised the start but cannot decode it
            throw new DomainError("logo", "event.error.logoNotImage");
        }
    }

    /** Scales down (never up) to fit the box, keeping the proportions and any transparency. */
    private static BufferedImage scaled(BufferedImage image) {
        double factor = Math.min(1.0, Math.min((double) EventLimits.LOGO_WIDTH / image.getWidth(),
                (double) EventLimits.LOGO_HEIGHT / image.getHeight()));
        int width = Math.max(1, (int) Math.round(image.getWidth() * factor));
        int height = Math.max(1, (int) Math.round(image.getHeight() * factor));
        BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = target.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            graphics.drawImage(image, 0, 0, width, height, null);
        } finally {
            graphics.dispose();
        }
        return target;
    }

    private static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException impossible) {
            throw new IllegalStateException("cannot write a PNG in memory", impossible);
        }
        return out.toByteArray();
    }
}
