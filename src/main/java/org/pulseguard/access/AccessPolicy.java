package org.pulseguard.access;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The one place that decides which role may do what (issue 9 item 5). The table is explicit and
 * complete: a permission not listed for a role is refused. The technician operates units but cannot
 * edit profiles or users; the safety officer reads and exports everything and changes nothing on a
 * unit; the admin manages users and profiles and cannot fire the laser; every role may stop
 * emission. Immutable, thread-safe.
 */
public final class AccessPolicy {
    private static final Map<Role, Set<Permission>> TABLE = new EnumMap<>(Role.class);

    static {
        TABLE.put(Role.TECHNICIAN, EnumSet.of(Permission.WATCH_UNITS, Permission.EMERGENCY_STOP, Permission.OPERATE_UNIT,
                Permission.USE_SIMULATOR_PANEL));
        TABLE.put(Role.SAFETY_OFFICER, EnumSet.of(Permission.WATCH_UNITS, Permission.EMERGENCY_STOP, Permission.READ_AUDIT,
                Permission.EXPORT_JOURNAL));
        TABLE.put(Role.ADMIN, EnumSet.of(Permission.WATCH_UNITS, Permission.EMERGENCY_STOP, Permission.MANAGE_USERS,
                Permission.EDIT_PROFILES));
    }

    private AccessPolicy() {
    }

    /** True when {@code role} may {@code permission}. */
    public static boolean allows(Role role, Permission permission) {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(permission, "permission");
        return TABLE.get(role).contains(permission);
    }

    /** Throws {@link AccessDenied} naming the role and the permission unless {@code role} may {@code permission}. */
    public static void check(Role role, Permission permission) {
        if (!allows(role, permission)) {
            throw new AccessDenied(role, permission);
        }
    }

    /** Everything {@code role} may do. */
    public static Set<Permission> of(Role role) {
        return EnumSet.copyOf(TABLE.get(Objects.requireNonNull(role, "role")));
    }
}
