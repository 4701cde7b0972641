package org.lexcheck.api;

import org.springframework.boot.web.server.MimeMappings;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.servlet.ConfigurableServletWebServerFactory;
import org.springframework.stereotype.Component;

/**
 * Serves the published documents with their media types: {@code /openapi.yaml} as
 * application/yaml and the schemas under {@code /schema/} as application/xml. The servlet
 * container knows neither extension and would answer application/octet-stream.
 */
@Component
class StaticDocumentTypes implements WebServerFactoryCustomizer<ConfigurableServletWebServerFactory> {

    @Override
    public void customize(ConfigurableServletWebServerFactory factory) {
        MimeMappings mappings = new MimeMappings();
        mappings.add("yaml", "application/yaml");
        mappings.add("xsd", "application/xml");
        factory.addMimeMappings(mappings);
    }
}
