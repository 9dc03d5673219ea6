package org.pulseguard.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pulseguard.profile.SkinType;

/** A session request or a pseudonym printed by accident (a log line, an exception) shows no health data. */
class SessionRequestTest {

    @Test
    void toString_showsNoPseudonymSkinTypeOrSite() {
        SessionRequest request = new SessionRequest("tech-07", new ClientPseudonym("C-7F3K2Q"), SkinType.IV, "left-forearm", true,
                SupervisorFixture.profile("tattoo-1064-fst-i-iii"), SupervisorFixture.complete());
        assertThat(request.toString()).contains("tech-07", "tattoo-1064-fst-i-iii")
                .doesNotContain("C-7F3K2Q", "IV", "left-forearm", "true", "first");
    }

    @Test
    void pseudonym_toString_isRedactedAndTheValueStaysReadable() {
        ClientPseudonym client = new ClientPseudonym("C-7F3K2Q");
        assertThat(client.toString()).doesNotContain("C-7F3K2Q");
        assertThat(client.value()).isEqualTo("C-7F3K2Q");
    }
}
