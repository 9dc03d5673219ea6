package org.pulseguard.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.pulseguard.transport.SerialPortDirectory;
import picocli.CommandLine.Command;

/** {@code pulseguard ports}: lists the serial ports the operating system reports. */
@Command(name = "ports", mixinStandardHelpOptions = true,
        description = "List serial ports (pseudo-terminals such as ./laser0 are addressed by path and not listed).")
final class PortsCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        List<SerialPortDirectory.PortInfo> ports = new SerialPortDirectory().list();
        if (ports.isEmpty()) {
            System.out.println("no serial ports found");
        }
        for (SerialPortDirectory.PortInfo p : ports) {
            System.out.printf("%-20s %s (%s)%n", p.systemPath(), p.description(), p.location());
        }
        return ExitStatus.OK.code();
    }
}
