/** JAXB binding of the XML report format (namespace {@code urn:lexcheck:report:1}): the JSON tree as XML. */
@XmlSchema(namespace = "urn:lexcheck:report:1", elementFormDefault = XmlNsForm.QUALIFIED)
package org.lexcheck.report.xml;

import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
