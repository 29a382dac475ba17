package org.hongtou.template;

/** The report names a template that does not exist. */
public class TemplateNotFoundException extends RuntimeException {
    private final String name;

    public TemplateNotFoundException(String name) {
        super("unknown template: " + name);
        this.name = name;
    }

    public String name() {
        return name;
    }
}
