package org.hongtou.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.hongtou.document.Block;
import org.hongtou.document.Document;
import org.hongtou.document.MarkupParser;
import org.hongtou.model.Part;
import org.hongtou.model.PartRole;
import org.hongtou.model.Report;
import org.junit.jupiter.api.Test;

/** The model documents signature and colophon as optional; imported reports often lack both. */
class OptionalPartsTest {

    @Test
    void reportWithoutSignatureOrColophonSignsWithTheAuthorityAndHasNoColophon() {
        Report r = new Report(null, "木叶乡人民政府", 2023, null, null, List.of(), List.of("开头。"),
                List.of(new Part(PartRole.MEASURES, null, List.of("正文。"), List.of())), List.of(), List.of(),
                null, null, null);
        Document doc = new MarkupParser().parse(new TemplateEngine(Path.of("templates")).render(r));
        assertThat(doc.blocks()).contains(new Block.Signature("木叶乡人民政府", null, false));
        assertThat(doc.colophon()).isNull();
    }
}
