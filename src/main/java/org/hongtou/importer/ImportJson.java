package org.hongtou.importer;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import java.io.OutputStream;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Import results as JSON, in the form the render endpoints accept back: absent values are left
 * out rather than written as null (the report schema types "header", "note", "signature"… as
 * object or string, not null), dates are ISO yyyy-MM-dd, roles lower-case.
 */
public final class ImportJson {

    public static final JsonMapper MAPPER = JsonMapper.builder()
            .changeDefaultPropertyInclusion(incl -> incl.withValueInclusion(JsonInclude.Include.NON_NULL))
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private ImportJson() {
    }

    /** Just the report: what {@code import -o data.json} writes. */
    public static void writeReport(ImportResult result, OutputStream out) throws IOException {
        MAPPER.writeValue(out, result.report());
    }

    /** The HTTP answer: {"report": {...}, "changes": [{kind, code, line, before, after, messageZh, messageEn}]}. */
    public static byte[] response(ImportResult result) {
        return MAPPER.writeValueAsBytes(result);
    }
}
