package org.hongtou.validation;

/** JSON Pointer (RFC 6901) building: ~ and / inside a name are escaped as ~0 and ~1. */
public final class Pointers {

    private Pointers() {
    }

    public static String child(String parent, String name) {
        return parent + "/" + name.replace("~", "~0").replace("/", "~1");
    }

    public static String child(String parent, int index) {
        return parent + "/" + index;
    }
}
