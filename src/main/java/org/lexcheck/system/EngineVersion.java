package org.lexcheck.system;

/** The version of the lexcheck engine, from the jar manifest ("dev" when run from classes). */
public final class EngineVersion {
    private EngineVersion() {}

    public static String get() {
        String v = EngineVersion.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
