package org.switchboard.installers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Adds the {@code sip:}, {@code sips:}, {@code tel:} and {@code callto:} handlers to the WiX
 * project jpackage generates for the Windows installer ({@code main.wxs}), which has no option for
 * URL protocols. The installer then registers them machine-wide and removes them on uninstall:
 *
 * <ul>
 *   <li>{@code HKLM\Software\Classes\<scheme>}: the classic URL protocol key (a {@code URL
 *       Protocol} value and {@code shell\open\command} running the launcher with the URI);
 *   <li>{@code HKLM\Software\Switchboard\Capabilities} and {@code RegisteredApplications}: so that
 *       Windows 10 and later list Switchboard under "Default apps → Choose defaults by link type",
 *       where a user or IT policy picks it when another program (e.g. Teams) owns the scheme.
 * </ul>
 *
 * <p>Run on the Windows runner between jpackage's two passes: {@code java WixUriHandlers.java
 * <main.wxs in> <main.wxs out>} (see .github/workflows/installers.yml). Adding twice changes
 * nothing.
 */
public final class WixUriHandlers {
  static final String NAMESPACE = "http://schemas.microsoft.com/wix/2006/wi";
  static final String COMPONENT_ID = "SwitchboardUriHandlers";

  /** Fixed so that upgrades recognise the component. */
  static final String COMPONENT_GUID = "{3B9D3C7A-5E2F-4F0B-9B7E-1C4A6D2E8F11}";

  static final List<String> SCHEMES = List.of("sip", "sips", "tel", "callto");
  private static final String COMMAND = "\"[INSTALLDIR]Switchboard.exe\" \"%1\"";
  private static final String ICON = "[INSTALLDIR]Switchboard.exe,0";

  private WixUriHandlers() {}

  /** {@code WixUriHandlers <in> <out>}: exit 0 when written, 1 on an error (printed). */
  public static void main(String[] args) {
    if (args.length != 2) {
      System.err.println("usage: WixUriHandlers <main.wxs> <patched main.wxs>");
      System.exit(2);
      return;
    }
    try {
      Files.writeString(Path.of(args[1]), addTo(Files.readString(Path.of(args[0]))));
    } catch (IOException | IllegalArgumentException e) {
      System.err.println("WixUriHandlers: " + e.getMessage());
      System.exit(1);
    }
  }

  /**
   * {@code wxs} with the handlers' component added to its product and its first feature.
   *
   * @throws IllegalArgumentException when it is not a WiX project with a product and a feature
   *     (jpackage's template changed: review this tool)
   */
  public static String addTo(String wxs) {
    Document doc = parse(wxs);
    Element product = first(doc.getDocumentElement(), "Product");
    if (product == null) {
      throw new IllegalArgumentException("no <Product> in the WiX project");
    }
    Element feature = first(product, "Feature");
    if (feature == null) {
      throw new IllegalArgumentException("no <Feature> in the WiX project's <Product>");
    }
    if (!hasComponent(doc)) {
      Element directory = element(doc, "DirectoryRef", "Id", "TARGETDIR");
      directory.appendChild(component(doc));
      product.appendChild(directory);
      feature.appendChild(element(doc, "ComponentRef", "Id", COMPONENT_ID));
    }
    return write(doc);
  }

  private static Element component(Document doc) {
    Element component = element(doc, "Component", "Id", COMPONENT_ID);
    component.setAttribute("Guid", COMPONENT_GUID);
    Element app = key(doc, "Software\\Switchboard");
    app.appendChild(value(doc, "", "Switchboard", true));
    Element capabilities = key(doc, "Software\\Switchboard\\Capabilities");
    capabilities.appendChild(value(doc, "ApplicationName", "Switchboard", false));
    capabilities.appendChild(
        value(doc, "ApplicationDescription", "Contact-centre agent softphone", false));
    Element associations = key(doc, "Software\\Switchboard\\Capabilities\\URLAssociations");
    Element registered = key(doc, "Software\\RegisteredApplications");
    registered.appendChild(value(doc, "Switchboard", "Software\\Switchboard\\Capabilities", false));
    component.appendChild(app);
    component.appendChild(capabilities);
    component.appendChild(associations);
    component.appendChild(registered);
    component.appendChild(handler(doc, "Software\\Classes\\Switchboard.Url", "Switchboard link"));
    for (String scheme : SCHEMES) {
      associations.appendChild(value(doc, scheme, "Switchboard.Url", false));
      Element protocol =
          handler(doc, "Software\\Classes\\" + scheme, "URL:" + scheme + " (Switchboard)");
      protocol.appendChild(value(doc, "URL Protocol", "", false));
      component.appendChild(protocol);
    }
    return component;
  }

  /** A key whose default value names it and whose open command runs the launcher. */
  private static Element handler(Document doc, String path, String description) {
    Element key = key(doc, path);
    key.appendChild(value(doc, "", description, false));
    Element icon = element(doc, "RegistryKey", "Key", "DefaultIcon");
    icon.appendChild(value(doc, "", ICON, false));
    Element command = element(doc, "RegistryKey", "Key", "shell\\open\\command");
    command.appendChild(value(doc, "", COMMAND, false));
    key.appendChild(icon);
    key.appendChild(command);
    return key;
  }

  /**
   * A key under HKLM. Keys that are ours alone go entirely on uninstall; in shared ones (a scheme
   * another program may also claim, RegisteredApplications) only the values we wrote go.
   */
  private static Element key(Document doc, String path) {
    Element key = element(doc, "RegistryKey", "Root", "HKLM");
    key.setAttribute("Key", path);
    if (path.startsWith("Software\\Switchboard") || path.endsWith("Switchboard.Url")) {
      key.setAttribute("ForceDeleteOnUninstall", "yes");
    }
    return key;
  }

  private static Element value(Document doc, String name, String data, boolean keyPath) {
    Element value = element(doc, "RegistryValue", "Type", "string");
    if (!name.isEmpty()) {
      value.setAttribute("Name", name);
    }
    value.setAttribute("Value", data);
    if (keyPath) {
      value.setAttribute("KeyPath", "yes");
    }
    return value;
  }

  private static Element element(Document doc, String name, String attribute, String value) {
    Element e = doc.createElementNS(NAMESPACE, name);
    e.setAttribute(attribute, value);
    return e;
  }

  private static boolean hasComponent(Document doc) {
    NodeList components = doc.getElementsByTagNameNS(NAMESPACE, "Component");
    for (int i = 0; i < components.getLength(); i++) {
      if (COMPONENT_ID.equals(((Element) components.item(i)).getAttribute("Id"))) {
        return true;
      }
    }
    return false;
  }

  private static @Nullable Element first(Element parent, String name) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element && NAMESPACE.equals(n.getNamespaceURI())) {
        Element e = (Element) n;
        if (name.equals(e.getLocalName())) {
          return e;
        }
      }
    }
    return null;
  }

  private static Document parse(String wxs) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      DocumentBuilder builder = factory.newDocumentBuilder();
      return builder.parse(new org.xml.sax.InputSource(new java.io.StringReader(wxs)));
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new IllegalArgumentException("not a readable WiX project: " + e.getMessage(), e);
    }
  }

  private static String write(Document doc) {
    try {
      Transformer transformer = TransformerFactory.newInstance().newTransformer();
      transformer.setOutputProperty(OutputKeys.INDENT, "yes");
      java.io.StringWriter out = new java.io.StringWriter();
      transformer.transform(new DOMSource(doc), new StreamResult(out));
      return out.toString();
    } catch (TransformerException e) {
      throw new IllegalArgumentException("cannot write the WiX project: " + e.getMessage(), e);
    }
  }
}
