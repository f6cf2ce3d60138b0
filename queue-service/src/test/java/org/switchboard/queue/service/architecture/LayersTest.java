package org.switchboard.queue.service.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The queue service's layers (ADR 27): definitions, routing and timing are pure; the centre knows
 * nothing of HTTP, storage or the file format; the protocol module depends on Jackson only; and the
 * service never uses the desktop's client.
 */
class LayersTest {
  private static final JavaClasses SERVICE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.switchboard.queue");

  private static final String[] OUTER = {
    "org.switchboard.queue.service.api..",
    "org.switchboard.queue.service.store..",
    "org.switchboard.queue.service.config..",
    "io.javalin..",
    "java.sql..",
    "com.fasterxml.jackson.."
  };

  @Test
  void definitionsRoutingAndTimingArePure() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "org.switchboard.queue.service.definitions..",
            "org.switchboard.queue.service.routing..",
            "org.switchboard.queue.service.timing..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(OUTER)
        .because("what a centre is and how it routes do not depend on how it is served or stored")
        .check(SERVICE);
  }

  @Test
  void theCentreKnowsNothingOfHttpStorageOrTheFileFormat() {
    noClasses()
        .that()
        .resideInAPackage("org.switchboard.queue.service.centre..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(OUTER)
        .allowEmptyShould(true)
        .because("the API, the store and the loader adapt to the centre, not the reverse (ADR 27)")
        .check(SERVICE);
  }

  @Test
  void theProtocolDependsOnJacksonOnly() {
    classes()
        .that()
        .resideInAPackage("org.switchboard.queue.protocol..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "java..",
            "com.fasterxml.jackson..",
            "org.jspecify..",
            "org.switchboard.queue.protocol..")
        .because("the wire protocol is shared by service and client and drags nothing along")
        .check(SERVICE);
  }

  @Test
  void theServiceNeverUsesTheDesktopsClient() {
    noClasses()
        .that()
        .resideInAPackage("org.switchboard.queue.service..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.switchboard.queue.client..")
        .because("server and client share queue-protocol, never each other (DESIGN section 2)")
        .check(SERVICE);
  }
}
