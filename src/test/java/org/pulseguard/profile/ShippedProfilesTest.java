package org.pulseguard.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pulseguard.device.ParameterLimits;
import org.pulseguard.device.reference.ReferenceCapabilities;
import org.pulseguard.quantity.Fluence;
import org.pulseguard.quantity.Wavelength;

/** The profiles shipped in device-profiles/ (and the corpus fixtures) load without a problem and keep the clinical rules. */
class ShippedProfilesTest {
    private static LoadReport shipped;

    @BeforeAll
    static void load() {
        shipped = new ProfileLoader().loadDirectory(Path.of("device-profiles"));
    }

    @Test
    void shippedFolder_whenLoaded_isValidWithEveryUnitAndItsSafeProfiles() {
        // Given device-profiles/ / When loaded (above)
        // Then nothing is refused and each unit has its safe profiles
        assertThat(shipped.problems()).isEmpty();
        assertThat(shipped.sets()).extracting(s -> s.device().id())
                .containsExactly("bigsky-cfr200", "quantaray-lab150", "reference-laser");
        assertThat(shipped.sets()).allSatisfy(s -> assertThat(s.safeProfiles()).extracting(SafeProfile::id)
                .contains("tattoo-1064-fst-i-iii", "tattoo-1064-fst-iv-vi", "tattoo-532-fst-i-iii", "smp-removal-1064-fst-i-iii"));
    }

    @Test
    void corpusFixtures_whenLoaded_areValid() {
        // Given the fixtures the broken corpus is derived from
        LoadReport fixtures = new ProfileLoader().loadDirectory(Path.of("src/test/resources/profiles/fixtures"));

        // Then they are valid, so every broken case fails only by its own change
        assertThat(fixtures.problems()).isEmpty();
        assertThat(fixtures.sets()).hasSize(4);
    }

    @Test
    void referenceProfile_matchesTheProtocolDocumentAndTheDriver() {
        // Given the reference unit's profile and the driver's capabilities (docs/protocol/reference-laser.md section 7)
        DeviceProfile ref = shipped.set("reference-laser").orElseThrow().device();
        var driver = ReferenceCapabilities.reference();

        // Then ranges and steps agree with the driver's, and the timings with the firmware's
        for (Wavelength w : List.of(Wavelength.ND_YAG_1064, Wavelength.KTP_532)) {
            ParameterLimits limits = driver.limitsAt(w).orElseThrow();
            assertThat(ref.at(w).orElseThrow().energy()).isEqualTo(limits.energy());
            assertThat(((ZoomSpots) ref.spots()).range()).isEqualTo(limits.spot());
            assertThat(ref.rate()).isEqualTo(limits.rate());
        }
        assertThat(ref.watchdogPeriod()).isEqualTo(Duration.ofMillis(500));
        assertThat(ref.emissionDelay()).isEqualTo(Duration.ofMillis(1000));
        assertThat(ref.tolerance().fraction()).isEqualTo(0.15);
        assertThat(ref.serial()).hasToString("115200 8N1");
    }

    @Test
    void shippedSafeProfiles_keepTheClinicalHardLimits() {
        // Given every shipped safe profile
        List<SafeProfile> all = shipped.sets().stream().flatMap(s -> s.safeProfiles().stream()).toList();

        // Then 532 nm treats only I-III at most 5 J/cm2, 1064 nm at most 12 J/cm2, intervals at least 4 weeks
        assertThat(all).hasSizeGreaterThanOrEqualTo(12);
        assertThat(all).allSatisfy(p -> {
            double cap = p.wavelength().equals(Wavelength.KTP_532) ? 5.0 : 12.0;
            assertThat(p.fluence().values()).allSatisfy(b -> assertThat(b.maximum()).isLessThanOrEqualTo(new Fluence(cap)));
            if (p.wavelength().equals(Wavelength.KTP_532)) {
                assertThat(p.skinTypes()).isSubsetOf(Set.of(SkinType.I, SkinType.II, SkinType.III));
            }
            assertThat(p.minIntervalDays()).isGreaterThanOrEqualTo(28);
        });
        assertThat(all).filteredOn(p -> p.id().endsWith("iv-vi"))
                .allSatisfy(p -> assertThat(p.testSpot().requiredForSkinTypes()).containsExactly(SkinType.IV, SkinType.V, SkinType.VI));
    }

    @Test
    void shippedNumbersWithoutPrimarySource_areListedAsPlaceholderWarnings() {
        // Given the warnings of the shipped folder
        // Then unsourced numbers (per-skin-type caps, pulses per session, pulse width...) are placeholders to confirm
        assertThat(shipped.warnings()).anySatisfy(w -> {
            assertThat(w.file().toString()).endsWith("tattoo-1064-fst-iv-vi.json");
            assertThat(w.field()).isEqualTo("fluence.IV.source");
            assertThat(w.message()).startsWith("placeholder");
        });
        assertThat(shipped.warnings()).anySatisfy(w -> assertThat(w.field()).isEqualTo("maxPulsesPerSession.source"));
        assertThat(shipped.warnings()).anySatisfy(w -> assertThat(w.field()).isEqualTo("emissionDelay.milliseconds"));
        assertThat(shipped.warnings()).filteredOn(w -> w.file().endsWith(Path.of("reference-laser", "device.json")))
                .extracting(ProfileWarning::field)
                .doesNotContain("watchdog.source", "spot.source", "repetitionRate.source", "wavelengths[0].source");
    }
}
