package com.bizbill.shared.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who "this node" is for job claims (issue 16 §2): the configured {@code bizbill.node.name} (else the host
 * name), the process id and a random part. A restarted node is a new owner on purpose: the batch runtime's
 * job repository is per process and starts its execution ids again at 1, so the old process's runs must
 * not be judged by the new one's repository.
 */
@ApplicationScoped
public class NodeIdentity {

    private final String id;

    @Inject
    public NodeIdentity(@ConfigProperty(name = "bizbill.node.name") Optional<String> configured) {
        String name = configured.filter(n -> !n.isBlank()).map(String::trim).orElseGet(NodeIdentity::hostName);
        byte[] random = new byte[3];
        new SecureRandom().nextBytes(random);
        String full = name + "#" + ProcessHandle.current().pid() + "-" + HexFormat.of().formatHex(random);
        this.id = full.length() <= 120 ? full : full.substring(full.length() - 120);
    }

    protected NodeIdentity() {
        this.id = null; // CDI proxy
    }

    /** This process's owner name on claim rows. */
    public String id() {
        return id;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            return "node";
        }
    }
}
