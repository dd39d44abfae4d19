/**
 * Where people and units stand against the training rules (configuration): each member of staff's tier training
 * within the coverage window (done, due, overdue), the yearly minimum of days or hours with the projected shortfall by
 * the end of the year, certificates expiring within 90, 60 or 30 days, the
 * year's absences (excused ones apart); each unit's coverage by tier, the staff never or not recently trained, and
 * hours per head.
 */
@org.osgi.annotation.versioning.Version("0.2.0")
package org.xingfeng.training.api.standing;
