package org.hongtou.docx;

import static org.assertj.core.api.Assertions.assertThat;

import org.hongtou.document.Block;
import org.hongtou.document.Document;
import org.hongtou.layout.TitleBreaker;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each real report of samples/*.json renders to a DOCX that carries its whole 公文 structure. */
class DocxSamplesTest {

    @ParameterizedTest
    @ValueSource(strings = {"muye-2023", "gunziying-2023", "guanyinsi-2024"})
    void sampleRendersWithHeaderTitleBodySignatureAndColophon(String name) {
        Document doc = TestDocuments.sample(name);
        Docx d = Docx.render(doc);
        assertThat(d.result.warnings()).isEmpty();
        assertThat(d.result.pages() % 2).as("版记 on an even last page").isZero();
        String mark = String.join("", doc.header().markNames()) + doc.header().markSuffix();
        assertThat(d.doc("string(//w:body/w:p[w:pPr/w:pStyle/@w:val='Mark'])")).isEqualTo(mark);
        assertThat(d.doc("string(//w:body/w:p[w:pPr/w:pBdr])")).contains(doc.header().number()).contains("签发人：");
        Block.Title title = (Block.Title) doc.blocks().get(0);
        var lines = TitleBreaker.lines(title.lines());
        assertThat(d.doc("count(//w:body/w:p[w:pPr/w:pStyle/@w:val='DocTitle']//w:br)"))
                .isEqualTo(String.valueOf(lines.size() - 1));
        long paragraphs = doc.blocks().stream().filter(b -> b instanceof Block.Paragraph).count();
        long notes = doc.blocks().stream().filter(b -> b instanceof Block.Note).count();
        assertThat(Long.parseLong(d.doc("count(//w:body/w:p[w:pPr/w:pStyle/@w:val='Body'])"))).isEqualTo(paragraphs + notes);
        Block.Signature sig = doc.blocks().stream().filter(b -> b instanceof Block.Signature)
                .map(Block.Signature.class::cast).findFirst().orElseThrow();
        assertThat(d.doc("count(//w:body/w:p[w:r/w:t='" + sig.date() + "'])")).isEqualTo("1");
        assertThat(d.doc("string(//w:tbl[w:tblPr/w:tblpPr])")).contains("抄送：").endsWith("印发");
        // every character of the body reaches the file
        String text = d.doc("string(//w:body)");
        doc.blocks().stream().filter(b -> b instanceof Block.Paragraph).map(b -> ((Block.Paragraph) b).text())
                .forEach(t -> assertThat(text).contains(t));
    }

    @ParameterizedTest
    @ValueSource(strings = {"muye-2023", "gunziying-2023", "guanyinsi-2024"})
    void sampleRendersToTheSameBytesTwice(String name) {
        assertThat(Docx.render(TestDocuments.sample(name)).bytes).isEqualTo(Docx.render(TestDocuments.sample(name)).bytes);
    }
}
