package org.xingfeng.demands.api.supervision;

/**
 * One part of the figures. {@code total} counts demands received in the period (duplicates not counted);
 * {@code due} those whose deadline has come (replied, or open past the due day); {@code onTime} those replied by the
 * due day; {@code rated} those whose citizen gave a satisfaction, {@code satisfied} the satisfied ones. Rates are
 * percentages with one decimal, null when nothing counts.
 */
public record DemandFigure(String key, String label, int total, int due, int onTime, Double onTimeRate, int rated,
        int satisfied, Double satisfactionRate) {
}
