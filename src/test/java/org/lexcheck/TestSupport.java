package org.lexcheck;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import org.lexcheck.system.Checker;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One checker over the repository's ontology/ and rules/, built once for all tests; JSON for assertions. */
public final class TestSupport {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * The first administrator's password in every Spring test: set as {@code lexcheck.admin-password}
     * in src/test/resources/config/application.properties, which also puts {@code lexcheck.data}
     * (the users) in a fresh folder under target/test-data for each test context.
     */
    public static final String ADMIN_PASSWORD = "test-admin-password";

    /** {@code Authorization} header value for the first administrator (may call every endpoint). */
    public static final String ADMIN = basic("admin", ADMIN_PASSWORD);

    private TestSupport() {}

    /** An HTTP Basic {@code Authorization} header value. */
    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

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
