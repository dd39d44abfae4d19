/**
 * 督办: where each open demand stands against its deadline (in time, paused by an extension request, overdue, a
 * reminder (催办) due, an escalation (通报) due), the supervision board for leaders, and the on-time and satisfaction
 * figures by unit, section, category and month.
 */
@org.osgi.annotation.versioning.Version("0.2.0")
package org.xingfeng.demands.api.supervision;
