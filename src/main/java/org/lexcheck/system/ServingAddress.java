package org.lexcheck.system;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Says once, when the web server listens, where to open the service: {@code lexcheck: serving on
 * http://localhost:8080/} (the port actually bound, so also for {@code --server.port=0}; the host of
 * {@code server.address} when it names one, else localhost; the context path). A management
 * server on a port of its own is not announced. Printed plain on standard output and logged.
 */
@Component
class ServingAddress implements ApplicationListener<WebServerInitializedEvent> {
    private static final Logger LOG = LoggerFactory.getLogger(ServingAddress.class);

    private final Environment environment;

    ServingAddress(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        String namespace = event.getApplicationContext().getServerNamespace();
        if (namespace != null && !namespace.isEmpty()) return;
        String url = url(
                environment.getProperty("server.address", ""),
                event.getWebServer().getPort(),
                environment.getProperty("server.servlet.context-path", ""),
                environment.getProperty("server.ssl.enabled", Boolean.class, false)
                        || environment.containsProperty("server.ssl.bundle"));
        // Plain on standard output for whoever started it (the JSON log escapes the slashes).
        System.out.println("lexcheck: serving on " + url);
        LOG.info("lexcheck: serving on {}", url);
    }

    /** The URL a browser on this host opens. */
    static String url(String address, int port, String contextPath, boolean https) {
        String host = host(address);
        String path = contextPath == null || contextPath.isBlank() || contextPath.equals("/")
                ? "/"
                : (contextPath.startsWith("/") ? contextPath : "/" + contextPath)
                        + (contextPath.endsWith("/") ? "" : "/");
        return (https ? "https" : "http") + "://" + host + ":" + port + path;
    }

    private static String host(String address) {
        if (address == null || address.isBlank()) return "localhost";
        try {
            InetAddress a = InetAddress.getByName(address);
            // 0.0.0.0 or :: listens everywhere, so also on localhost.
            if (a.isAnyLocalAddress()) return "localhost";
        } catch (UnknownHostException e) {
            // Spring would not have bound to it; keep the name as given.
        }
        return address.contains(":") && !address.startsWith("[") ? "[" + address + "]" : address;
    }
}
