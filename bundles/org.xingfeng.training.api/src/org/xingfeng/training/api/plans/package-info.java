/**
 * 年度培训计划: a unit's plan for a year, the courses it means to hold (title, kind, tiers, month, working days) with
 * its targets (coverage, hours per head), and the progress against it: planned courses held or overdue, courses held
 * outside the plan, and the coverage and hours reached.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.xingfeng.training.api.plans;
