package org.pulseguard.profile;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * When a completed test-spot record is needed before a full treatment
 * (docs/references.md#moreno-arias-1999 and the rule chosen from it: first session on a new client or
 * site, and any session for darker skin types).
 * Immutable, thread-safe.
 *
 * @param requiredForSkinTypes skin types for which every session needs a test spot (may be empty)
 * @param requiredForFirstSessionOnSite true when the first session on a site needs one whatever the skin type
 */
public record TestSpotRule(Set<SkinType> requiredForSkinTypes, boolean requiredForFirstSessionOnSite) {
    public TestSpotRule {
        Objects.requireNonNull(requiredForSkinTypes, "requiredForSkinTypes");
        EnumSet<SkinType> sorted = EnumSet.noneOf(SkinType.class);
        sorted.addAll(requiredForSkinTypes);
        requiredForSkinTypes = Collections.unmodifiableSet(sorted);
    }

    /** True when a session for {@code skinType} needs a test spot, {@code firstOnSite} saying whether it is the first. */
    public boolean requires(SkinType skinType, boolean firstOnSite) {
        return requiredForSkinTypes.contains(skinType) || (firstOnSite && requiredForFirstSessionOnSite);
    }
}
