package org.pulseguard.transport;

import com.fazecast.jSerialComm.SerialPort;
import java.util.ArrayList;
import java.util.List;

/**
 * Lists the serial ports the operating system reports. Pseudo-terminals and links such as
 * {@code ./laser0} are not listed (jSerialComm enumerates only real ports); address them by path.
 */
public final class SerialPortDirectory {

    /** One port as the operating system describes it. */
    public record PortInfo(String systemPath, String description, String location) {}

    /** The ports present now. */
    public List<PortInfo> list() {
        List<PortInfo> out = new ArrayList<>();
        for (SerialPort p : SerialPort.getCommPorts()) {
            out.add(new PortInfo(p.getSystemPortPath(), p.getPortDescription(), p.getPortLocation()));
        }
        return out;
    }
}
