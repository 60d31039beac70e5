package org.placemap;

import java.lang.reflect.InvocationTargetException;

/**
 * The jar's entry point, compiled for Java 17 (not 25 like the rest), so that on a Java that is too old
 * it can still run and say so in one line instead of an {@code UnsupportedClassVersionError} stack
 * trace. On Java 25 or newer it hands over to {@code Application.main} at once.
 */
public final class Launcher {
    static final int REQUIRED = 25;

    private Launcher() {}

    public static void main(String[] args) throws Throwable {
        int version = Runtime.version().feature();
        if (version < REQUIRED) {
            System.err.println("placemap needs Java " + REQUIRED + " or newer; this is Java " + version + " ("
                    + System.getProperty("java.home") + "). Run it with a newer java, e.g. "
                    + "/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar target/placemap.jar, or set JAVA_HOME.");
            System.exit(1);
        }
        try {
            Class.forName("org.placemap.Application").getMethod("main", String[].class).invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
