package org.pulseguard.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Argon2id hashes in the PHC format, held to the reference implementation: the two golden strings
 * below were made by the Argon2 reference command line (Debian package {@code argon2}, the
 * P-H-C/phc-winner-argon2 code), e.g. {@code echo -n "correct horse battery staple" | argon2
 * "pulseguard-salt1" -id -t 2 -m 10 -p 1 -l 32 -e}.
 */
class PasswordHasherTest {
    private static final PasswordHasher CHEAP = new PasswordHasher(1024, 1, 1);

    @Test
    void matches_hashesMadeByTheReferenceImplementation() {
        assertThat(CHEAP.matches("correct horse battery staple".toCharArray(),
                "$argon2id$v=19$m=1024,t=2,p=1$cHVsc2VndWFyZC1zYWx0MQ$kdxZnypoRzEz+AKPTrDkyMEc56tATv2g8PlBIAPxfrY")).isTrue();
        assertThat(CHEAP.matches("\u00dcn\u00efcode p\u00e4ssw\u00f6rd \u2713".toCharArray(), REFERENCE_UNICODE)).isTrue();
    }

    @Test
    void matches_refusesAnotherPasswordAndAnAlteredHash() {
        String stored = "$argon2id$v=19$m=1024,t=2,p=1$cHVsc2VndWFyZC1zYWx0MQ$kdxZnypoRzEz+AKPTrDkyMEc56tATv2g8PlBIAPxfrY";
        assertThat(CHEAP.matches("correct horse battery stapl".toCharArray(), stored)).isFalse();
        assertThat(CHEAP.matches("correct horse battery staple".toCharArray(), stored.replace("t=2", "t=3"))).isFalse();
        assertThat(CHEAP.matches("x".toCharArray(), "not a hash")).isFalse();
        assertThat(CHEAP.matches("x".toCharArray(), "$argon2i$v=19$m=1024,t=2,p=1$c2FsdA$aGFzaA")).isFalse();
    }

    @Test
    void hash_isSaltedAndVerifies_andCarriesItsCost() {
        String a = CHEAP.hash("s3cret-enough!".toCharArray());
        String b = CHEAP.hash("s3cret-enough!".toCharArray());
        assertThat(a).startsWith("$argon2id$v=19$m=1024,t=1,p=1$").isNotEqualTo(b);
        assertThat(CHEAP.matches("s3cret-enough!".toCharArray(), a)).isTrue();
        assertThat(CHEAP.needsRehash(a)).isFalse();
        assertThat(PasswordHasher.DEFAULT.needsRehash(a)).isTrue();
    }

    /** {@code echo -n "Ünïcode pässwörd ✓" | argon2 "another-salt-16b" -id -t 3 -m 12 -p 2 -l 32 -e} (UTF-8 input). */
    private static final String REFERENCE_UNICODE =
            "$argon2id$v=19$m=4096,t=3,p=2$YW5vdGhlci1zYWx0LTE2Yg$pFaftlCAL70uGXt1sUaYj2Jbcpf09vdgReEMbg+ISTA";
}
