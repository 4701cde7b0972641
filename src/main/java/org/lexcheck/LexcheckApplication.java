package org.lexcheck;

import java.util.Arrays;
import java.util.List;
import org.lexcheck.cli.Cli;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Entry point of the one executable jar: with no arguments or {@code serve} it starts the REST
 * service; {@code check}, {@code verify} and {@code lint} run the command line without Spring.
 */
@SpringBootApplication
public class LexcheckApplication {

    public static void main(String[] args) {
        List<String> list = Arrays.asList(args);
        if (!list.isEmpty() && Cli.isCommand(list.get(0))) {
            System.exit(Cli.run(list, System.in, System.out, System.err));
        }
        List<String> serveArgs = !list.isEmpty() && list.get(0).equals("serve") ? list.subList(1, list.size()) : list;
        SpringApplication.run(LexcheckApplication.class, springArguments(serveArgs));
    }

    /** {@code --rules DIR} and {@code --ontology DIR} become the properties lexcheck.rules and lexcheck.ontology. */
    static String[] springArguments(List<String> args) {
        java.util.List<String> result = new java.util.ArrayList<>();
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
