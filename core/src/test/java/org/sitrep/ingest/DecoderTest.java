package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class DecoderTest {

    @Test
    void rejectsEmptyFileNamingIt() {
        assertThatThrownBy(() -> Decoder.decode("a.txt", new byte[0]))
                .isInstanceOf(BadInputException.class).hasMessage("a.txt: empty file");
    }

    @Test
    void rejectsWhitespaceOnlyFile() {
        assertThatThrownBy(() -> Decoder.decode("a.txt", " \n\t\n".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("empty file");
    }

    @Test
    void rejectsBinaryContent() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
        assertThatThrownBy(() -> Decoder.decode("photo.txt", png))
                .isInstanceOf(BadInputException.class).hasMessageContaining("photo.txt: binary content");
    }

    @Test
    void reportsInvalidUtf8WithoutDeclaredCharset() {
        byte[] latin1 = "Daraa fell to the rebels – café".getBytes(Charset.forName("windows-1252"));
        assertThatThrownBy(() -> Decoder.decode("old.txt", latin1))
                .hasMessageContaining("old.txt: not valid UTF-8 (first bad byte at offset 25)");
    }

    @Test
    void decodesWithTheCharsetTheHtmlDeclares() {
        String html = "<html><head><meta charset=\"windows-1252\"></head><body><p>Hama – café</p></body></html>";
        assertThat(Decoder.decode("page.html", html.getBytes(Charset.forName("windows-1252")))).isEqualTo(html);
    }

    @Test
    void reportsFileCutInsideAMultiByteCharacter() {
        byte[] whole = "Erdoğan".getBytes(StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(whole, 5);
        assertThatThrownBy(() -> Decoder.decode("cut.txt", cut)).hasMessageContaining("cut.txt: truncated");
    }

    @Test
    void dropsUtf8ByteOrderMark() {
        byte[] withBom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'H', 'a', 'm', 'a'};
        assertThat(Decoder.decode("bom.txt", withBom)).isEqualTo("Hama");
    }

    @Property
    void decodesEveryPrintableUtf8TextUnchanged(@ForAll("text") String text) {
        assertThat(Decoder.decode("p.txt", text.getBytes(StandardCharsets.UTF_8))).isEqualTo(text);
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> text() {
        return net.jqwik.api.Arbitraries.strings().withCharRange(' ', '~').withCharRange('\u0600', '\u06ff')
                .withCharRange('À', 'ž').withChars('\n').ofMinLength(1).ofMaxLength(200)
                .filter(s -> !s.isBlank());
    }
}
