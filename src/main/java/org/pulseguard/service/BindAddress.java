package org.pulseguard.service;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The rule for where the service may listen: this machine (loopback) unless the clinic's config file
 * says {@code "allowNonLoopback": true}, because the API can stop lasers and, later, arm them.
 * Stateless.
 */
public final class BindAddress {
    private BindAddress() {}

    /**
     * Checks {@code address} against the rule.
     *
     * @param source where the address came from, for the message ({@code serve.json: bind}, {@code --bind})
     * @throws IllegalArgumentException naming the source, the address and what is expected
     */
    public static void check(String address, boolean allowNonLoopback, String source) {
        InetAddress resolved;
        try {
            resolved = InetAddress.getByName(address);
        } catch (UnknownHostException | SecurityException e) {
            throw new IllegalArgumentException(source + ": '" + address + "' is not an address of this machine;"
                    + " expected an IP address such as 127.0.0.1");
        }
        if (!resolved.isLoopbackAddress() && !allowNonLoopback) {
            throw new IllegalArgumentException(source + ": '" + address + "' is not a loopback address; the service"
                    + " binds beyond this machine only when the config file says \"allowNonLoopback\": true");
        }
    }
}
