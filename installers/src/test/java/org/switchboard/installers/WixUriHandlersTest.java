package org.switchboard.installers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class WixUriHandlersTest {
  private static String fixture() throws IOException {
    try (InputStream in = WixUriHandlersTest.class.getResourceAsStream("/jpackage-like-main.wxs")) {
      return new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
  }

  private static List<Element> all(Document doc, String xpath) throws Exception {
    XPath x = XPathFactory.newInstance().newXPath();
    NodeList nodes = (NodeList) x.evaluate(xpath, doc, XPathConstants.NODESET);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add((Element) nodes.item(i));
    }
    return out;
  }

  @Test
  void eachSchemeGetsAUrlProtocolKeyThatOpensTheLauncherWithTheUri() throws Exception {
    Document doc = parse(WixUriHandlers.addTo(fixture()));
    for (String scheme : List.of("sip", "sips", "tel", "callto")) {
      List<Element> keys =
          all(doc, "//RegistryKey[@Root='HKLM' and @Key='Software\\Classes\\" + scheme + "']");
      assertThat(keys).as(scheme).hasSize(1);
      Element key = keys.get(0);
      assertThat(
              all(
                  doc,
                  "//RegistryKey[@Key='Software\\Classes\\"
                      + scheme
                      + "']"
                      + "/RegistryValue[@Name='URL Protocol' and @Value='']"))
          .as(scheme + " URL Protocol")
          .hasSize(1);
      List<Element> command =
          all(
              doc,
              "//RegistryKey[@Key='Software\\Classes\\"
                  + scheme
                  + "']"
                  + "/RegistryKey[@Key='shell\\open\\command']/RegistryValue");
      assertThat(command).hasSize(1);
      assertThat(command.get(0).getAttribute("Value"))
          .isEqualTo("\"[INSTALLDIR]Switchboard.exe\" \"%1\"");
      // Another program may own the scheme too: only our values go on uninstall.
      assertThat(key.hasAttribute("ForceDeleteOnUninstall")).isFalse();
    }
  }

  @Test
  void switchboardIsListedAmongTheDefaultAppsForEachScheme() throws Exception {
    Document doc = parse(WixUriHandlers.addTo(fixture()));
    List<Element> associations =
        all(
            doc,
            "//RegistryKey[@Key='Software\\Switchboard\\Capabilities\\URLAssociations']"
                + "/RegistryValue");
    assertThat(associations)
        .extracting(e -> e.getAttribute("Name"))
        .containsExactly("sip", "sips", "tel", "callto");
    assertThat(associations).allMatch(e -> e.getAttribute("Value").equals("Switchboard.Url"));
    List<Element> registered = all(doc, "//RegistryKey[@Key='Software\\RegisteredApplications']");
    assertThat(registered).hasSize(1);
    assertThat(registered.get(0).hasAttribute("ForceDeleteOnUninstall"))
        .as("RegisteredApplications is shared by every program")
        .isFalse();
  }

  @Test
  void theComponentIsInstalledByTheDefaultFeatureWithOneKeyPath() throws Exception {
    Document doc = parse(WixUriHandlers.addTo(fixture()));
    assertThat(all(doc, "//Feature[@Id='DefaultFeature']/ComponentRef"))
        .extracting(e -> e.getAttribute("Id"))
        .containsExactly(WixUriHandlers.COMPONENT_ID);
    assertThat(all(doc, "//Product/DirectoryRef[@Id='TARGETDIR']/Component"))
        .singleElement()
        .satisfies(
            c -> assertThat(c.getAttribute("Guid")).isEqualTo(WixUriHandlers.COMPONENT_GUID));
    assertThat(all(doc, "//Component//RegistryValue[@KeyPath='yes']")).hasSize(1);
    assertThat(all(doc, "//Feature/ComponentGroupRef")).hasSize(2);
  }

  @Test
  void jpackagesPreprocessorInstructionsSurvive() throws Exception {
    assertThat(WixUriHandlers.addTo(fixture()))
        .contains("<?include $(var.JpConfigDir)/overrides.wxi ?>")
        .contains("$(var.JpProductCode)");
  }

  @Test
  void addingTwiceChangesNothing() throws Exception {
    String once = WixUriHandlers.addTo(fixture());
    Document twice = parse(WixUriHandlers.addTo(once));
    assertThat(all(twice, "//Component[@Id='" + WixUriHandlers.COMPONENT_ID + "']")).hasSize(1);
    assertThat(all(twice, "//Feature/ComponentRef")).hasSize(1);
  }

  @Test
  void aProjectWithoutAFeatureIsRefusedWithAReason() {
    String noFeature =
        "<Wix xmlns=\"http://schemas.microsoft.com/wix/2006/wi\"><Product Id=\"x\"/></Wix>";
    assertThatThrownBy(() -> WixUriHandlers.addTo(noFeature))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("<Feature>");
    assertThatThrownBy(() -> WixUriHandlers.addTo("not xml"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a readable WiX project");
  }
}
