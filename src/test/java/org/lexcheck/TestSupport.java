package org.lexcheck;

import java.nio.file.Path;
import org.lexcheck.system.Checker;

/** One checker over the repository's ontology/ and rules/, built once for all tests. */
public final class TestSupport {
    private static Checker checker;

    private TestSupport() {}

    public static synchronized Checker checker() {
        if (checker == null) checker = Checker.load(Path.of("ontology"), Path.of("rules"));
        return checker;
    }
}
