package org.hongtou.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hongtou.document.Block;
import org.hongtou.document.Document;
import org.hongtou.document.Meta;
import org.hongtou.document.Run;
import org.hongtou.document.Style;
import org.hongtou.layout.PageLayout.LineKind;
import org.hongtou.layout.PageLayout.TextLine;
import org.junit.jupiter.api.Test;

/** Page breaks that GB/T 9704 practice forbids: a lone signature page, a heading ending a page. */
class KeepTogetherTest {

    private final Typesetter typesetter = new Typesetter(Metrics.HALF_EM);

    private static Block.Paragraph line() {
        return new Block.Paragraph(List.of(new Run("本段只占一行。", Style.BODY)));
    }

    private static Document doc(List<Block> blocks) {
        return new Document(new Meta("", "", "", ""), null, blocks, null);
    }

    private static List<TextLine> text(PageLayout page) {
        List<TextLine> lines = new ArrayList<>(page.lines());
        lines.removeIf(l -> l.kind() == LineKind.PAGE_NUMBER);
        lines.sort(Comparator.comparingDouble(TextLine::baseline));
        return lines;
    }

    @Test
    void signatureNeverOpensAPageWithoutBodyText() {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < Gbt9704.LINES_PER_PAGE; i++) {
            blocks.add(line());
        }
        blocks.add(new Block.Signature("木叶乡人民政府", "2024年1月15日", false));
        Layout layout = typesetter.typeset(doc(blocks));

        PageLayout withSignature = layout.pages().stream()
                .filter(p -> p.lines().stream().anyMatch(l -> l.kind() == LineKind.SIGNATURE))
                .findFirst().orElseThrow();
        assertThat(text(withSignature)).extracting(TextLine::kind).contains(LineKind.BODY);
        assertThat(text(withSignature)).extracting(TextLine::kind).endsWith(LineKind.SIGNATURE, LineKind.DATE);
    }

    @Test
    void headingNeverEndsAPage() {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < Gbt9704.LINES_PER_PAGE - 1; i++) {
            blocks.add(line());
        }
        blocks.add(new Block.Heading(1, "一、下一年度的主要安排"));
        blocks.add(line());
        blocks.add(line());
        Layout layout = typesetter.typeset(doc(blocks));

        for (PageLayout page : layout.pages()) {
            List<TextLine> lines = text(page);
            if (!lines.isEmpty()) {
                assertThat(lines.get(lines.size() - 1).kind()).isNotEqualTo(LineKind.HEADING);
            }
        }
        assertThat(text(layout.pages().get(1)).get(0).kind()).isEqualTo(LineKind.HEADING);
    }

    @Test
    void aSignatureThatFitsMovesNothing() {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < Gbt9704.LINES_PER_PAGE - 4; i++) {
            blocks.add(line());
        }
        blocks.add(new Block.Signature("木叶乡人民政府", "2024年1月15日", false));
        Layout layout = typesetter.typeset(doc(blocks));

        assertThat(layout.pageCount()).isEqualTo(1);
    }
}
