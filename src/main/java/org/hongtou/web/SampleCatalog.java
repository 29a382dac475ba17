package org.hongtou.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sample reports the preview page offers as starting points: every {@code *.json} in the
 * top-level {@code samples/} folder, packaged into the jar. The location is configurable so a
 * deployment can offer its own townships' last-year reports instead.
 */
@Component
public class SampleCatalog {

    /** A sample's name is its file name without .json; nothing else may reach the file system. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    private final String location;
    private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    private final JsonMapper json = JsonMapper.builder().build();

    public SampleCatalog(@Value("${hongtou.samples.location:classpath:samples/}") String location) {
        this.location = location.endsWith("/") ? location : location + "/";
    }

    /** What the page lists: the name to ask for, and enough to label it for a person. */
    public record SampleInfo(String name, String authority, Integer year, String title) {
    }

    /** All samples, sorted by name so the list is the same on every call and machine. */
    public List<SampleInfo> list() {
        List<SampleInfo> out = new ArrayList<>();
        for (Resource r : resources()) {
            String file = r.getFilename();
            if (file == null || !file.endsWith(".json")) {
                continue;
            }
            String name = file.substring(0, file.length() - ".json".length());
            if (!NAME.matcher(name).matches() || out.stream().anyMatch(i -> i.name().equals(name))) {
                continue;
            }
            out.add(describe(name, r));
        }
        out.sort(Comparator.comparing(SampleInfo::name));
        return out;
    }

    /** The sample's JSON exactly as stored, or empty when there is no such sample. */
    public Optional<byte[]> read(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        Resource r = resolver.getResource(location + name + ".json");
        if (!r.exists()) {
            return Optional.empty();
        }
        try (InputStream in = r.getInputStream()) {
            return Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read sample " + name, e);
        }
    }

    private Resource[] resources() {
        try {
            // classpath*: looks in every classpath root: a test-resources samples/ folder (say, of
            // .txt originals) must not hide the packaged one.
            String pattern = location.startsWith("classpath:")
                    ? "classpath*:" + location.substring("classpath:".length()) : location;
            return resolver.getResources(pattern + "*.json");
        } catch (IOException e) {
            // A missing folder is an empty catalogue, not a broken page.
            return new Resource[0];
        }
    }

    private SampleInfo describe(String name, Resource r) {
        try (InputStream in = r.getInputStream()) {
            JsonNode node = json.readTree(in);
            return new SampleInfo(name, text(node, "authority"),
                    node.path("year").isNumber() ? node.path("year").asInt() : null, text(node, "title"));
        } catch (IOException | RuntimeException e) {
            // A sample that does not parse is still listed: the page shows the parse error on load.
            return new SampleInfo(name, null, null, null);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isString() ? v.asString() : null;
    }
}
