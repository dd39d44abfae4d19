package org.xingfeng.windows.api.stars;

import java.util.Map;

/** The configured weights of the factors and the volume target (records a month for the full volume score). */
public record StarWeights(Map<StarFactor, Double> weights, int volumeTargetPerMonth, double complaintPenalty,
        int waitTargetMinutes) {

    public StarWeights {
        weights = Map.copyOf(weights);
    }
}
