package org.pulseguard.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every class under the test source trees that holds tests is picked up by surefire or failsafe.
 * A test class whose name matches neither plugin's includes compiles, looks fine, and never runs
 * (as SafetyGateProperties did): this check turns that into a failing build.
 */
class TestDiscoveryTest {
    private static final Path BASE = Path.of(System.getProperty("basedir", "."));
    private static final List<Path> TEST_ROOTS = List.of(Path.of("src/test/java"), Path.of("simulator/src/test/java"));
    /** Annotations of JUnit Jupiter, jqwik and ArchUnit that make a method a test. */
    private static final Pattern TEST_ANNOTATION = Pattern.compile(
            "^\\s*@(?:org\\.junit\\.jupiter\\.api\\.|net\\.jqwik\\.api\\.)?"
                    + "(Test|ParameterizedTest|RepeatedTest|TestFactory|TestTemplate|Property|Example|ArchTest)\\b",
            Pattern.MULTILINE);
    private static final Pattern ABSTRACT_CLASS = Pattern.compile("^\\s*(public\\s+)?abstract\\s+class\\s", Pattern.MULTILINE);

    @Test
    void everyClassHoldingTests_isRunBySurefireOrFailsafe() throws Exception {
        // Given the includes in effect in pom.xml / When every test source tree is scanned
        List<TestRunnerIncludes> includes = TestRunnerIncludes.inEffect(BASE.resolve("pom.xml"));
        List<String> testClasses = testClassesUnder(BASE, TEST_ROOTS);

        // Then every class holding tests matches surefire's or failsafe's includes
        assertThat(testClasses).as("test classes found").hasSizeGreaterThan(50);
        assertThat(notRun(testClasses, includes))
                .as("classes holding tests that neither surefire nor failsafe runs (name them *Test or *IT)")
                .isEmpty();
    }

    @Test
    void aMisnamedClassHoldingAProperty_isReported(@TempDir Path dir) throws Exception {
        // Given a test tree with a correctly named test class and a jqwik class named *Properties
        Path pkg = Files.createDirectories(dir.resolve("src/test/java/org/example"));
        Files.writeString(pkg.resolve("GateTest.java"), "class GateTest {\n    @Test\n    void a() {}\n}\n");
        Files.writeString(pkg.resolve("GateProperties.java"), "class GateProperties {\n    @Property\n    void p() {}\n}\n");
        Files.writeString(pkg.resolve("Fixture.java"), "/** Mentions @Test in prose only. */\nclass Fixture {}\n");
        Files.writeString(pkg.resolve("Base.java"), "abstract class Base {\n    @Test\n    void shared() {}\n}\n");

        // When it is checked against the default includes
        List<String> found = testClassesUnder(dir, List.of(Path.of("src/test/java")));
        List<String> missed = notRun(found, TestRunnerIncludes.inEffect(BASE.resolve("pom.xml")));

        // Then only the misnamed class is reported
        assertThat(found).containsExactlyInAnyOrder("org/example/GateTest.java", "org/example/GateProperties.java");
        assertThat(missed).containsExactly("org/example/GateProperties.java");
    }

    @Test
    void includes_matchTheirAntPatternsLikeSurefire() {
        TestRunnerIncludes surefire = new TestRunnerIncludes("surefire", TestRunnerIncludes.SUREFIRE_DEFAULTS);
        TestRunnerIncludes failsafe = new TestRunnerIncludes("failsafe", TestRunnerIncludes.FAILSAFE_DEFAULTS);

        assertThat(surefire.matches("a/b/SafetyGateTest.java")).isTrue();
        assertThat(surefire.matches("TestTop.java")).isTrue();
        assertThat(surefire.matches("a/b/SafetyGateProperties.java")).isFalse();
        assertThat(surefire.matches("a/b/ReferenceLaserIT.java")).isFalse();
        assertThat(failsafe.matches("a/b/ReferenceLaserIT.java")).isTrue();
        assertThat(failsafe.matches("a/b/ITest.java")).isTrue();
        assertThat(failsafe.matches("a/b/SplitTest.java")).isFalse();
    }

    /** Source paths, relative to their root, of the non-abstract classes that hold test methods. */
    private static List<String> testClassesUnder(Path base, List<Path> roots) throws IOException {
        List<String> found = new java.util.ArrayList<>();
        for (Path root : roots) {
            Path dir = base.resolve(root);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    String source = Files.readString(file);
                    if (TEST_ANNOTATION.matcher(source).find() && !ABSTRACT_CLASS.matcher(source).find()) {
                        found.add(dir.relativize(file).toString().replace('\\', '/'));
                    }
                }
            }
        }
        return found;
    }

    private static List<String> notRun(List<String> testClasses, List<TestRunnerIncludes> includes) {
        return testClasses.stream().filter(c -> includes.stream().noneMatch(i -> i.matches(c))).sorted().toList();
    }
}
