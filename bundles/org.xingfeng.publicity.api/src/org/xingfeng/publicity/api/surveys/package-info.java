/**
 * 问卷调查: questionnaires (single and multiple choice, rating, yes/no, text) answered by citizens on a page served
 * without a login, one response per access code; statistics per question and area, and the awareness rate (知晓率) per
 * policy question and area (seeds 000, 002 and 003: 知晓率, 模拟调查, satisfaction measurement).
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.xingfeng.publicity.api.surveys;
