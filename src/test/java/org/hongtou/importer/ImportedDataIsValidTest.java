package org.hongtou.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hongtou.check.ContentChecks;
import org.hongtou.model.Report;
import org.hongtou.validation.Finding;
import org.hongtou.validation.SchemaCheck;
import org.hongtou.validation.XmlCharCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the importer produces must be accepted by the render endpoints as it is: the same
 * schema, XML-character and content checks, with no error (warnings are the user's to read).
 */
class ImportedDataIsValidTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @ParameterizedTest
    @ValueSource(strings = {"/samples/muye-2023.txt", "/samples/gunziying-2023.txt", "/samples/guanyinsi-2024.txt",
            "/importer/sifaju-2023.txt", "/importer/hexi-2024.txt", "/importer/shichang-2023.txt"})
    void importedReportPassesTheRenderEndpointsChecks(String path) throws Exception {
        ImportResult r = new ImportService().importText(TextImportTest.resource(path).getBytes(StandardCharsets.UTF_8));
        JsonNode node = ImportJson.MAPPER.valueToTree(r.report());
        List<Finding> findings = new java.util.ArrayList<>(new XmlCharCheck(XmlCharCheck.Mode.REJECT).check(node));
        findings.addAll(new SchemaCheck().check(node));
        Report back = JSON.treeToValue(node, Report.class);
        findings.addAll(ContentChecks.standard().check(back));
        findings.forEach(f -> System.out.println("[imported-data] " + path + " " + f));
        assertThat(findings).noneMatch(Finding::isError);
    }

    @Test
    void controlCharactersNeverReachTheData() {
        ImportResult r = new ImportService().importText(
                ("关于2023年法治政府建设情况的报告\n一、主要举措和成效\n正文\u0001一段\u0007。\n" + "其他正文。\n".repeat(40))
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(r.report().parts().get(0).paragraphs().get(0)).isEqualTo("正文一段。");
    }
}
