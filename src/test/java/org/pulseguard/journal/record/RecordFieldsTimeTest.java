package org.pulseguard.journal.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The record's {@code time} field is read into microseconds by a fast path for the journal's own
 * form; it must give exactly what {@link Instant#parse} gives, and leave every other text to it.
 */
class RecordFieldsTimeTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter JOURNAL_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);

    private static long viaInstant(String time) {
        Instant i = Instant.parse(time);
        return i.getEpochSecond() * 1_000_000L + i.getNano() / 1000;
    }

    private static long columnTime(String time) {
        return RecordFields.timeMicros(JSON.createObjectNode().put("time", time));
    }

    @Test
    void journalTimes_readAsInstantParseReadsThem_overFourCenturies() {
        SplittableRandom random = new SplittableRandom(6);
        for (int i = 0; i < 20_000; i++) {
            long micros = random.nextLong(-2_208_988_800_000_000L, 10_413_792_000_000_000L);
            String text = JOURNAL_TIME.format(Instant.EPOCH.plusNanos(0).plusSeconds(Math.floorDiv(micros, 1_000_000L))
                    .plusNanos(Math.floorMod(micros, 1_000_000L) * 1000L));
            assertThat(RecordFields.canonicalMicros(text)).as(text).isEqualTo(viaInstant(text)).isEqualTo(micros);
        }
    }

    @Test
    void leapDaysAndMonthEnds_followTheCalendar() {
        assertThat(columnTime("2028-02-29T23:59:59.999999Z")).isEqualTo(viaInstant("2028-02-29T23:59:59.999999Z"));
        assertThat(RecordFields.canonicalMicros("2026-02-29T10:00:00.000000Z")).isEqualTo(Long.MIN_VALUE);
        assertThat(RecordFields.canonicalMicros("2026-04-31T10:00:00.000000Z")).isEqualTo(Long.MIN_VALUE);
        assertThatThrownBy(() -> columnTime("2026-02-29T10:00:00.000000Z")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not an ISO-8601 UTC instant: 2026-02-29T10:00:00.000000Z");
    }

    @Test
    void otherForms_areLeftToInstantParse() {
        for (String other : new String[] {"2026-12-08T14:03:11Z", "2026-12-08T14:03:11.123Z", "2026-12-08T14:03:11.123456789Z",
                "2026-12-08T23:59:60.000000Z", "2026-12-08T24:00:00.000000Z"}) {
            assertThat(RecordFields.canonicalMicros(other)).as(other).isEqualTo(Long.MIN_VALUE);
            assertThat(columnTime(other)).as(other).isEqualTo(viaInstant(other));
        }
        for (String bad : new String[] {"2026-13-08T10:00:00.000000Z", "2026-12-08T10:00:00.00000xZ",
                "2026-12-08 10:00:00.000000Z", "+026-12-08T10:00:00.000000Z"}) {
            assertThat(RecordFields.canonicalMicros(bad)).as(bad).isEqualTo(Long.MIN_VALUE);
            assertThatThrownBy(() -> columnTime(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
