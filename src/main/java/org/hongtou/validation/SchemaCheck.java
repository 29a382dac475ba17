package org.hongtou.validation;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.NonValidationKeyword;
import com.networknt.schema.path.NodePath;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Validates a report against src/main/resources/schema/report.schema.json (draft 2020-12) and
 * returns every violation, each with the JSON Pointer of the value, the schema keyword that
 * failed, and a message in Chinese and English.
 *
 * <p>The validator's stock messages are generic ("does not match the regex pattern …"). Where a
 * schema node carries {@code "x-message": {"<keyword>": {"zh": …, "en": …}}}, that message is
 * used instead, so the rule for a document number is explained in words, not as a regex.
 */
public final class SchemaCheck {

    public static final String RESOURCE = "/schema/report.schema.json";
    private static final String BUNDLE = "jsv-messages";

    private final byte[] schemaBytes;
    private final JsonNode schemaNode;
    private final Schema schema;

    public SchemaCheck() {
        try (InputStream in = SchemaCheck.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            schemaBytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        schemaNode = JsonMapper.builder().build().readTree(schemaBytes);
        SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .formatAssertionsEnabled(true)
                .locale(Locale.ENGLISH)
                .build();
        // x-message is ours (messages for a keyword); declared so the validator does not warn about it.
        Dialect dialect = Dialect.builder(Dialects.getDraft202012())
                .keyword(new NonValidationKeyword("x-message")).build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(dialect, b -> b.schemaRegistryConfig(config));
        schema = registry.getSchema(schemaNode);
        schema.initializeValidators();
    }

    /** The schema file exactly as packaged, for GET /api/v1/schema. */
    public byte[] schemaBytes() {
        return schemaBytes.clone();
    }

    public List<Finding> check(JsonNode instance) {
        List<Error> errors = schema.validate(instance);
        List<Finding> out = new ArrayList<>(errors.size());
        for (Error e : errors) {
            out.add(toFinding(e));
        }
        return out;
    }

    private Finding toFinding(Error e) {
        String pointer = pointer(e.getInstanceLocation());
        String keyword = e.getKeyword() == null ? "schema" : e.getKeyword();
        // "required" and "additionalProperties" fail on the object; point at the property itself.
        if (("required".equals(keyword) || "additionalProperties".equals(keyword)) && e.getProperty() != null) {
            pointer = Pointers.child(pointer, e.getProperty());
        }
        String en = e.getMessage();
        String zh = chinese(e, en);
        JsonNode custom = customMessage(e, keyword);
        if (custom != null) {
            zh = custom.path("zh").asString(zh);
            en = custom.path("en").asString(en);
        }
        return Finding.error(pointer, keyword, zh, en);
    }

    private static String pointer(NodePath path) {
        if (path == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            sb.append('/').append(String.valueOf(element).replace("~", "~0").replace("/", "~1"));
        }
        return sb.toString();
    }

    /** The stock message in Chinese, from the validator's own zh_CN bundle and arguments. */
    private static String chinese(Error e, String fallback) {
        if (e.getMessageKey() == null) {
            return fallback;
        }
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.SIMPLIFIED_CHINESE);
            String pattern = bundle.getString(e.getMessageKey());
            return new MessageFormat(pattern, Locale.SIMPLIFIED_CHINESE).format(e.getArguments());
        } catch (MissingResourceException | IllegalArgumentException ex) {
            return fallback;
        }
    }

    /** The x-message for this keyword on the schema node that holds the failing keyword. */
    private JsonNode customMessage(Error e, String keyword) {
        if (e.getSchemaLocation() == null || e.getSchemaLocation().getFragment() == null) {
            return null;
        }
        NodePath fragment = e.getSchemaLocation().getFragment();
        JsonNode node = schemaNode;
        // The fragment ends with the keyword itself; its parent is the schema object.
        for (int i = 0; i < fragment.getNameCount() - 1 && node != null; i++) {
            Object element = fragment.getElement(i);
            node = element instanceof Integer idx ? node.get(idx) : node.get(String.valueOf(element));
        }
        if (node == null) {
            return null;
        }
        JsonNode msg = node.path("x-message").path(keyword);
        return msg.isObject() ? msg : null;
    }
}
