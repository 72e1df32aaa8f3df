package nl.dialoog;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;

/**
 * The few rules the module graph alone does not enforce (see STYLE.md). Only main code is checked: tests may use
 * public helpers and test-only controllers.
 */
class ArchitectureTests {

    static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(new ProductionCode())
            .importPackages("nl.dialoog");

    @Test
    void controllersArePackagePrivateSoOnlyTheirModuleSeesThem() {
        // @RestController is meta-annotated with @Controller, so this covers both.
        classes().that().areMetaAnnotatedWith(Controller.class)
                .should().notBePublic()
                .because("a controller is a module's web adapter, not its API")
                .check(MAIN);
    }

    @Test
    void repositoriesInAModulesApiPackageAreNotPublicSoOtherModulesGoThroughTheFacade() {
        // Our JDBC data access classes are called ...Store (EventStore) as often as ...Repository. A store in an
        // internal sub-package (room.live) may be public for its own module's features: ModularityTests already
        // fails when another module reaches into a sub-package that is not part of an API.
        noClasses().that(simpleNameEndingWith("Repository").or(simpleNameEndingWith("Store")))
                .and().resideInAPackage("nl.dialoog.*")
                .should().bePublic()
                .because("other modules reach a module's data through its facade")
                .allowEmptyShould(true)
                .check(MAIN);
    }

    @Test
    void dependenciesAreInjectedThroughConstructorsNotFields() {
        GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION.check(MAIN);
    }

    @Test
    void outcomeAnalysisIsPlainJavaWithoutSpring() {
        // allowEmptyShould: the outcome module does not exist yet; the rule is ready when it arrives.
        noClasses().that().resideInAPackage("nl.dialoog.outcome.analysis..")
                .should().dependOnClassesThat().resideInAPackage("org.springframework..")
                .because("the analysis is tested on published data sets without a Spring context")
                .allowEmptyShould(true)
                .check(MAIN);
    }

    @Test
    void noTypeOutsideAModulesRootPackageIsUsedByAnotherModule() {
        // ModularityTests says the same through Spring Modulith; this rule names the offending class and line, and
        // holds for modules whose package-info declares no allowed dependencies too.
        classes().that().resideInAPackage("nl.dialoog.*.*..")
                .should(beUsedOnlyInsideTheirModule())
                .because("a module's sub-packages are its inside; other modules go through its root package's API")
                .check(MAIN);
    }

    /** The module of a class: the package directly under nl.dialoog. */
    static String moduleOf(JavaClass type) {
        String[] parts = type.getPackageName().split("\\.");
        return parts.length > 2 ? parts[2] : "";
    }

    static ArchCondition<JavaClass> beUsedOnlyInsideTheirModule() {
        return new ArchCondition<>("be used only inside their own module") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                for (Dependency use : type.getDirectDependenciesToSelf()) {
                    JavaClass user = use.getOriginClass();
                    if (user.getPackageName().startsWith("nl.dialoog.") && !moduleOf(user).equals(moduleOf(type))) {
                        events.add(SimpleConditionEvent.violated(use, use.getDescription()));
                    }
                }
            }
        };
    }
}
