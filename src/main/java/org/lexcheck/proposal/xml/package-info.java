/** JAXB binding of the XML proposal format (namespace {@code urn:lexcheck:proposal:1}). */
@XmlSchema(namespace = "urn:lexcheck:proposal:1", elementFormDefault = XmlNsForm.QUALIFIED)
package org.lexcheck.proposal.xml;

import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
