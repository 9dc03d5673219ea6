package org.pulseguard.cli;

import java.util.Locale;
import java.util.Optional;
import org.pulseguard.device.DeviceException;
import org.pulseguard.simulator.endpoint.EndpointException;
import org.pulseguard.simulator.scenario.ScenarioException;
import org.pulseguard.transport.OpenFailure;
import org.pulseguard.transport.TransportException;
import picocli.CommandLine;

/**
 * The one place where a failure of any command becomes what a person (or a script) is told: one
 * line naming the value and what was expected, a short stable code, and the exit status. No stack
 * trace and no exception class name ever reaches the person; a failure nobody anticipated is an
 * {@link ExitStatus#INTERNAL_ERROR} with its message.
 *
 * @param status the exit status
 * @param code a short stable code for scripts ({@code --json} error objects), for example {@code timeout}
 * @param message one line
 */
record FailureReport(ExitStatus status, String code, String message) {

    /** What {@code failure}, thrown while {@code commandLine} ran, means for the person. */
    static FailureReport of(Throwable failure, CommandLine commandLine) {
        if (failure instanceof CliFailure f) {
            return new FailureReport(f.status(), f.code(), f.getMessage());
        }
        if (failure instanceof CommandLine.ParameterException p) {
            return new FailureReport(ExitStatus.BAD_INPUT, "bad-input", p.getMessage() + " (see '"
                    + p.getCommandLine().getCommandSpec().qualifiedName() + " --help')");
        }
        Optional<TransportException> transport = causeOf(failure, TransportException.class)
                .filter(t -> t.openFailure().isPresent());
        if (transport.isPresent()) {
            OpenFailure why = transport.get().openFailure().orElseThrow();
            return new FailureReport(why.addressIsWrong() ? ExitStatus.BAD_INPUT : ExitStatus.FAILURE, code(why.name()),
                    transport.get().getMessage());
        }
        if (failure instanceof EndpointException e) {
            return switch (e.kind()) {
                case BAD_ADDRESS -> new FailureReport(ExitStatus.BAD_INPUT, "bad-address", e.getMessage());
                case IN_USE -> new FailureReport(ExitStatus.FAILURE, "in-use", e.getMessage());
                case FAILED -> new FailureReport(ExitStatus.FAILURE, "endpoint-failed", e.getMessage());
            };
        }
        if (failure instanceof ScenarioException e) {
            return new FailureReport(ExitStatus.BAD_INPUT, "bad-scenario", "--scenario " + e.getMessage());
        }
        if (failure instanceof DeviceException e) {
            return device(e, commandLine);
        }
        if (failure instanceof org.pulseguard.journal.store.JournalException e) {
            return new FailureReport(ExitStatus.IO_TROUBLE, "journal-" + code(e.reason().name()), text(failure));
        }
        if (failure instanceof IllegalArgumentException) {
            return new FailureReport(ExitStatus.BAD_INPUT, "bad-input", text(failure));
        }
        if (failure instanceof java.io.IOException) {
            return new FailureReport(ExitStatus.FAILURE, "io", text(failure));
        }
        return new FailureReport(ExitStatus.INTERNAL_ERROR, "internal-error", "internal error: " + text(failure)
                + " (please report it)");
    }

    private static FailureReport device(DeviceException e, CommandLine commandLine) {
        String message = e.getMessage();
        boolean silentOrForeign = e.reason() == DeviceException.Reason.TIMEOUT
                || e.reason() == DeviceException.Reason.PROTOCOL_ERROR;
        if (silentOrForeign && commandLine.getCommand() instanceof ProbeCommand probe) {
            message = "the unit on " + probe.port + " did not answer in the " + probe.dialect + " dialect (" + message
                    + "); if it speaks another, try " + probe.otherDialects();
        }
        return new FailureReport(ExitStatus.FAILURE, code(e.reason().name()), message);
    }

    private static String code(String enumName) {
        return enumName.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String text(Throwable failure) {
        return failure.getMessage() == null ? "no detail" : failure.getMessage();
    }

    private static <T extends Throwable> Optional<T> causeOf(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return Optional.empty();
    }
}
