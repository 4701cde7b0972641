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
     * Creates (or replaces) a user in the service's store and returns its {@code Authorization}
     * header value: the password is the user's name followed by {@code -password}.
     */
    public static String user(
            org.lexcheck.security.UserStore users,
            org.springframework.security.crypto.password.PasswordEncoder encoder,
            String name,
            org.lexcheck.security.Role role) {
        String password = name + "-password";
        users.save(new org.lexcheck.security.UserAccount(name, role, encoder.encode(password)));
        return basic(name, password);
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

    /** A proposal of {@code n} family-reunification suspensions (NL, 12 months each), which a cumulative limit joins: costly to check. */
    public static String joinedSuspensions(int n) {
        StringBuilder s = new StringBuilder("{\"id\":\"many\",\"jurisdiction\":\"NL\",\"measures\":[");
        for (int i = 0; i < n; i++) {
            if (i > 0) s.append(',');
            s.append("{\"id\":\"m")
                    .append(i)
                    .append(
                            "\",\"type\":\"FR_SUSPENSION\",\"targetGroups\":[\"BENEFICIARY_OF_INTERNATIONAL_PROTECTION\"],\"parameters\":{\"months\":12}}");
        }
        return s.append("]}").toString();
    }
}
