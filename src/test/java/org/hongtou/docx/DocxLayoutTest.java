package org.hongtou.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hongtou.layout.Gbt9704.twip;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.hongtou.document.Colophon;
import org.hongtou.fonts.FontConfig;
import org.hongtou.layout.FontRole;
import org.hongtou.layout.Gbt9704;
import org.junit.jupiter.api.Test;

/**
 * One test per GB/T 9704 layout rule, read from the WordprocessingML the renderer writes
 * (XPath over the parts). LibreOfficeLayoutTest checks the same file as laid out.
 */
class DocxLayoutTest {

    private static final int PITCH = Gbt9704.DOCX_LINE_PITCH_TWIP;
    private static final int WIDTH = twip(Gbt9704.TEXT_WIDTH);
    private static final int ADVANCE = twip(Gbt9704.DOCX_BODY_ADVANCE);
    private static final FontConfig FONTS = FontConfig.load(null);
    private static final Docx RICH = Docx.markup(TestDocuments.richMarkup(3));

    private static String font(FontRole role) {
        return FONTS.spec(role).docxName();
    }

    private static final String MARK = "//w:body/w:p[w:pPr/w:pStyle/@w:val='Mark']";
    private static final String NUMBER = "//w:body/w:p[w:pPr/w:pBdr]";
    private static final String TITLE = "//w:body/w:p[w:pPr/w:pStyle/@w:val='DocTitle']";

    // ---- page and grid (§5) -------------------------------------------------------------------

    @Test
    void pageIsA4WithTheStandardMargins() {
        String s = "//w:body/w:sectPr";
        assertThat(RICH.docInt(s + "/w:pgSz/@w:w")).isEqualTo(11906);
        assertThat(RICH.docInt(s + "/w:pgSz/@w:h")).isEqualTo(16838);
        assertThat(RICH.docInt(s + "/w:pgMar/@w:top")).isEqualTo(2098);
        assertThat(RICH.docInt(s + "/w:pgMar/@w:bottom")).isEqualTo(1984);
        assertThat(RICH.docInt(s + "/w:pgMar/@w:left")).isEqualTo(1587);
        assertThat(RICH.docInt(s + "/w:pgMar/@w:right")).isEqualTo(1474);
    }

    @Test
    void gridIsTwentyTwoLinesAPageWithEveryBodyLineExactlyOnePitch() {
        assertThat(RICH.doc("//w:body/w:sectPr/w:docGrid/@w:type")).isEqualTo("lines");
        assertThat(RICH.docInt("//w:body/w:sectPr/w:docGrid/@w:linePitch")).isEqualTo(PITCH);
        int textHeight = 16838 - 2098 - 1984;
        assertThat(22 * PITCH).isLessThanOrEqualTo(textHeight);
        assertThat(23 * PITCH).isGreaterThan(textHeight);
        assertThat(RICH.style("//w:docDefaults/w:pPrDefault/w:pPr/w:spacing/@w:line")).isEqualTo(String.valueOf(PITCH));
        assertThat(RICH.style("//w:docDefaults/w:pPrDefault/w:pPr/w:spacing/@w:lineRule")).isEqualTo("exact");
    }

    @Test
    void bodyGlyphsAreNarrowedSoTwentyEightFitALineAndTwentyNineDoNot() {
        int spacing = Integer.parseInt(RICH.style("//w:style[@w:styleId='Normal']/w:rPr/w:spacing/@w:val"));
        assertThat(spacing).isEqualTo(-5);
        int glyph = twip(Gbt9704.BODY_SIZE) + spacing;
        assertThat(28 * glyph).isLessThanOrEqualTo(WIDTH);
        assertThat(29 * glyph).isGreaterThan(WIDTH);
    }

    @Test
    void pagesAreFullBecauseWidowControlIsOff() {
        assertThat(RICH.style("//w:docDefaults/w:pPrDefault/w:pPr/w:widowControl/@w:val")).isIn("0", "false");
    }

    @Test
    void punctuationIsNotCompressedSoEveryMarkKeepsItsCell() {
        assertThat(RICH.xpath("word/settings.xml", "//w:characterSpacingControl/@w:val")).isEqualTo("doNotCompress");
    }

    @Test
    void bodyIsSanhaoFangsong() {
        assertThat(RICH.style("//w:docDefaults/w:rPrDefault/w:rPr/w:sz/@w:val")).isEqualTo("32");
        assertThat(RICH.style("//w:docDefaults/w:rPrDefault/w:rPr/w:rFonts/@w:eastAsia")).isEqualTo(font(FontRole.FANGSONG));
    }

    @Test
    void bodyParagraphsAreIndentedTwoCharacters() {
        assertThat(RICH.style("//w:style[@w:styleId='Body']/w:pPr/w:ind/@w:firstLine")).isEqualTo(String.valueOf(2 * ADVANCE));
        // the opening, the run-in paragraph, three body paragraphs and the note
        assertThat(RICH.doc("count(//w:body/w:p[w:pPr/w:pStyle/@w:val='Body'])")).isEqualTo("6");
    }

    @Test
    void officialFontNamesComeFromTheFontConfigurationWithTheirFallbacks() {
        for (FontRole role : FontRole.values()) {
            String name = FONTS.spec(role).docxName();
            String alt = FONTS.spec(role).docxAltName();
            assertThat(RICH.xpath("word/fontTable.xml", "count(//w:font[@w:name='" + name + "'])")).isEqualTo("1");
            if (!alt.equals(name)) {
                assertThat(RICH.xpath("word/fontTable.xml", "//w:font[@w:name='" + name + "']/w:altName/@w:val")).isEqualTo(alt);
            }
        }
    }

    // ---- header block (§7.2) ------------------------------------------------------------------

    @Test
    void copyNumberSecrecyAndUrgencyTakeTheFirstLinesFlushLeftSecrecyInHeiti() {
        assertThat(RICH.doc("//w:body/w:p[1]//w:t")).isEqualTo("000001");
        assertThat(RICH.doc("//w:body/w:p[2]//w:t")).isEqualTo("机密★1年");
        assertThat(RICH.doc("//w:body/w:p[2]//w:rFonts/@w:eastAsia")).isEqualTo(font(FontRole.HEITI));
        assertThat(RICH.doc("//w:body/w:p[3]//w:t")).isEqualTo("特急");
        assertThat(RICH.doc("//w:body/w:p[1]/w:pPr/w:spacing/@w:line")).isEqualTo(String.valueOf(PITCH));
    }

    @Test
    void markSitsThirtyFiveMillimetresBelowTheTextBlockTop() {
        for (Docx d : List.of(RICH, Docx.markup(TestDocuments.richMarkup(0)
                .replace("<copy>000001</copy><secrecy>机密★1年</secrecy><urgency>特急</urgency>", "")))) {
            int above = d.docInt("sum(//w:body/w:p[following-sibling::w:p[w:pPr/w:pStyle/@w:val='Mark']]/w:pPr/w:spacing/@w:line)");
            assertThat(above).isEqualTo(twip(Gbt9704.MARK_TOP));
            // The mark's line is exactly as high as its glyphs, so its top edge is the line's top.
            assertThat(d.docInt(MARK + "/w:pPr/w:spacing/@w:line") * 10).isEqualTo(d.docInt(MARK + "//w:sz/@w:val") * 100);
        }
    }

    @Test
    void markIsRedBiaosongCentredAtMostXiaochu() {
        assertThat(RICH.style("//w:style[@w:styleId='Mark']/w:rPr/w:color/@w:val")).isEqualTo("FF0000");
        assertThat(RICH.style("//w:style[@w:styleId='Mark']/w:rPr/w:rFonts/@w:eastAsia")).isEqualTo(font(FontRole.BIAOSONG));
        assertThat(RICH.style("//w:style[@w:styleId='Mark']/w:pPr/w:jc/@w:val")).isEqualTo("center");
        assertThat(RICH.doc(MARK + "//w:t")).isEqualTo("木叶乡人民政府文件");
        assertThat(RICH.docInt(MARK + "//w:sz/@w:val")).isEqualTo(72);
    }

    @Test
    void aLongMarkShrinksToFitOneLine() {
        String name = "中共鲁山县委全面依法治县委员会办公室";
        Docx d = Docx.markup(TestDocuments.richMarkup(0).replace("<name>木叶乡人民政府</name>", "<name>" + name + "</name>"));
        double size = d.docInt(MARK + "//w:sz/@w:val") / 2.0;
        double ems = name.length() + 2;
        assertThat(size * ems).isLessThanOrEqualTo(Gbt9704.TEXT_WIDTH);
        assertThat((size + Gbt9704.MARK_SIZE_STEP) * ems).isGreaterThan(Gbt9704.TEXT_WIDTH);
        assertThat(d.result.warnings()).isEmpty();
    }

    @Test
    void jointMarkStacksTheNamesWithTheSuffixToTheRightVerticallyCentred() {
        Docx d = Docx.markup(TestDocuments.richMarkup(0).replace("<name>木叶乡人民政府</name>",
                "<name>木叶乡人民政府</name><name>木叶乡党委</name>"));
        String table = "//w:body/w:tbl[1]";
        assertThat(d.doc("count(" + table + "/w:tr)")).isEqualTo("2");
        assertThat(d.doc(table + "/w:tr[1]/w:tc[1]//w:t")).isEqualTo("木叶乡人民政府");
        assertThat(d.doc(table + "/w:tr[2]/w:tc[1]//w:t")).isEqualTo("木叶乡党委");
        assertThat(d.doc(table + "/w:tr[2]/w:tc[1]/w:p/w:pPr/w:jc/@w:val")).isEqualTo("distribute");
        assertThat(d.doc(table + "/w:tr[1]/w:tc[2]//w:t")).isEqualTo("文件");
        assertThat(d.doc(table + "/w:tr[1]/w:tc[2]/w:tcPr/w:vMerge/@w:val")).isEqualTo("restart");
        assertThat(d.doc("count(" + table + "/w:tr[2]/w:tc[2]/w:tcPr/w:vMerge)")).isEqualTo("1");
        assertThat(d.doc(table + "/w:tr[1]/w:tc[2]/w:tcPr/w:vAlign/@w:val")).isEqualTo("center");
        assertThat(d.doc(table + "/w:tblPr/w:jc/@w:val")).isEqualTo("center");
    }

    @Test
    void documentNumberComesTwoBlankLinesBelowTheMark() {
        assertThat(RICH.docInt(NUMBER + "/w:pPr/w:spacing/@w:before")).isEqualTo(2 * PITCH);
    }

    @Test
    void upwardDocumentPutsNumberAndSignerOnOneLineIndentedOneCharacterEachSide() {
        assertThat(RICH.doc("string(" + NUMBER + ")").replaceAll("\\s", "")).isEqualTo("木政〔2024〕3号签发人：张三");
        assertThat(RICH.docInt(NUMBER + "/w:pPr/w:tabs/w:tab[@w:val='left']/@w:pos")).isEqualTo(twip(Gbt9704.chars(1)));
        assertThat(RICH.docInt(NUMBER + "/w:pPr/w:tabs/w:tab[@w:val='right']/@w:pos")).isEqualTo(WIDTH - twip(Gbt9704.chars(1)));
        assertThat(RICH.doc(NUMBER + "/w:r[w:t='张三']/w:rPr/w:rFonts/@w:eastAsia")).isEqualTo(font(FontRole.KAITI));
    }

    @Test
    void downwardDocumentCentresTheNumber() {
        Docx d = Docx.markup(TestDocuments.richMarkup(0).replace("<signer>张三</signer>", ""));
        assertThat(d.doc(NUMBER + "/w:pPr/w:jc/@w:val")).isEqualTo("center");
        assertThat(d.doc("string(" + NUMBER + ")").strip()).isEqualTo("木政〔2024〕3号");
    }

    @Test
    void redLineSpansTheTextBlockFourMillimetresBelowTheNumber() {
        String border = NUMBER + "/w:pPr/w:pBdr/w:bottom";
        assertThat(RICH.doc(border + "/@w:color")).isEqualTo("FF0000");
        assertThat(RICH.docInt(border + "/@w:sz")).isEqualTo(Gbt9704.eighthPt(Gbt9704.RED_LINE_WIDTH));
        assertThat((double) RICH.docInt(border + "/@w:space")).isCloseTo(Gbt9704.RED_LINE_GAP, org.assertj.core.data.Offset.offset(0.5));
        // No indents: a paragraph border runs between the indents, so it spans the whole block.
        assertThat(RICH.doc("count(" + NUMBER + "/w:pPr/w:ind)")).isEqualTo("0");
    }

    // ---- title, recipients, body (§7.3) -------------------------------------------------------

    @Test
    void titleIsErhaoBiaosongCentredOneGridLinePerLine() {
        assertThat(RICH.style("//w:style[@w:styleId='DocTitle']/w:rPr/w:sz/@w:val")).isEqualTo("44");
        assertThat(RICH.style("//w:style[@w:styleId='DocTitle']/w:rPr/w:rFonts/@w:eastAsia")).isEqualTo(font(FontRole.BIAOSONG));
        assertThat(RICH.style("//w:style[@w:styleId='DocTitle']/w:pPr/w:jc/@w:val")).isEqualTo("center");
        assertThat(RICH.style("//w:style[@w:styleId='DocTitle']/w:pPr/w:spacing/@w:line")).isEqualTo(String.valueOf(PITCH));
    }

    @Test
    void titleBreaksBetweenWordsAsATrapezoid() {
        assertThat(RICH.doc("count(" + TITLE + "//w:br)")).isEqualTo("1");
        assertThat(RICH.doc(TITLE + "/w:r[1]/w:t")).isEqualTo("木叶乡人民政府关于2023年");
        assertThat(RICH.doc(TITLE + "/w:r[3]/w:t")).isEqualTo("法治政府建设情况的报告");
    }

    @Test
    void titleStartsOnAGridLineAboutTwoBlankLinesBelowTheRedLine() {
        String before = "//w:body/w:p[following-sibling::w:p[w:pPr/w:pStyle/@w:val='DocTitle']]";
        int heights = RICH.docInt("sum(" + before + "/w:pPr/w:spacing/@w:line)")
                + RICH.docInt("sum(" + before + "/w:pPr/w:spacing/@w:before)");
        int redLine = heights + 20 * RICH.docInt(NUMBER + "/w:pPr/w:pBdr/w:bottom/@w:space")
                + 20 * RICH.docInt(NUMBER + "/w:pPr/w:pBdr/w:bottom/@w:sz") / 8;
        int titleTop = redLine + RICH.docInt(TITLE + "/w:pPr/w:spacing/@w:before");
        assertThat(titleTop % PITCH).isZero();
        assertThat((titleTop - redLine) / (double) PITCH).isBetween(1.5, 2.5);
    }

    @Test
    void recipientsFollowTheTitleAfterOneBlankLineFlushLeft() {
        String to = "//w:body/w:p[preceding-sibling::w:p[1]/w:pPr/w:pStyle/@w:val='DocTitle']";
        assertThat(RICH.doc(to + "//w:t")).isEqualTo("县委全面依法治县委员会办公室：");
        assertThat(RICH.docInt(to + "/w:pPr/w:spacing/@w:before")).isEqualTo(PITCH);
        assertThat(RICH.doc("count(" + to + "/w:pPr/w:ind)")).isEqualTo("0");
    }

    @Test
    void headingLevelsUseHeitiKaitiFangsongFangsong() {
        assertThat(RICH.style("//w:style[@w:styleId='Heading1']/w:rPr/w:rFonts/@w:eastAsia")).isEqualTo(font(FontRole.HEITI));
        assertThat(RICH.style("//w:style[@w:styleId='Heading2']/w:rPr/w:rFonts/@w:eastAsia")).isEqualTo(font(FontRole.KAITI));
        assertThat(RICH.style("//w:style[@w:styleId='Heading3']/w:rPr/w:rFonts/@w:eastAsia")).isEqualTo(font(FontRole.FANGSONG));
        assertThat(RICH.style("//w:style[@w:styleId='Heading4']/w:rPr/w:rFonts/@w:eastAsia")).isEqualTo(font(FontRole.FANGSONG));
        assertThat(RICH.doc("//w:body/w:p[w:pPr/w:pStyle/@w:val='Heading1']//w:t")).startsWith("一、");
        assertThat(RICH.doc("//w:body/w:p[w:pPr/w:pStyle/@w:val='Heading4']//w:t")).startsWith("（1）");
        // Headings are indented like the body.
        assertThat(RICH.style("//w:style[@w:styleId='Heading1']/w:basedOn/@w:val")).isEqualTo("Body");
    }

    @Test
    void runInHeadingKeepsItsFontThenTheBodyContinuesInFangsong() {
        String p = "//w:body/w:p[w:r[1]/w:rPr/w:rStyle/@w:val='Lead2']";
        assertThat(RICH.doc(p + "/w:r[1]/w:t")).isEqualTo("（一）加强组织领导。");
        assertThat(RICH.doc("count(" + p + "/w:r[2]/w:rPr/w:rStyle)")).isEqualTo("0");
        assertThat(RICH.doc(p + "/w:pPr/w:pStyle/@w:val")).isEqualTo("Body");
        assertThat(RICH.style("//w:style[@w:styleId='Lead2']/w:rPr/w:rFonts/@w:eastAsia")).isEqualTo(font(FontRole.KAITI));
    }

    @Test
    void attachmentNoteIsIndentedTwoCharactersWithLaterNamesUnderTheFirst() {
        String first = "//w:body/w:p[starts-with(string(.), '附件：') or w:r/w:t[starts-with(., '附件：')]]";
        assertThat(RICH.doc("string(" + first + ")").strip()).isEqualTo("附件：1.木叶乡法治政府建设工作台账");
        int label = 3 * ADVANCE;
        assertThat(RICH.docInt(first + "/w:pPr/w:ind/@w:left")).isEqualTo(2 * ADVANCE + label);
        assertThat(RICH.docInt(first + "/w:pPr/w:ind/@w:hanging")).isEqualTo(label);
        assertThat(RICH.docInt(first + "/w:pPr/w:spacing/@w:before")).isEqualTo(PITCH);
        String second = first + "/following-sibling::w:p[1]";
        assertThat(RICH.doc(second + "//w:t")).isEqualTo("2.木叶乡矛盾纠纷调处情况统计表");
        assertThat(RICH.docInt(second + "/w:pPr/w:ind/@w:left")).isEqualTo(2 * ADVANCE + label);
    }

    private static final String SIGNER = "//w:body/w:p[w:r/w:t='木叶乡人民政府']";
    private static final String DATE = "//w:body/w:p[w:r/w:t='2024年1月5日']";

    @Test
    void headingsKeepWithTheLineAfterThemSoNoneEndsAPage() {
        for (int level = 1; level <= 4; level++) {
            assertThat(RICH.style("count(//w:style[@w:styleId='Heading" + level + "']/w:pPr/w:keepNext)"))
                    .as("Heading" + level).isEqualTo("1");
        }
    }

    @Test
    void theBlockBeforeTheSignatureKeepsWithItSoTheSignatureNeverStandsAlone() {
        String before = SIGNER + "/preceding-sibling::w:p[1]";
        assertThat(RICH.doc("count(" + before + "/w:pPr/w:keepNext)")).isEqualTo("1");
    }

    @Test
    void unsealedSignatureIsRightIndentedTwoCharactersWithTheDateTwoCharactersRightOfItsStart() {
        assertThat(RICH.docInt(SIGNER + "/w:pPr/w:spacing/@w:before")).isEqualTo(PITCH);
        assertThat(RICH.doc(SIGNER + "/w:pPr/w:jc/@w:val")).isEqualTo("right");
        assertThat(RICH.doc("count(" + SIGNER + "/w:pPr/w:keepNext)")).as("name kept with its date").isEqualTo("1");
        int nameRight = RICH.docInt(SIGNER + "/w:pPr/w:ind/@w:right");
        int dateRight = RICH.docInt(DATE + "/w:pPr/w:ind/@w:right");
        double nameStart = WIDTH - nameRight - twip(BodyXml.width("木叶乡人民政府"));
        double dateStart = WIDTH - dateRight - twip(BodyXml.width("2024年1月5日"));
        assertThat(dateStart - nameStart).isCloseTo(2 * ADVANCE, org.assertj.core.data.Offset.offset(2.0));
        assertThat(Math.min(nameRight, dateRight)).isEqualTo(2 * ADVANCE);
    }

    @Test
    void aDateLongerThanTheNameIsRightIndentedTwoAndPushesTheNameLeft() {
        Docx d = Docx.markup(TestDocuments.richMarkup(0).replace(">木叶乡人民政府</signature>", ">木叶乡</signature>"));
        String signer = "//w:body/w:p[w:r/w:t='木叶乡']";
        assertThat(d.docInt(DATE + "/w:pPr/w:ind/@w:right")).isEqualTo(2 * ADVANCE);
        double nameStart = WIDTH - d.docInt(signer + "/w:pPr/w:ind/@w:right") - twip(BodyXml.width("木叶乡"));
        double dateStart = WIDTH - 2 * ADVANCE - twip(BodyXml.width("2024年1月5日"));
        assertThat(dateStart - nameStart).isCloseTo(2 * ADVANCE, org.assertj.core.data.Offset.offset(2.0));
    }

    @Test
    void sealedSignatureLeavesAsManyBlankLinesAsThePdfSoTheSealMeetsTheBody() {
        Docx d = Docx.markup(TestDocuments.richMarkup(0).replace("sealed=\"false\"", "sealed=\"true\""));
        assertThat(d.docInt(SIGNER + "/w:pPr/w:spacing/@w:before"))
                .isEqualTo(Gbt9704.SEALED_SIGNATURE_BLANK_LINES * PITCH);
    }

    @Test
    void sealedSignatureCentresTheNameOverTheDateRightIndentedFourCharacters() {
        Docx d = Docx.markup(TestDocuments.richMarkup(0).replace("sealed=\"false\"", "sealed=\"true\""));
        int dateRight = d.docInt(DATE + "/w:pPr/w:ind/@w:right");
        assertThat(dateRight).isEqualTo(4 * ADVANCE);
        double nameCentre = WIDTH - d.docInt(SIGNER + "/w:pPr/w:ind/@w:right") - twip(BodyXml.width("木叶乡人民政府")) / 2.0;
        double dateCentre = WIDTH - dateRight - twip(BodyXml.width("2024年1月5日")) / 2.0;
        assertThat(nameCentre).isCloseTo(dateCentre, org.assertj.core.data.Offset.offset(2.0));
    }

    @Test
    void noteFollowsTheDateIndentedTwoCharacters() {
        String note = DATE + "/following-sibling::w:p[1]";
        assertThat(RICH.doc(note + "//w:t")).isEqualTo("（此件公开发布）");
        assertThat(RICH.doc(note + "/w:pPr/w:pStyle/@w:val")).isEqualTo("Body");
    }

    // ---- 版记 (§7.4) ----------------------------------------------------------------------------

    private static final String COLOPHON = "//w:body/w:tbl[w:tblPr/w:tblpPr]";

    @Test
    void colophonFloatsOnTheBottomEdgeOfTheTextBlock() {
        assertThat(RICH.doc(COLOPHON + "/w:tblPr/w:tblpPr/@w:vertAnchor")).isEqualTo("margin");
        assertThat(RICH.doc(COLOPHON + "/w:tblPr/w:tblpPr/@w:tblpYSpec")).isEqualTo("bottom");
        assertThat(RICH.docInt(COLOPHON + "/w:tblPr/w:tblpPr/@w:tblpX")).isEqualTo(twip(Gbt9704.MARGIN_LEFT));
        assertThat(RICH.docInt(COLOPHON + "/w:tblPr/w:tblW/@w:w")).isEqualTo(WIDTH);
    }

    @Test
    void colophonRulesAreThickOutsideAndThinBetween() {
        String b = COLOPHON + "/w:tblPr/w:tblBorders";
        assertThat(RICH.docInt(b + "/w:top/@w:sz")).isEqualTo(8);
        assertThat(RICH.docInt(b + "/w:bottom/@w:sz")).isEqualTo(8);
        assertThat(RICH.docInt(b + "/w:insideH/@w:sz")).isEqualTo(6);
        assertThat(RICH.doc(b + "/w:left/@w:val")).isEqualTo("nil");
    }

    @Test
    void ccLineIsSihaoIndentedOneCharacterAlignedAfterTheColonAndEndsWithAFullStop() {
        String p = COLOPHON + "/w:tr[1]//w:p";
        assertThat(RICH.doc(p + "//w:t")).isEqualTo("抄送：县司法局，县人民政府办公室。");
        int side = twip(Gbt9704.COLOPHON_SIDE_INDENT);
        int label = twip(3 * Gbt9704.COLOPHON_SIZE);
        assertThat(RICH.docInt(p + "/w:pPr/w:ind/@w:left")).isEqualTo(side + label);
        assertThat(RICH.docInt(p + "/w:pPr/w:ind/@w:hanging")).isEqualTo(label);
        assertThat(RICH.docInt(p + "/w:pPr/w:ind/@w:right")).isEqualTo(side);
        assertThat(RICH.style("//w:style[@w:styleId='Colophon']/w:rPr/w:sz/@w:val")).isEqualTo("28");
    }

    @Test
    void printLineHasTheOfficeLeftAndTheDateWithYinfaRight() {
        String p = COLOPHON + "/w:tr[last()]//w:p";
        assertThat(RICH.doc("string(" + p + ")").replaceAll("\\s", "")).isEqualTo("木叶乡党政办公室2024年1月5日印发");
        assertThat(RICH.doc("count(" + p + "/w:r/w:tab)")).isEqualTo("1");
        int side = twip(Gbt9704.COLOPHON_SIDE_INDENT);
        assertThat(RICH.docInt(p + "/w:pPr/w:tabs/w:tab/@w:pos")).isEqualTo(WIDTH - side);
        assertThat(RICH.docInt(p + "/w:pPr/w:ind/@w:left")).isEqualTo(side);
    }

    @Test
    void colophonOnItsOwnPageGetsAnEvenPageSectionWithoutPageNumbers() {
        for (BodyXml.ColophonPlacement p : List.of(BodyXml.ColophonPlacement.NEXT_PAGE,
                BodyXml.ColophonPlacement.AFTER_BLANK_PAGE)) {
            Docx d = docWithPlacement(p);
            String bodySection = "(//w:body/w:p/w:pPr/w:sectPr)[1]";
            // body section, then for a blank page an unnumbered section of one empty paragraph
            assertThat(d.doc("count(//w:body/w:p/w:pPr/w:sectPr)"))
                    .isEqualTo(p == BodyXml.ColophonPlacement.NEXT_PAGE ? "1" : "2");
            if (p == BodyXml.ColophonPlacement.AFTER_BLANK_PAGE) {
                String blank = "(//w:body/w:p/w:pPr/w:sectPr)[2]";
                assertThat(d.doc("string(" + blank + "/../..)")).isEmpty();
                assertThat(d.parts.get(d.footer(blank, "default"))).doesNotContain("PAGE");
            }
            assertThat(d.parts.get(d.footer(bodySection, "default"))).contains("PAGE");
            assertThat(d.parts.get(d.footer("//w:body/w:sectPr", "default"))).doesNotContain("PAGE");
            assertThat(d.parts.get(d.footer("//w:body/w:sectPr", "even"))).doesNotContain("PAGE");
            // Word and LibreOffice start it on the next even page, adding the blank page themselves.
            assertThat(d.doc("//w:body/w:sectPr/w:type/@w:val")).isEqualTo("evenPage");
            assertThat(d.result.pages() % 2).isZero();
        }
    }

    @Test
    void aBlankPageBeforeTheColophonPageIsCounted() {
        Docx next = docWithPlacement(BodyXml.ColophonPlacement.NEXT_PAGE);
        Docx blank = docWithPlacement(BodyXml.ColophonPlacement.AFTER_BLANK_PAGE);
        assertThat(next.result.pages() % 2).isZero();
        assertThat(blank.result.pages() % 2).isZero();
        assertThat(blank.result.pages()).isGreaterThan(2);
    }

    @Test
    void colophonOnTheLastBodyPageKeepsOneSectionAndItsPageNumber() {
        Docx d = docWithPlacement(BodyXml.ColophonPlacement.SAME_PAGE);
        assertThat(d.doc("count(//w:sectPr)")).isEqualTo("1");
        assertThat(d.parts.get(d.footer("//w:body/w:sectPr", "default"))).contains("PAGE");
        assertThat(d.result.pages() % 2).isZero();
    }

    /** A rich document whose length puts the 版记 in the given place (found by trying lengths). */
    static Docx docWithPlacement(BodyXml.ColophonPlacement wanted) {
        return Docx.markup(markupFor(wanted));
    }

    static String markupFor(BodyXml.ColophonPlacement wanted) {
        for (int n = 0; n < 60; n++) {
            for (int shortOnes = 0; shortOnes < 4; shortOnes++) {
                String markup = TestDocuments.richMarkup(n).replace("<attachments>",
                        "<p>特此报告。</p>".repeat(shortOnes) + "<attachments>");
                if (DocxRenderer.plan(TestDocuments.parse(markup)).placement() == wanted) {
                    return markup;
                }
            }
        }
        throw new AssertionError("no length gives " + wanted);
    }

    // ---- page numbers (§7.5) ------------------------------------------------------------------

    @Test
    void pageNumbersAreDashedSongtiSihaoOddRightEvenLeftIndentedOneCharacter() {
        assertThat(RICH.xpath("word/settings.xml", "count(//w:evenAndOddHeaders)")).isEqualTo("1");
        String odd = RICH.footer("(//w:sectPr)[1]", "default");
        String even = RICH.footer("(//w:sectPr)[1]", "even");
        assertThat(RICH.xpath(odd, "//w:p/w:pPr/w:jc/@w:val")).isEqualTo("right");
        assertThat(Integer.parseInt(RICH.xpath(odd, "//w:p/w:pPr/w:ind/@w:right"))).isEqualTo(twip(Gbt9704.chars(1)));
        assertThat(RICH.xpath(even, "//w:p/w:pPr/w:jc/@w:val")).isEqualTo("left");
        assertThat(Integer.parseInt(RICH.xpath(even, "//w:p/w:pPr/w:ind/@w:left"))).isEqualTo(twip(Gbt9704.chars(1)));
        assertThat(RICH.xpath(odd, "string(//w:p)").replaceAll("\\s+", " ").strip()).isEqualTo("— 1 —");
        assertThat(RICH.xpath(odd, "//w:fldSimple/@w:instr").strip()).isEqualTo("PAGE");
        assertThat(RICH.style("//w:style[@w:styleId='Footer']/w:rPr/w:rFonts/@w:eastAsia")).isEqualTo(font(FontRole.SONGTI));
        assertThat(RICH.style("//w:style[@w:styleId='Footer']/w:rPr/w:sz/@w:val")).isEqualTo("28");
    }

    @Test
    void pageNumberLineStartsSevenMillimetresBelowTheTextBlock() {
        int footer = RICH.docInt("(//w:sectPr)[1]/w:pgMar/@w:footer");
        int line = Integer.parseInt(RICH.style("//w:style[@w:styleId='Footer']/w:pPr/w:spacing/@w:line"));
        int bottom = RICH.docInt("(//w:sectPr)[1]/w:pgMar/@w:bottom");
        assertThat(bottom - footer - line).isCloseTo(twip(Gbt9704.PAGE_NUMBER_GAP), org.assertj.core.data.Offset.offset(1));
    }

    // ---- the file ------------------------------------------------------------------------------

    @Test
    void sameInputGivesSameBytes() {
        String markup = TestDocuments.richMarkup(5);
        assertThat(Docx.markup(markup).bytes).isEqualTo(Docx.markup(markup).bytes);
    }

    @Test
    void packageCarriesNoClockTimeAndNoRandomIds() {
        long stamp = LocalDateTime.of(2000, 1, 1, 0, 0).atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
        assertThat(RICH.times.values()).containsOnly(stamp);
        assertThat(RICH.parts.get("docProps/core.xml")).doesNotContain("dcterms:created").doesNotContain("dcterms:modified");
        assertThat(RICH.xpath("docProps/core.xml", "//dc:creator")).isEqualTo("木叶乡人民政府");
        RICH.parts.values().forEach(xml -> assertThat(xml).doesNotContain("w:rsid").doesNotContain("w14:paraId"));
    }

    @Test
    void aTwoThousandParagraphReportRenders() {
        Docx d = Docx.markup(TestDocuments.richMarkup(2000));
        assertThat(d.doc("count(//w:body/w:p[w:pPr/w:pStyle/@w:val='Body'])")).isEqualTo("2003");
        assertThat(d.result.pages()).isGreaterThan(360); // 2,000 paragraphs of four lines
        assertThat(d.result.pages() % 2).isZero();
    }

    @Test
    void aDocumentWithoutRedHeaderStartsWithItsTitle() {
        Docx d = Docx.markup(TestDocuments.richMarkup(0).replaceAll("<header>.*</header>", ""));
        assertThat(d.doc("//w:body/*[1]/w:pPr/w:pStyle/@w:val")).isEqualTo("DocTitle");
        assertThat(d.doc("count(//w:pBdr)")).isEqualTo("0");
    }
}
