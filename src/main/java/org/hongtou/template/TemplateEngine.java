package org.hongtou.template;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.XMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.hongtou.model.Report;

/**
 * Merges a report into a template and returns 公文 markup. Templates live in a folder on disk
 * (the top-level templates/ by default, configurable) and fall back to the copies packaged in
 * the jar, so a deployment can change or add a template without a rebuild.
 *
 * <p>Everything from the report is XML-escaped by FreeMarker's XML output format: user text is
 * data, never markup and never template code.
 */
public final class TemplateEngine {

    /** Template files are named {@code <name>.ftl}; files under lib/ are macros, not templates. */
    public static final String SUFFIX = ".ftl";
    private static final String CLASSPATH_ROOT = "/templates";

    private final Configuration config;
    private final Path folder;
    private final TemplateHelpers helpers = new TemplateHelpers();

    public TemplateEngine(Path folder) {
        this.folder = folder;
        config = new Configuration(Configuration.VERSION_2_3_34);
        config.setDefaultEncoding("UTF-8");
        config.setOutputFormat(XMLOutputFormat.INSTANCE);
        config.setRecognizeStandardFileExtensions(false);
        config.setNumberFormat("c");
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
        config.setWrapUncheckedExceptions(true);
        config.setFallbackOnNullLoopVariable(false);
        config.setAPIBuiltinEnabled(false);
        config.setNewBuiltinClassResolver(freemarker.core.TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        List<TemplateLoader> loaders = new ArrayList<>();
        if (folder != null && Files.isDirectory(folder)) {
            try {
                loaders.add(new FileTemplateLoader(folder.toFile()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        loaders.add(new ClassTemplateLoader(TemplateEngine.class, CLASSPATH_ROOT));
        config.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
    }

    /** Markup for the report, from the template it names. */
    public String render(Report report) {
        Template template = load(report.template());
        StringWriter out = new StringWriter(16 * 1024);
        try {
            template.process(Map.of("report", report, "cn", helpers), out);
        } catch (TemplateException e) {
            throw new TemplateRenderException(report.template(), e.getMessageWithoutStackTop(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    public boolean exists(String name) {
        try {
            load(name);
            return true;
        } catch (org.hongtou.template.TemplateNotFoundException e) {
            return false;
        }
    }

    private Template load(String name) {
        if (!name.matches("[a-z0-9][a-z0-9-]{0,63}")) {
            throw new org.hongtou.template.TemplateNotFoundException(name);
        }
        try {
            return config.getTemplate(name + SUFFIX);
        } catch (TemplateNotFoundException e) {
            throw new org.hongtou.template.TemplateNotFoundException(name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Names of the templates in the configured folder and in the jar, sorted. */
    public List<String> names() {
        TreeSet<String> names = new TreeSet<>(TemplateCatalog.packaged());
        if (folder != null && Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                files.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(SUFFIX))
                        .map(f -> f.substring(0, f.length() - SUFFIX.length())).forEach(names::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return List.copyOf(names);
    }
}
