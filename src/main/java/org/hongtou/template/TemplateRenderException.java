package org.hongtou.template;

/** A template failed while merging: a template bug or data the template did not expect. */
public class TemplateRenderException extends RuntimeException {
    public TemplateRenderException(String template, String message, Throwable cause) {
        super("template " + template + " failed: " + message, cause);
    }
}
