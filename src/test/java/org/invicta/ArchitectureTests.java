package org.invicta;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Repository;
import org.springframework.web.bind.annotation.RestController;

class ArchitectureTests {

    private final JavaClasses invicta = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.invicta");

    @Test
    void controllersNeverTouchRepositories() {
        noClasses().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
                .or().areMetaAnnotatedWith(RestController.class)
                .should().dependOnClassesThat().areAnnotatedWith(Repository.class)
                .orShould().dependOnClassesThat().resideInAPackage("..persistence..")
                .because("a controller parses, calls one service and renders")
                .check(invicta);
    }

    @Test
    void domainRulesImportNoSpring() {
        noClasses().that().resideInAnyPackage("..domain..", "..chain..", "org.invicta.platform.access")
                .and().doNotHaveSimpleName("RecordAccess")
                .should().dependOnClassesThat().resideInAPackage("org.springframework..")
                .because("rules are plain values in and decisions with reasons out")
                .check(invicta);
    }

    @Test
    void timeComesFromTheInjectedClock() {
        noClasses().should().callMethod(Instant.class, "now")
                .orShould().callMethod(LocalDate.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(ZonedDateTime.class, "now")
                .orShould().callMethod(Clock.class, "systemDefaultZone")
                .orShould().callConstructor(java.util.Date.class)
                .because("tests and benchmarks set the time through the Clock bean")
                .check(invicta);
    }

    @Test
    void sharedValueTypesAreNotBeans() {
        noClasses().that().resideInAPackage("org.invicta.shared..")
                .should().dependOnClassesThat().resideInAPackage("org.springframework..")
                .check(invicta);
    }
}
