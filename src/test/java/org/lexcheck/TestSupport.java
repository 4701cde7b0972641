package org.lexcheck;

import java.nio.file.Path;
import org.lexcheck.system.Checker;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One checker over the repository's ontology/ and rules/, built once for all tests; JSON for assertions. */
public final class TestSupport {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private TestSupport() {}

    /**
     * The checker over the real law. {@link Checker#load} reuses the version this JVM already
     * built from the same content, so the CLI and the service in the same test JVM share it.
     */
    public static Checker checker() {
        return Checker.load(Path.of("ontology"), Path.of("rules"));
    }

    /** Parses JSON output for assertions by path ({@code json(out).at("/summary/verdict")}), never by its layout. */
    public static JsonNode json(String text) {
        return JSON.readTree(text);
    }
}
