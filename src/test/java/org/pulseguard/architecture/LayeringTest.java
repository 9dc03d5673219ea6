package org.pulseguard.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layers of docs/architecture.md, one direction: transport -> protocol -> device ->
 * profile -> safety -> session -> journal/audit -> service (pulseguard serve) -> cli; the simulator is a device of its own, beside
 * the controller, sharing only transport and protocol. Only transport (and the simulator's byte endpoints)
 * touch jSerialComm.
 */
class LayeringTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        // Not Predefined.DO_NOT_INCLUDE_TESTS: it only knows target/test-classes, and builds may use
        // another directory (-Dpulseguard.build.dir).
        ImportOption mainOnly = location -> !location.contains("/test-classes/");
        classes = new ClassFileImporter().withImportOption(mainOnly).importPackages("org.pulseguard");
    }

    @Test
    void onlyTransport_usesJSerialComm() {
        noClasses().that().resideOutsideOfPackages("org.pulseguard.transport..", "org.pulseguard.simulator..")
                .should().dependOnClassesThat().resideInAPackage("com.fazecast..")
                .check(classes);
    }

    @Test
    void protocol_doesNoIoAndKnowsNoDevice() {
        noClasses().that().resideInAPackage("org.pulseguard.protocol..")
                .should().dependOnClassesThat().resideInAnyPackage("org.pulseguard.transport..", "org.pulseguard.device..",
                        "org.pulseguard.simulator..", "org.pulseguard.cli..", "java.net..", "java.nio.file..",
                        "java.nio.channels..")
                .check(classes);
        noClasses().that().resideInAPackage("org.pulseguard.protocol..")
                .should().dependOnClassesThat()
                .haveNameMatching("java\\.io\\.(File.*|Random.*|Piped.*|InputStream|OutputStream|Reader|Writer)")
                .check(classes);
    }

    @Test
    void transport_knowsOnlyBytes() {
        noClasses().that().resideInAPackage("org.pulseguard.transport..")
                .should().dependOnClassesThat().resideInAnyPackage("org.pulseguard.protocol..", "org.pulseguard.device..",
                        "org.pulseguard.simulator..", "org.pulseguard.cli..")
                .check(classes);
    }

    @Test
    void device_knowsNothingAbove() {
        noClasses().that().resideInAPackage("org.pulseguard.device..")
                .should().dependOnClassesThat().resideInAnyPackage("org.pulseguard.simulator..", "org.pulseguard.cli..",
                        "org.pulseguard.safety..", "org.pulseguard.session..", "org.pulseguard.journal..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void nothingBelowTheProfiles_knowsProfilesSafetyOrSessions() {
        noClasses().that().resideInAnyPackage("org.pulseguard.transport..", "org.pulseguard.protocol..",
                        "org.pulseguard.device..", "org.pulseguard.quantity..")
                .should().dependOnClassesThat().resideInAnyPackage("org.pulseguard.profile..", "org.pulseguard.safety..",
                        "org.pulseguard.session..")
                .check(classes);
    }

    @Test
    void profile_thenSafety_thenSession_inOneDirection() {
        noClasses().that().resideInAPackage("org.pulseguard.profile..")
                .should().dependOnClassesThat().resideInAnyPackage("org.pulseguard.safety..", "org.pulseguard.session..")
                .check(classes);
        noClasses().that().resideInAPackage("org.pulseguard.safety..")
                .should().dependOnClassesThat().resideInAPackage("org.pulseguard.session..")
                .check(classes);
    }

    @Test
    void simulator_isADeviceNotAClient_neverImportsTheDriversOrTheSupervisor() {
        noClasses().that().resideInAPackage("org.pulseguard.simulator..")
                .should().dependOnClassesThat().resideInAnyPackage("org.pulseguard.device..", "org.pulseguard.session..")
                .check(classes);
    }

    @Test
    void controller_neverDependsOnTheSimulator_exceptTheCli() {
        noClasses().that().resideOutsideOfPackages("org.pulseguard.simulator..", "org.pulseguard.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.pulseguard.simulator..")
                .check(classes);
    }

    @Test
    void journalAndAudit_sitAboveTheSupervisor_nothingBelowKnowsThem() {
        noClasses().that().resideInAnyPackage("org.pulseguard.transport..", "org.pulseguard.protocol..",
                        "org.pulseguard.device..", "org.pulseguard.profile..", "org.pulseguard.safety..", "org.pulseguard.session..",
                        "org.pulseguard.simulator..")
                .should().dependOnClassesThat().resideInAnyPackage("org.pulseguard.journal..", "org.pulseguard.audit..")
                .check(classes);
        noClasses().that().resideInAPackage("org.pulseguard.journal..")
                .should().dependOnClassesThat().resideInAnyPackage("org.pulseguard.audit..", "org.pulseguard.cli..")
                .check(classes);
    }

    @Test
    void service_sitsAboveTheJournal_onlyTheCliKnowsIt() {
        noClasses().that().resideOutsideOfPackages("org.pulseguard.service..", "org.pulseguard.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.pulseguard.service..")
                .check(classes);
        noClasses().that().resideInAPackage("org.pulseguard.service..")
                .should().dependOnClassesThat().resideInAnyPackage("org.pulseguard.cli..", "org.pulseguard.simulator..",
                        "org.pulseguard.audit..")
                .check(classes);
    }

    @Test
    void access_decidesWhoMayDoWhat_knowingNothingOfLasersOrHttp() {
        noClasses().that().resideInAPackage("org.pulseguard.access..")
                .should().dependOnClassesThat().resideInAnyPackage("org.pulseguard.transport..", "org.pulseguard.protocol..",
                        "org.pulseguard.device..", "org.pulseguard.session..", "org.pulseguard.journal..", "org.pulseguard.audit..",
                        "org.pulseguard.service..", "org.pulseguard.cli..", "io.javalin..", "org.eclipse.jetty..")
                .check(classes);
        noClasses().that().resideInAnyPackage("org.pulseguard.transport..", "org.pulseguard.protocol..", "org.pulseguard.device..",
                        "org.pulseguard.safety..", "org.pulseguard.session..", "org.pulseguard.journal..", "org.pulseguard.audit..")
                .should().dependOnClassesThat().resideInAPackage("org.pulseguard.access..")
                .check(classes);
    }

    @Test
    void onlyTheService_speaksHttp() {
        noClasses().that().resideOutsideOfPackage("org.pulseguard.service..")
                .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "org.eclipse.jetty..", "jakarta.servlet..")
                .check(classes);
    }
}
