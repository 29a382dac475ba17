package org.hongtou.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hongtou.document.Block;
import org.hongtou.document.Document;
import org.hongtou.render.DocumentRenderer;
import org.hongtou.render.RenderResult;
import org.hongtou.render.RenderWarning;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Stand-ins for the DOCX and PDF renderers while those are built on other branches: each is
 * only registered when the real class is absent, so the same tests run the real renderers as
 * soon as they are merged. The fake writes the document's text and warns about U+E000 (a
 * private-use character no font has), which is how tests provoke a glyph warning.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FakeRenderers {

    public static final char NO_GLYPH = '\uE000';

    @Bean
    @ConditionalOnMissingClass("org.hongtou.docx.DocxRenderer")
    DocumentRenderer fakeDocx() {
        return new Fake("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "PK");
    }

    @Bean
    @ConditionalOnMissingClass("org.hongtou.pdf.PdfRenderer")
    DocumentRenderer fakePdf() {
        return new Fake("pdf", "application/pdf", "%PDF-1.7\n");
    }

    public static final class Fake implements DocumentRenderer {
        private final String format;
        private final String type;
        private final String magic;

        public Fake(String format, String type, String magic) {
            this.format = format;
            this.type = type;
            this.magic = magic;
        }

        @Override
        public String format() {
            return format;
        }

        @Override
        public String contentType() {
            return type;
        }

        @Override
        public RenderResult render(Document document, OutputStream out) throws IOException {
            StringBuilder sb = new StringBuilder(magic);
            for (Block b : document.blocks()) {
                sb.append(b).append('\n');
            }
            out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
            boolean missing = sb.indexOf(String.valueOf(NO_GLYPH)) >= 0;
            return new RenderResult(1 + document.blocks().size() / 30, missing
                    ? List.of(new RenderWarning("missing-glyph", "字符 U+E000 无字体可用", "no font has U+E000"))
                    : List.of());
        }
    }
}
