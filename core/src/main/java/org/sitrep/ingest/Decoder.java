package org.sitrep.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns raw bytes into text: rejects empty and binary input, decodes UTF-8 strictly, and falls back to a
 * charset the document declares itself (HTML meta, XML prolog, a {@code charset:} header line).
 */
public final class Decoder {
    private static final Pattern DECLARED_CHARSET = Pattern.compile(
            "(?i)(?:charset\\s*=\\s*[\"']?|encoding\\s*=\\s*[\"']|^charset:\\s*)([A-Za-z0-9_.:-]+)",
            Pattern.MULTILINE);
    private static final int SNIFF_BYTES = 4096;

    private Decoder() {
    }

    /** Decodes {@code bytes} read from {@code origin}, or throws a {@link BadInputException} saying why not. */
    public static String decode(String origin, byte[] bytes) {
        if (bytes.length == 0) {
            throw new BadInputException(origin, "empty file");
        }
        rejectBinary(origin, bytes);
        int offset = hasUtf8Bom(bytes) ? 3 : 0;
        String text;
        try {
            text = strict(StandardCharsets.UTF_8, bytes, offset);
        } catch (CharacterCodingException notUtf8) {
            text = decodeDeclared(origin, bytes);
        }
        if (text.isBlank()) {
            throw new BadInputException(origin, "empty file (only whitespace)");
        }
        return text;
    }

    private static String decodeDeclared(String origin, byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        Optional<Charset> declared = declaredCharset(head);
        int bad = firstInvalidUtf8(bytes);
        if (declared.isEmpty() || declared.get().equals(StandardCharsets.UTF_8)) {
            if (bad >= bytes.length - 3 && bad > 0 && isUtf8LeadByte(bytes[bad])) {
                throw new BadInputException(origin, "truncated: the file ends inside a UTF-8 character");
            }
            throw new BadInputException(origin, "not valid UTF-8 (first bad byte at offset " + bad
                    + ") and no other charset declared");
        }
        try {
            return strict(declared.get(), bytes, 0);
        } catch (CharacterCodingException e) {
            throw new BadInputException(origin, "not valid UTF-8, nor valid in its declared charset "
                    + declared.get().name());
        }
    }

    private static Optional<Charset> declaredCharset(String head) {
        Matcher matcher = DECLARED_CHARSET.matcher(head);
        if (!matcher.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Charset.forName(matcher.group(1).toUpperCase(Locale.ROOT)));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    private static String strict(Charset charset, byte[] bytes, int offset) throws CharacterCodingException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
        return chars.toString();
    }

    /**
     * Rejects binary input, judged on its first bytes: binary files carry NUL bytes or many control characters,
     * text in any charset does not.
     */
    static void rejectBinary(String origin, byte[] bytes) {
        int sample = Math.min(bytes.length, SNIFF_BYTES);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                throw new BadInputException(origin, "binary content (NUL byte at offset " + i + "), not text");
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        if (control > sample / 10) {
            throw new BadInputException(origin, "binary content (" + control + " control bytes in the first "
                    + sample + "), not text");
        }
    }

    private static boolean hasUtf8Bom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF;
    }

    private static boolean isUtf8LeadByte(byte b) {
        return (b & 0xC0) == 0xC0;
    }

    private static int firstInvalidUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return in.position();
    }
}
