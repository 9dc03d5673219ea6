package org.pulseguard.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.Arrays;
import picocli.CommandLine;

/**
 * Picocli's hooks for failures, for every command: a parse error ({@code --tcp abc}) and an
 * exception from a command both go through {@link FailureReport}, and come out as one line on
 * stderr, plus, when the command was asked for {@code --json}, an error object on stdout
 * ({@code {"error":{"code":..,"exitCode":..,"message":..}}}) so that a script always gets JSON.
 * Stateless.
 */
final class FailureHandler implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The {@code --json} document of a failure. */
    record ErrorDocument(ErrorObject error) {}

    /** The error object: a stable code, the exit code and the one-line message. */
    record ErrorObject(String code, int exitCode, String message) {}

    @Override
    public int handleParseException(CommandLine.ParameterException failure, String[] args) {
        CommandLine commandLine = failure.getCommandLine();
        boolean json = commandLine.getCommandSpec().findOption("--json") != null && Arrays.asList(args).contains("--json");
        return report(FailureReport.of(failure, commandLine), commandLine, json);
    }

    @Override
    public int handleExecutionException(Exception failure, CommandLine commandLine, CommandLine.ParseResult parsed) {
        CommandLine.ParseResult own = commandLine.getParseResult();
        boolean json = own != null && commandLine.getCommandSpec().findOption("--json") != null
                && own.hasMatchedOption("--json");
        return report(FailureReport.of(failure, commandLine), commandLine, json);
    }

    private static int report(FailureReport report, CommandLine commandLine, boolean json) {
        PrintWriter err = commandLine.getErr();
        err.println(commandLine.getCommandSpec().qualifiedName() + ": " + report.message());
        err.flush();
        if (json) {
            PrintWriter out = commandLine.getOut();
            out.println(toJson(new ErrorDocument(new ErrorObject(report.code(), report.status().code(), report.message()))));
            out.flush();
        }
        return report.status().code();
    }

    private static String toJson(ErrorDocument document) {
        try {
            return JSON.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the error object", e);
        }
    }
}
