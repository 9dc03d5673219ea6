package org.pulseguard.access;

/** A request its user's role does not allow; the message names both in plain words. */
public final class AccessDenied extends RuntimeException {
    private final Role role;
    private final Permission permission;

    public AccessDenied(Role role, Permission permission) {
        super("a " + role.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " may not "
                + permission.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
        this.role = role;
        this.permission = permission;
    }

    public Role role() {
        return role;
    }

    public Permission permission() {
        return permission;
    }
}
