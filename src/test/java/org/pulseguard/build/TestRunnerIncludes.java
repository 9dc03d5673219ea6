package org.pulseguard.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The include patterns that surefire (unit tests) and failsafe (integration tests) apply, read from
 * the project's pom.xml: the {@code <includes>} configured for each plugin, or the plugin's
 * documented defaults when the pom configures none. Matching follows the plugins' rules: Ant-style
 * patterns against the test source's path relative to its source root, or {@code %regex[...]}.
 */
record TestRunnerIncludes(String plugin, List<String> patterns) {

    /** Surefire's default includes (maven-surefire-plugin 3.x, parameter {@code includes}). */
    static final List<String> SUREFIRE_DEFAULTS =
            List.of("**/Test*.java", "**/*Test.java", "**/*Tests.java", "**/*TestCase.java");
    /** Failsafe's default includes (maven-failsafe-plugin 3.x, parameter {@code includes}). */
    static final List<String> FAILSAFE_DEFAULTS = List.of("**/IT*.java", "**/*IT.java", "**/*ITCase.java");

    /** Reads the includes in effect for both plugins from {@code pom}. */
    static List<TestRunnerIncludes> inEffect(Path pom) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = factory.newDocumentBuilder().parse(pom.toFile());
        return List.of(
                new TestRunnerIncludes("maven-surefire-plugin", configured(doc, "maven-surefire-plugin", SUREFIRE_DEFAULTS)),
                new TestRunnerIncludes("maven-failsafe-plugin", configured(doc, "maven-failsafe-plugin", FAILSAFE_DEFAULTS)));
    }

    /** True when this plugin would run the test class in {@code relativeSource} (e.g. {@code a/b/FooTest.java}). */
    boolean matches(String relativeSource) {
        String path = relativeSource.replace('\\', '/');
        for (String pattern : patterns) {
            if (pattern.startsWith("%regex[") && pattern.endsWith("]")) {
                String regex = pattern.substring("%regex[".length(), pattern.length() - 1);
                if (Pattern.matches(regex, path.replaceAll("\\.java$", ".class")) || Pattern.matches(regex, path)) {
                    return true;
                }
            } else if (antPattern(pattern.replaceAll("\\.class$", ".java")).matcher(path).matches()) {
                return true;
            }
        }
        return false;
    }

    private static List<String> configured(Document doc, String artifactId, List<String> defaults) {
        List<String> found = new ArrayList<>();
        NodeList plugins = doc.getElementsByTagName("plugin");
        for (int i = 0; i < plugins.getLength(); i++) {
            Element plugin = (Element) plugins.item(i);
            if (!artifactId.equals(childText(plugin, "artifactId")) || inPluginManagement(plugin)) {
                continue;
            }
            NodeList includes = plugin.getElementsByTagName("include");
            for (int j = 0; j < includes.getLength(); j++) {
                if ("includes".equals(includes.item(j).getParentNode().getNodeName())) {
                    found.add(includes.item(j).getTextContent().trim());
                }
            }
        }
        return found.isEmpty() ? defaults : found;
    }

    private static boolean inPluginManagement(Node node) {
        for (Node n = node.getParentNode(); n != null; n = n.getParentNode()) {
            if ("pluginManagement".equals(n.getNodeName()) || "profile".equals(n.getNodeName())) {
                return true;
            }
        }
        return false;
    }

    private static String childText(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (name.equals(n.getNodeName())) {
                return n.getTextContent().trim();
            }
        }
        return "";
    }

    private static Pattern antPattern(String pattern) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (pattern.startsWith("**/", i)) {
                regex.append("(?:.*/)?");
                i += 2;
            } else if (pattern.startsWith("**", i)) {
                regex.append(".*");
                i += 1;
            } else if (c == '*') {
                regex.append("[^/]*");
            } else if (c == '?') {
                regex.append("[^/]");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }
}
