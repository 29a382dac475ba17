package org.hongtou.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class XmlCharCheckTest {

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void tabNewlineAndSupplementaryCharactersAreAllowed() {
        assertThat(XmlCharCheck.firstBad("a\tb\nc\r𠀀磙")).isEqualTo(-1);
    }

    @Test
    void controlCharactersNoncharactersAndLoneSurrogatesAreFound() {
        assertThat(XmlCharCheck.firstBad("ab\u0000")).isEqualTo(2);
        assertThat(XmlCharCheck.firstBad("\uFFFE")).isZero();
        assertThat(XmlCharCheck.firstBad("a\uD800b")).isEqualTo(1);
        assertThat(XmlCharCheck.firstBad("a\uDC00")).isEqualTo(1);
    }

    @Test
    void rejectModeNamesEveryFieldByPointer() {
        JsonNode node = json.readTree("{\"a\":[\"ok\",\"x\\u0001\"],\"b\":{\"c/d\":\"\\uffff\"}}");
        assertThat(new XmlCharCheck(XmlCharCheck.Mode.REJECT).check(node)).extracting(Finding::pointer)
                .containsExactly("/a/1", "/b/c~1d");
    }

    @Test
    void stripModeRemovesTheCharactersAndWarns() {
        JsonNode node = json.readTree("{\"a\":[\"x\\u0001y\"],\"b\":\"\\ud800z\"}");
        var findings = new XmlCharCheck(XmlCharCheck.Mode.STRIP).check(node);
        assertThat(findings).allMatch(f -> !f.isError()).hasSize(2);
        assertThat(node.get("a").get(0).asString()).isEqualTo("xy");
        assertThat(node.get("b").asString()).isEqualTo("z");
    }
}
