package org.xingfeng.publicity.api.surveys;

/** What a finding measured: a policy question's awareness (知晓率) or a rating question's satisfaction. */
public enum FindingMeasure {
    AWARENESS, SATISFACTION
}
