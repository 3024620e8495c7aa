package dk.kollekt.shirt;

import dk.kollekt.common.ApiProblem;
import dk.kollekt.common.Problem.FieldError;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Checks an uploaded print image: a PNG, JPEG or WebP by its content (magic bytes), as declared, at most 2 MB,
 * and (PNG, JPEG) decodable within 6000 × 6000 pixels. Anything else is refused before anything is stored.
 */
final class PrintImages {

    static final int MAX_BYTES = 2 * 1024 * 1024;
    static final int MAX_SIDE = 6000;
    static final Set<String> TYPES = Set.of("image/png", "image/jpeg", "image/webp");
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final String FIELD = "image";

    /** An image that passed every check. */
    record Checked(String contentType, byte[] content, String sha256) {
    }

    private PrintImages() {
    }

    static Checked check(String declaredType, InputStream body) {
        String declared = declaredType == null ? "" : declaredType.split(";")[0].strip().toLowerCase();
        if (!TYPES.contains(declared)) {
            throw new ApiProblem(415, "Unsupported media type", "The image must be sent as image/png, image/jpeg"
                    + " or image/webp, not " + (declared.isEmpty() ? "without a Content-Type" : declared) + ".",
                    List.of(FieldError.field("Content-Type", "must be image/png, image/jpeg or image/webp")));
        }
        byte[] content = read(body);
        if (content.length == 0) {
            throw ApiProblem.badRequest("The image file is empty.", List.of(FieldError.field(FIELD, "is empty")));
        }
        String actual = typeOf(content);
        if (actual == null) {
            throw new ApiProblem(415, "Unsupported media type", "The file is not a PNG, JPEG or WebP image.",
                    List.of(FieldError.field(FIELD, "is not a PNG, JPEG or WebP image")));
        }
        if (!actual.equals(declared)) {
            throw new ApiProblem(415, "Unsupported media type", "The file is " + actual + " but was sent as "
                    + declared + ".", List.of(FieldError.field(FIELD, "content is " + actual + ", not " + declared)));
        }
        if (!decodes(actual, content)) {
            throw ApiProblem.badRequest("The image is damaged or incomplete and cannot be read.",
                    List.of(FieldError.field(FIELD, "is damaged or incomplete")));
        }
        return new Checked(actual, content, sha256(content));
    }

    private static byte[] read(InputStream body) {
        try (InputStream in = body) {
            byte[] content = in == null ? new byte[0] : in.readNBytes(MAX_BYTES + 1);
            if (content.length > MAX_BYTES) {
                throw new ApiProblem(413, "Content too large", "The image is larger than 2 MB.",
                        List.of(FieldError.field(FIELD, "must be at most 2 MB")));
            }
            return content;
        } catch (IOException e) {
            throw ApiProblem.badRequest("The image could not be read.", List.of(FieldError.field(FIELD, "unreadable")));
        }
    }

    /** The type the magic bytes say, or null. */
    static String typeOf(byte[] c) {
        if (c.length >= PNG.length && Arrays.equals(c, 0, PNG.length, PNG, 0, PNG.length)) {
            return "image/png";
        }
        if (c.length >= 3 && (c[0] & 0xFF) == 0xFF && (c[1] & 0xFF) == 0xD8 && (c[2] & 0xFF) == 0xFF) {
            return "image/jpeg";
        }
        if (c.length >= 12 && ascii(c, 0, 4).equals("RIFF") && ascii(c, 8, 4).equals("WEBP")) {
            return "image/webp";
        }
        return null;
    }

    private static boolean decodes(String type, byte[] content) {
        if (type.equals("image/webp")) {
            return webpIsWhole(content);
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return false;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                if (reader.getWidth(0) > MAX_SIDE || reader.getHeight(0) > MAX_SIDE) {
                    throw ApiProblem.unprocessable("The image may be at most " + MAX_SIDE + " × " + MAX_SIDE
                            + " pixels.", List.of(FieldError.field(FIELD, "too many pixels")));
                }
                return reader.read(0) != null;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ApiProblem problem) {
                throw problem;
            }
            return false;
        }
    }

    /** Java cannot decode WebP: its RIFF length must match the file and its first chunk must be an image. */
    private static boolean webpIsWhole(byte[] c) {
        if (c.length < 20) {
            return false;
        }
        long riffLength = ByteBuffer.wrap(c, 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt() & 0xFFFFFFFFL;
        String chunk = ascii(c, 12, 4);
        return riffLength + 8 == c.length && Set.of("VP8 ", "VP8L", "VP8X").contains(chunk);
    }

    private static String ascii(byte[] c, int from, int length) {
        return new String(c, from, length, StandardCharsets.US_ASCII);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
