package org.xingfeng.windows.api.figures;

import java.util.List;

/** The parts of a breakdown and their total, with the target wait in minutes they were measured against. */
public record ServiceLevels(FiguresQuery query, int targetMinutes, List<ServiceLevel> parts, ServiceLevel total) {

    public ServiceLevels {
        parts = List.copyOf(parts);
    }
}
