package org.hongtou.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TitleBreakerTest {

    private static final double MAX = TitleBreaker.maxEms(Gbt9704.TITLE_SIZE);

    @Test
    void aTwentyTwoPointTitleLineHoldsTwentyEms() {
        assertThat(MAX).isEqualTo(20);
    }

    @Test
    void aShortTitleStaysOnOneLine() {
        assertThat(TitleBreaker.lines(List.of("关于2023年法治政府建设情况的报告")))
                .containsExactly("关于2023年法治政府建设情况的报告");
    }

    @Test
    void aLongTitleBreaksIntoAsFewLinesAsFit() {
        List<String> lines = TitleBreaker.lines(List.of("木叶乡人民政府关于2023年法治政府建设情况的报告"));
        assertThat(lines).hasSize(2);
        assertThat(String.join("", lines)).isEqualTo("木叶乡人民政府关于2023年法治政府建设情况的报告");
        lines.forEach(l -> assertThat(Ems.of(l)).isLessThanOrEqualTo(MAX));
    }

    @Test
    void theLongerLineGoesAboveAsATrapezoid() {
        for (String title : List.of("木叶乡人民政府关于2023年法治政府建设情况的报告",
                "鲁山县观音寺乡人民政府关于2024年度法治政府建设工作情况的报告",
                "县委全面依法治县委员会办公室关于印发法治政府建设示范创建实施方案的通知")) {
            List<String> lines = TitleBreaker.lines(List.of(title));
            for (int i = 1; i < lines.size(); i++) {
                assertThat(Ems.of(lines.get(i))).as(lines.toString()).isLessThanOrEqualTo(Ems.of(lines.get(i - 1)));
            }
        }
    }

    @Test
    void linesBreakBetweenWordsNotInsideThem() {
        List<String> lines = TitleBreaker.lines(List.of("木叶乡人民政府关于2023年法治政府建设情况的报告"));
        // None of these words may be torn apart by a line break.
        String joinedWithBar = String.join("|", lines);
        for (String word : List.of("人民", "政府", "关于", "2023", "法治", "建设", "情况", "报告")) {
            assertThat(joinedWithBar).contains(word);
        }
    }

    @Test
    void noLineHoldsALoneCharacter() {
        // 21 characters: a greedy break would leave one character on the second line.
        String title = "一二三四五六七八九十一二三四五六七八九十甲";
        List<String> lines = TitleBreaker.breakLine(title, MAX);
        assertThat(lines).hasSize(2).allSatisfy(l -> assertThat(l.length()).isGreaterThan(1));
    }

    @Test
    void theLinesAreNearlyEven() {
        List<String> lines = TitleBreaker.lines(List.of("鲁山县观音寺乡人民政府关于2024年度法治政府建设工作情况的报告"));
        assertThat(lines).hasSize(2);
        assertThat(Ems.of(lines.get(0)) - Ems.of(lines.get(1))).isBetween(0.0, 6.0);
    }

    @Test
    void authorLineBreaksAreKept() {
        assertThat(TitleBreaker.lines(List.of("木叶乡人民政府", "关于2023年法治政府建设情况的报告")))
                .containsExactly("木叶乡人民政府", "关于2023年法治政府建设情况的报告");
    }

    @Test
    void closingPunctuationNeverStartsALine() {
        String title = "关于《木叶乡法治政府建设实施方案（2021—2025年）》执行情况的中期评估报告";
        for (String line : TitleBreaker.lines(List.of(title))) {
            assertThat("，。、；：？！）》”—").doesNotContain(line.substring(0, 1));
            assertThat("（《“").doesNotContain(line.substring(line.length() - 1));
        }
    }

    @Test
    void aNumberIsNeverSplit() {
        String title = "关于二〇二三年度第一二三四五六七八九十项目12345678工作情况的报告";
        String joined = String.join("|", TitleBreaker.lines(List.of(title)));
        assertThat(joined).contains("12345678");
    }

    @Test
    void aThreeLineTitleIsATrapezoidOrADiamond() {
        String title = "县委全面依法治县委员会办公室关于印发2024年全县法治政府建设示范创建活动实施方案和考核评估办法的通知";
        List<String> lines = TitleBreaker.lines(List.of(title));
        assertThat(lines).hasSize(3);
        double[] w = lines.stream().mapToDouble(Ems::of).toArray();
        boolean trapezoid = w[0] >= w[1] && w[1] >= w[2];
        boolean diamond = w[1] >= w[0] && w[1] >= w[2];
        assertThat(trapezoid || diamond).as(lines.toString()).isTrue();
    }
}
