package org.pulseguard.cli;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.pulseguard.audit.query.TimeWindow;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The {@code --from} and {@code --to} options of the audit queries: an ISO date ({@code 2026-12-08},
 * a day in this computer's time zone) or an instant ({@code 2026-12-08T14:03:11Z}, or with an offset).
 * {@code --from} is inclusive; {@code --to} is exclusive for an instant and includes the whole day
 * for a date. {@code --zone} names the zone dates are days in, for an audit done elsewhere. A picocli mixin.
 */
final class AuditWindow {
    @Option(names = "--from", paramLabel = "DATE|INSTANT", converter = BoundConverter.class,
            description = "From this ISO date (this computer's zone) or instant, inclusive.")
    Bound from;

    @Option(names = "--to", paramLabel = "DATE|INSTANT", converter = BoundConverter.class,
            description = "Up to this ISO date (the whole day) or instant (exclusive).")
    Bound to;

    @Option(names = "--zone", paramLabel = "ZONE", converter = ZoneConverter.class,
            description = "Time zone of --from/--to dates, e.g. Europe/Berlin (default: this computer's).")
    ZoneId zone;

    /** The window, dates taken in --zone, else this computer's zone. */
    TimeWindow window() throws CliFailure {
        return window(zone == null ? ZoneId.systemDefault() : zone);
    }

    /** The window, dates taken in {@code zone}. */
    TimeWindow window(ZoneId zone) throws CliFailure {
        Instant start = from == null ? null : from.start(zone);
        Instant end = to == null ? null : to.end(zone);
        if (start != null && end != null && end.isBefore(start)) {
            throw CliFailure.badInput("bad-window", "--to " + to.text() + " is before --from " + from.text());
        }
        return TimeWindow.between(start, end);
    }

    /** A parsed date or instant. */
    record Bound(String text, LocalDate date, Instant instant) {
        Instant start(ZoneId zone) {
            return instant != null ? instant : date.atStartOfDay(zone).toInstant();
        }

        Instant end(ZoneId zone) {
            return instant != null ? instant : date.plusDays(1).atStartOfDay(zone).toInstant();
        }
    }

    /** Parses a zone id, naming the value. */
    static final class ZoneConverter implements CommandLine.ITypeConverter<ZoneId> {
        @Override
        public ZoneId convert(String value) {
            try {
                return ZoneId.of(value.strip());
            } catch (DateTimeException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a time zone id (e.g. Europe/Berlin, UTC)");
            }
        }
    }

    /** Parses a date or an instant, naming the value and the forms expected. */
    static final class BoundConverter implements CommandLine.ITypeConverter<Bound> {
        @Override
        public Bound convert(String value) {
            String v = value.strip();
            try {
                if (v.length() == 10) {
                    return new Bound(v, LocalDate.parse(v), null);
                }
                return new Bound(v, null, OffsetDateTime.parse(v).toInstant());
            } catch (DateTimeException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is neither an ISO date (2026-12-08) nor an instant"
                        + " (2026-12-08T14:03:11Z)");
            }
        }
    }
}
