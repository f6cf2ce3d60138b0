package org.switchboard.app.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.switchboard.app.architecture.fixture.LeakyViewModel;
import org.switchboard.app.architecture.fixture.SettingsThatNamesTheSipAdapter;

/**
 * Checks the module rules against every module's production classes (the app has test-scope
 * dependencies on all of them), without tests or the testkit.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModuleRulesTest {
  private JavaClasses production = new ClassFileImporter().importClasses();

  @BeforeAll
  void importProduction() {
    production =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(
                location -> !location.contains("/testkit/") && !location.contains("/testkit-"))
            .importPackages("org.switchboard");
  }

  @Test
  void everyModuleIsImported() {
    assertThat(production.stream().map(c -> c.getPackageName()))
        .anyMatch(p -> p.startsWith("org.switchboard.core"))
        .anyMatch(p -> p.startsWith("org.switchboard.sip"))
        .anyMatch(p -> p.startsWith("org.switchboard.audio"))
        .anyMatch(p -> p.startsWith("org.switchboard.keychain"))
        .anyMatch(p -> p.startsWith("org.switchboard.app.boot"))
        .noneMatch(p -> p.startsWith("org.switchboard.testkit"))
        .noneMatch(p -> p.startsWith("org.switchboard.app.architecture"));
  }

  @Test
  void coreDependsOnlyOnTheJdkSlf4jAndJspecify() {
    ModuleRules.CORE_IS_PURE.check(production);
  }

  @Test
  void adaptersDoNotDependOnEachOther() {
    ModuleRules.adaptersAreIndependent().forEach(rule -> rule.check(production));
  }

  @Test
  void onlyTheCompositionRootNamesAdapters() {
    ModuleRules.ONLY_BOOT_NAMES_ADAPTERS.check(production);
  }

  @Test
  void javafxOnlyInTheApp() {
    ModuleRules.JAVAFX_ONLY_IN_APP.check(production);
  }

  @Test
  void viewModelsDoNotTouchTheSceneGraph() {
    ModuleRules.VIEW_MODELS_HAVE_NO_SCENE_GRAPH.check(production);
  }

  @Test
  void provisioningIsPureLogic() {
    ModuleRules.PROVISIONING_HAS_NO_JAVAFX.check(production);
  }

  /** The rules can fail: deliberately bad classes (test scope only) break them, with the reason. */
  @Test
  void theRulesCatchDeliberatelyBadClasses() {
    JavaClasses bad =
        new ClassFileImporter()
            .importClasses(LeakyViewModel.class, SettingsThatNamesTheSipAdapter.class);

    assertFails(ModuleRules.VIEW_MODELS_HAVE_NO_SCENE_GRAPH, bad, "LeakyViewModel", "javafx.scene");
    assertFails(
        ModuleRules.ONLY_BOOT_NAMES_ADAPTERS,
        bad,
        "SettingsThatNamesTheSipAdapter",
        "org.switchboard.sip.SipListenSettings");
  }

  private static void assertFails(ArchRule rule, JavaClasses classes, String... mentions) {
    assertThatThrownBy(() -> rule.check(classes))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("DESIGN.md section")
        .hasMessageContainingAll(mentions);
  }
}
