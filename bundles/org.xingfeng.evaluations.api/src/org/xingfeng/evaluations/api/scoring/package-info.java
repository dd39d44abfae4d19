/**
 * 科室服务质量季度考评 (seed 001, "严格考核评价"): each quarter raters score every section on five items of 20 points;
 * the section's score weighs the leadership (班子, 30 %), peer section chiefs (同级科长, 25 %), colleagues (同事, 20 %)
 * and the public's satisfaction (群众满意度, 25 %). The best sections of a unit are benchmark sections (标杆科室);
 * a section that is benchmark in two or more quarters of a year may stand for the annual award (年度先进科室).
 */
@org.osgi.annotation.versioning.Version("0.2.0")
package org.xingfeng.evaluations.api.scoring;
