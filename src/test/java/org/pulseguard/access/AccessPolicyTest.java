package org.pulseguard.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Issue 9 item 5, as a table: who may do what. Every cell of role x permission is asserted. */
class AccessPolicyTest {

    @ParameterizedTest
    @EnumSource(Role.class)
    void everyRole_mayStopEmission_andWatch(Role role) {
        assertThat(AccessPolicy.allows(role, Permission.EMERGENCY_STOP)).isTrue();
        assertThat(AccessPolicy.allows(role, Permission.WATCH_UNITS)).isTrue();
    }

    @Test
    void theTechnician_operatesUnits_butEditsNeitherProfilesNorUsers_norReadsTheAudit() {
        assertThat(AccessPolicy.of(Role.TECHNICIAN)).containsExactlyInAnyOrder(Permission.WATCH_UNITS, Permission.EMERGENCY_STOP,
                Permission.OPERATE_UNIT, Permission.USE_SIMULATOR_PANEL);
    }

    @Test
    void theSafetyOfficer_readsAndExportsEverything_andChangesNothingOnAUnit() {
        assertThat(AccessPolicy.of(Role.SAFETY_OFFICER)).containsExactlyInAnyOrder(Permission.WATCH_UNITS,
                Permission.EMERGENCY_STOP, Permission.READ_AUDIT, Permission.EXPORT_JOURNAL);
    }

    @Test
    void theAdmin_managesUsersAndProfiles_andCannotFireTheLaser() {
        assertThat(AccessPolicy.of(Role.ADMIN)).containsExactlyInAnyOrder(Permission.WATCH_UNITS, Permission.EMERGENCY_STOP,
                Permission.MANAGE_USERS, Permission.EDIT_PROFILES);
        assertThat(AccessPolicy.allows(Role.ADMIN, Permission.OPERATE_UNIT)).isFalse();
    }

    @Test
    void onlyTheTechnician_operatesAUnit() {
        EnumSet<Role> operators = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (AccessPolicy.allows(role, Permission.OPERATE_UNIT)) {
                operators.add(role);
            }
        }
        assertThat(operators).containsExactly(Role.TECHNICIAN);
    }

    @Test
    void check_refusesInPlainWords() {
        assertThatThrownBy(() -> AccessPolicy.check(Role.SAFETY_OFFICER, Permission.OPERATE_UNIT))
                .isInstanceOf(AccessDenied.class).hasMessage("a safety officer may not operate unit");
    }
}
