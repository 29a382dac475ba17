package org.hongtou.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineCounterTest {

    private static final String CJK28 = "一二三四五六七八九十一二三四五六七八九十一二三四五六七八";

    @Test
    void twentyEightChineseCharactersFillOneLine() {
        assertThat(LineCounter.lines(CJK28, 0, 0)).isEqualTo(1);
        assertThat(LineCounter.lines(CJK28 + "九", 0, 0)).isEqualTo(2);
    }

    @Test
    void theFirstLineIndentTakesTwoCells() {
        assertThat(LineCounter.lines(CJK28.substring(0, 26), 2, 0)).isEqualTo(1);
        assertThat(LineCounter.lines(CJK28.substring(0, 27), 2, 0)).isEqualTo(2);
    }

    @Test
    void punctuationThatMayNotStartALineHangsAtTheEnd() {
        assertThat(LineCounter.lines(CJK28 + "。", 0, 0)).isEqualTo(1);
    }

    @Test
    void digitsAreHalfACellAndANumberIsNeverSplit() {
        assertThat(LineCounter.lines(CJK28.substring(0, 26) + "2024", 0, 0)).isEqualTo(1);
        assertThat(LineCounter.lines(CJK28.substring(0, 27) + "2024", 0, 0)).isEqualTo(2);
    }
}
