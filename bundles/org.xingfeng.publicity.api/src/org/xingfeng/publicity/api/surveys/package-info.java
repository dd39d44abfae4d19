/**
 * 问卷调查: questionnaires (single and multiple choice, rating, yes/no, text) answered by citizens on a page served
 * without a login, one response per access code; statistics per question and area, and the awareness rate (知晓率) per
 * policy question and area (seeds 000, 002 and 003: 知晓率, 模拟调查, satisfaction measurement). Questions may branch on
 * earlier answers, quotas close an area or a respondent group when full, staff enter paper questionnaires against their
 * codes, and two rounds of the same policy questions are compared (before and after a campaign). A round's weak
 * results (awareness or satisfaction below the configured thresholds, per question and area) are findings, each of
 * which may become a rectification task of the evaluations module.
 */
@org.osgi.annotation.versioning.Version("0.3.0")
package org.xingfeng.publicity.api.surveys;
