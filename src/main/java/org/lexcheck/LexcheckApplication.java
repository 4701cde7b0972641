package org.lexcheck;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.lexcheck.cli.Cli;
import org.lexcheck.knowledge.KnowledgeException;
import org.lexcheck.rules.RuleBuildException;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Entry point of the one executable jar: {@code serve} starts the REST service; every other
 * argument goes to the command line, which runs without Spring.
 */
@SpringBootApplication
public class LexcheckApplication {

    public static void main(String[] args) {
        List<String> list = Arrays.asList(args);
        // Only the explicit word starts the server: a mistyped command must not open a port and block.
        if (!Cli.startsServer(list)) System.exit(Cli.run(list, System.in, System.out, System.err));
        try {
            SpringApplication.run(LexcheckApplication.class, springArguments(list.subList(1, list.size())));
        } catch (RuntimeException e) {
            System.exit(startFailed(e, System.err));
        }
    }

    /**
     * A start that failed: when on the law (an ontology or rule file missing or invalid), its
     * problems on standard error as the command line prints them, exit 2 as the command line does;
     * any other failure (Spring logged it) exit 1. Nothing listens by then: the port is opened last.
     */
    static int startFailed(Throwable failure, PrintStream err) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof KnowledgeException || t instanceof RuleBuildException) {
                err.println("lexcheck: not started: " + t.getMessage());
                return 2;
            }
        }
        err.println("lexcheck: not started (the log above says why)");
        return 1;
    }

    /** {@code --rules DIR} and {@code --ontology DIR} become the properties lexcheck.rules and lexcheck.ontology. */
    static String[] springArguments(List<String> args) {
        List<String> result = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if ((a.equals("--rules") || a.equals("--ontology")) && i + 1 < args.size()) {
                result.add("--lexcheck." + a.substring(2) + "=" + args.get(++i));
            } else {
                result.add(a);
            }
        }
        return result.toArray(String[]::new);
    }
}
