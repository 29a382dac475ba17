package org.hongtou.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** GB/T 15834 line breaking (shared/docs/GBT9704.md §8) on the 28-cell grid. */
class LineBreakerTest {

    private static List<LineBreaker.Item> items(String text) {
        List<LineBreaker.Item> out = new ArrayList<>();
        text.codePoints().forEach(cp -> out.add(new LineBreaker.Item(cp, FontRole.FANGSONG, 16, 0,
                LineBreaker.fullWidth(cp) ? Gbt9704.CHAR_CELL : 8)));
        return out;
    }

    private static List<String> lines(String text) {
        double width = Gbt9704.TEXT_WIDTH;
        return LineBreaker.breakLines(items(text), width, width).stream().map(LineBreaker.Line::text).toList();
    }

    /** 27 characters. */
    private static final String FILL = "一二三四五六七八九十一二三四五六七八九十一二三四五六七";

    @ParameterizedTest
    @ValueSource(strings = {"。", "，", "、", "；", "：", "？", "！", "）", "》", "」", "』", "】", "〕", "”", "’"})
    void noLineStartsWithAStopOrAClosingMark(String mark) {
        // 28 characters fill the line; the mark would be the 29th and start line 2.
        List<String> lines = lines(FILL + "八" + mark + "后文");
        assertThat(lines).hasSizeGreaterThan(1);
        for (String l : lines.subList(1, lines.size())) {
            assertThat(l).doesNotStartWith(mark);
        }
        assertThat(String.join("", lines)).isEqualTo(FILL + "八" + mark + "后文");
    }

    @ParameterizedTest
    @ValueSource(strings = {"（", "《", "「", "『", "【", "〔", "“", "‘"})
    void noLineEndsWithAnOpeningMark(String mark) {
        // The opening mark falls in cell 28: it must move down with the word it opens.
        List<String> lines = lines(FILL + mark + "法治政府" + "后文");
        assertThat(lines.get(0)).doesNotEndWith(mark);
        assertThat(lines.get(1)).startsWith(mark);
    }

    @Test
    void dashAndEllipsisAreNeverSplit() {
        assertThat(lines(FILL + "——后文").get(0)).doesNotEndWith("—");
        assertThat(lines(FILL + "……后文").get(0)).doesNotEndWith("…");
    }

    @Test
    void numbersAreNeverSplit() {
        // 26 characters then a number that cannot fit on the line: it moves down whole.
        List<String> lines = lines(FILL.substring(0, 26) + "96.5%的成功率");
        assertThat(lines.get(1)).startsWith("96.5%");
        lines = lines(FILL.substring(0, 27) + "2024年");
        assertThat(lines.get(1)).startsWith("2024");
    }

    @Test
    void fullLinesHoldTwentyEightCellsAndAreJustified() {
        String text = FILL + "八九十" + FILL;
        List<LineBreaker.Line> lines = LineBreaker.breakLines(items(text), Gbt9704.TEXT_WIDTH, Gbt9704.TEXT_WIDTH);
        assertThat(lines.get(0).items()).hasSize(28);
        assertThat(lines.get(0).width()).isCloseTo(Gbt9704.TEXT_WIDTH, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void aLineShortenedByTheRulesIsStretchedToTheFullWidth() {
        List<LineBreaker.Line> lines = LineBreaker.breakLines(items(FILL + "八。后文"), Gbt9704.TEXT_WIDTH, Gbt9704.TEXT_WIDTH);
        assertThat(lines.get(0).items()).hasSize(27);
        assertThat(lines.get(0).justified()).isTrue();
        assertThat(lines.get(0).width()).isCloseTo(Gbt9704.TEXT_WIDTH, org.assertj.core.data.Offset.offset(1e-6));
    }
}
