package org.pulseguard.cli;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;

/**
 * Where the device profiles are when the person does not say: {@code device-profiles} in the
 * working directory if there is one, otherwise the one that came with the installation, found from
 * the location of pulseguard's own code ({@code target/pulseguard.jar} or {@code target/classes}
 * -> {@code ../device-profiles}; a jar copied next to a {@code device-profiles} folder -> that
 * folder). So {@code java -jar /path/to/pulseguard.jar demo} works from any directory.
 */
final class ProfilesFolder {
    /** The folder's name in a working directory and an installation. */
    static final String NAME = "device-profiles";

    private ProfilesFolder() {}

    /** The profiles folder for this process. */
    static Path locate() {
        return locate(Path.of("").toAbsolutePath(), installation());
    }

    /**
     * The profiles folder given a working directory and the location of pulseguard's code.
     *
     * @return {@code device-profiles} (relative) when the working directory has one, else the
     *     installation's, else {@code device-profiles} (which then fails naming that path)
     */
    static Path locate(Path workingDirectory, Optional<Path> codeLocation) {
        if (Files.isDirectory(workingDirectory.resolve(NAME))) {
            return Path.of(NAME);
        }
        if (codeLocation.isPresent() && codeLocation.get().getParent() != null) {
            Path folder = codeLocation.get().toAbsolutePath().getParent();
            List<Path> candidates = folder.getParent() == null ? List.of(folder.resolve(NAME))
                    : List.of(folder.resolve(NAME), folder.getParent().resolve(NAME));
            for (Path candidate : candidates) {
                if (Files.isDirectory(candidate)) {
                    return candidate.normalize();
                }
            }
        }
        return Path.of(NAME);
    }

    private static Optional<Path> installation() {
        try {
            var source = ProfilesFolder.class.getProtectionDomain().getCodeSource();
            return source == null ? Optional.empty() : Optional.of(Path.of(source.getLocation().toURI()));
        } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Supplies the located folder as the default of every {@code --profiles} option and of {@code profiles check DIR}. */
    static final class DefaultProvider implements CommandLine.IDefaultValueProvider {
        @Override
        public String defaultValue(CommandLine.Model.ArgSpec argument) {
            boolean profilesOption = argument instanceof CommandLine.Model.OptionSpec option
                    && List.of(option.names()).contains("--profiles");
            boolean checkFolder = argument instanceof CommandLine.Model.PositionalParamSpec positional
                    && "DIR".equals(positional.paramLabel()) && argument.command() != null
                    && "check".equals(argument.command().name());
            return profilesOption || checkFolder ? locate().toString() : null;
        }
    }
}
