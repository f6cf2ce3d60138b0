package org.switchboard.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/** The module rules of DESIGN.md section 2, as ArchUnit rules. */
final class ModuleRules {
  static final String[] ADAPTERS = {
    "org.switchboard.sip..",
    "org.switchboard.audio..",
    "org.switchboard.crm..",
    "org.switchboard.keychain..",
    "org.switchboard.queue.client.."
  };

  private ModuleRules() {}

  static final ArchRule CORE_IS_PURE =
      classes()
          .that()
          .resideInAPackage("org.switchboard.core..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("java..", "org.slf4j..", "org.jspecify..", "org.switchboard.core..")
          .because(
              "core holds the domain and its ports and may depend only on the JDK, the SLF4J API"
                  + " and JSpecify (DESIGN.md section 2)");

  /** One rule per adapter: it depends on no other adapter. */
  static List<ArchRule> adaptersAreIndependent() {
    return java.util.Arrays.stream(ADAPTERS)
        .map(
            adapter ->
                noClasses()
                    .that()
                    .resideInAPackage(adapter)
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(others(adapter))
                    .allowEmptyShould(true)
                    .because("adapters never depend on each other (DESIGN.md section 2)"))
        .toList();
  }

  static final ArchRule ONLY_BOOT_NAMES_ADAPTERS =
      noClasses()
          .that()
          .resideInAPackage("org.switchboard.app..")
          .and()
          .resideOutsideOfPackage("org.switchboard.app.boot..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(ADAPTERS)
          .because(
              "only the app's composition root (org.switchboard.app.boot) names adapter classes"
                  + " (DESIGN.md section 2)");

  static final ArchRule JAVAFX_ONLY_IN_APP =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.switchboard.app..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("javafx..")
          .because("JavaFX appears only in the app module (DESIGN.md section 2)");

  static final ArchRule VIEW_MODELS_HAVE_NO_SCENE_GRAPH =
      noClasses()
          .that()
          .haveSimpleNameEndingWith("ViewModel")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("javafx.scene..")
          .allowEmptyShould(true)
          .because(
              "view models decide and views bind: a view model uses javafx.beans only, so it is"
                  + " tested without a toolkit (DESIGN.md sections 2 and 4, STYLE.md)");

  static final ArchRule PROVISIONING_HAS_NO_JAVAFX =
      noClasses()
          .that()
          .resideInAPackage("org.switchboard.app.provisioning..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("javafx..")
          .because(
              "central configuration is read before any screen exists, off the JavaFX thread,"
                  + " and is tested without a toolkit (ADR 14)");

  private static String[] others(String adapter) {
    return java.util.Arrays.stream(ADAPTERS).filter(a -> !a.equals(adapter)).toArray(String[]::new);
  }
}
