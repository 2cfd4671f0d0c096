package dev.akis.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The engine's layering: blocks see only the engine's SPI and data packages; the SPI and data never reach
 * into the engine core; the engine knows nothing of the simulator, the command line or the studio.
 */
class EngineLayersTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.akis");
    }

    @Test
    void blocksDependOnTheEngineSpiNotOnItsCore() {
        noClasses().that().resideInAPackage("dev.akis.blocks..")
                .should().dependOnClassesThat().resideInAPackage("dev.akis.engine")
                .check(classes);
    }

    @Test
    void theSpiMessagesAndTraceStandAlone() {
        noClasses().that().resideInAnyPackage("dev.akis.engine.spi..", "dev.akis.engine.message..", "dev.akis.engine.trace..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.akis.engine", "dev.akis.blocks..", "dev.akis.sim..")
                .check(classes);
    }

    @Test
    void theEngineKnowsNothingOfSimulatorCommandLineOrStudio() {
        noClasses().that().resideInAnyPackage("dev.akis.engine..", "dev.akis.blocks..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.akis.sim..", "dev.akis.cli..", "dev.akis.studio..", "javafx..")
                .check(classes);
    }

    @Test
    void theSimulatorCoreDoesNotDependOnTheCommandLineOrTheStudio() {
        noClasses().that().resideInAPackage("dev.akis.sim..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.akis.cli..", "dev.akis.studio..", "javafx..")
                .check(classes);
    }
}
