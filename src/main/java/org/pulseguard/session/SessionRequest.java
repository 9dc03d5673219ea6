package org.pulseguard.session;

import java.util.Objects;
import org.pulseguard.profile.SafeProfile;
import org.pulseguard.profile.SkinType;

/**
 * What opening a session needs. Immutable. {@link #toString()} names the operator and the profile
 * only: the client's pseudonym and the clinical fields (skin type, site, first session on the site)
 * are health data and must not reach logs by accident.
 *
 * @param operatorId the technician's user id (not a personal name in logs)
 * @param client the client's pseudonym
 * @param skinType the client's Fitzpatrick skin type
 * @param treatmentSite the site treated, a clinic code such as {@code left-forearm}
 * @param firstSessionOnSite true when this site has not been treated before
 * @param profile the safe treatment profile chosen
 * @param checklist the pre-treatment checklist
 */
public record SessionRequest(String operatorId, ClientPseudonym client, SkinType skinType, String treatmentSite,
                             boolean firstSessionOnSite, SafeProfile profile, Checklist checklist) {
    public SessionRequest {
        Objects.requireNonNull(operatorId, "operatorId");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(skinType, "skinType");
        Objects.requireNonNull(treatmentSite, "treatmentSite");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(checklist, "checklist");
        if (operatorId.isBlank() || treatmentSite.isBlank()) {
            throw new IllegalArgumentException("operator id and treatment site must not be blank");
        }
    }

    @Override
    public String toString() {
        return "SessionRequest[operator " + operatorId + ", profile " + profile.id() + ", client and clinical fields redacted]";
    }
}
