package org.xingfeng.windows.api.figures;

/**
 * 综合窗口覆盖率 of a hall (or a unit's halls, {@code hallId} null): windows in all and comprehensive ones, and of the
 * matters the hall handles, those every open window handles (一窗受理). Shares 0..1, null when nothing to count.
 */
public record Coverage(Long hallId, long unitId, String name, int windows, int comprehensiveWindows,
        Double comprehensiveShare, int matters, int mattersOnEveryOpenWindow, Double everyWindowShare) {
}
