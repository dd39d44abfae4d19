package org.xingfeng.publicity.api.surveys;

import java.util.List;

/**
 * Access codes issued for an area (a unit in the reach whose respondents they are given to, e.g. a township), one
 * response each; the codes go on paper slips or QR codes ({@code /survey/{code}}).
 */
public record CodeBatch(long surveyId, long areaUnitId, String areaName, List<String> codes) {

    public CodeBatch {
        codes = List.copyOf(codes);
    }
}
