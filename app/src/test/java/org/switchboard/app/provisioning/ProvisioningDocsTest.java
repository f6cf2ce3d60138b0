package org.switchboard.app.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.switchboard.app.i18n.Language;
import org.switchboard.app.provisioning.ProvisioningReader.Origin;
import org.switchboard.app.settings.AutoAnswerMode;
import org.switchboard.app.settings.ConnectionSettings;
import org.switchboard.app.settings.CrmKind;
import org.switchboard.app.settings.DesktopSettings;
import org.switchboard.app.settings.SettingsJson;
import org.switchboard.app.settings.SettingsOverlay;
import org.switchboard.app.settings.UpdatePolicy;
import org.switchboard.app.theme.Theme;
import org.switchboard.core.account.DtmfMode;
import org.switchboard.core.account.SipTransport;

/**
 * The documentation cannot go stale: the example is a valid document, and the schema and the guide
 * name exactly the settings the app reads.
 */
class ProvisioningDocsTest {
  private static final Path DOCS = Path.of("..", "docs");
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode schema() throws Exception {
    return JSON.readTree(DOCS.resolve("provisioning.schema.json").toFile());
  }

  private static JsonNode settingsSchema() throws Exception {
    return schema().get("properties").get("settings");
  }

  private static Set<String> schemaFields(JsonNode node, String prefix) {
    Set<String> paths = new LinkedHashSet<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.get("properties").fields();
        it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      JsonNode type = field.getValue().get("type");
      if (type != null && type.asText().equals("object")) {
        paths.addAll(schemaFields(field.getValue(), prefix + field.getKey() + "."));
      } else {
        paths.add(prefix + field.getKey());
      }
    }
    return paths;
  }

  private static List<String> enumAt(String... path) throws Exception {
    JsonNode node = settingsSchema();
    for (String step : path) {
      node = node.get("properties").get(step);
    }
    List<String> names = new ArrayList<>();
    node.get("enum").forEach(n -> names.add(n.asText()));
    return names;
  }

  private static <T extends Enum<T>> List<String> tags(Class<T> type, Function<T, String> tag) {
    return Arrays.stream(type.getEnumConstants()).map(tag).toList();
  }

  @Test
  void theExampleIsAValidDocument() throws Exception {
    Path example = DOCS.resolve("provisioning.example.json");

    ProvisioningDocument document =
        ProvisioningReader.read(
            example.toString(),
            Files.readAllBytes(example),
            Origin.FILE,
            DesktopSettings.defaults());

    assertThat(document.url())
        .isEqualTo(URI.create("https://config.example.com/switchboard/provisioning.json"));
    assertThat(document.locked()).contains("host", "queue", "general.updates");
  }

  @Test
  void theSchemaNamesEverySettingTheAppReadsAndNoOther() throws Exception {
    Set<String> appFields =
        SettingsOverlay.fieldPaths(SettingsJson.write(DesktopSettings.defaults()));

    assertThat(schemaFields(settingsSchema(), "")).isEqualTo(appFields);
    assertThat(settingsSchema().get("additionalProperties").asBoolean()).isFalse();
  }

  @Test
  void theSchemaLocksExactlyWhatTheReaderAccepts() throws Exception {
    List<String> locks = new ArrayList<>();
    schema()
        .get("properties")
        .get("locked")
        .get("items")
        .get("enum")
        .forEach(n -> locks.add(n.asText()));

    assertThat(locks).containsExactlyInAnyOrderElementsOf(ProvisioningReader.lockable());
  }

  @Test
  void theSchemasNamesAreTheAppsNames() throws Exception {
    assertThat(enumAt("transport"))
        .isEqualTo(tags(SipTransport.class, t -> t.name().toLowerCase(Locale.ROOT)));
    assertThat(enumAt("language")).isEqualTo(tags(Language.class, Language::tag));
    assertThat(enumAt("crm", "connector")).isEqualTo(tags(CrmKind.class, CrmKind::tag));
    assertThat(enumAt("appearance", "theme")).isEqualTo(tags(Theme.class, Theme::tag));
    assertThat(enumAt("autoAnswer", "mode"))
        .isEqualTo(tags(AutoAnswerMode.class, AutoAnswerMode::tag));
    assertThat(enumAt("general", "updates")).isEqualTo(tags(UpdatePolicy.class, UpdatePolicy::tag));
    assertThat(enumAt("connection", "dtmf"))
        .isEqualTo(tags(DtmfMode.class, ConnectionSettings::dtmfTag));
  }

  @Test
  void theGuideDescribesEverySetting() throws Exception {
    String guide = Files.readString(DOCS.resolve("provisioning.md"));

    assertThat(ProvisioningReader.lockable())
        .allSatisfy(path -> assertThat(guide).contains("`" + path + "`"));
  }
}
